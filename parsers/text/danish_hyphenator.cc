// libhyphen wrapper (danish_hyphenator.h).

#include "parsers/text/danish_hyphenator.h"

#include <hyphen.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace afstem {
namespace {

// UTF-8 letters to the lower-case ISO-8859-1 bytes the patterns use;
// nullopt for anything that is not an ASCII or Latin-1 letter.
std::optional<std::string> LowerLatin1(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned code = c;
    if (c >= 0x80) {
      if ((c & 0xE0) != 0xC0 || i + 1 >= utf8.size()) return std::nullopt;
      code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3Fu);
    }
    const bool ascii_letter = (code | 0x20) >= 'a' && (code | 0x20) <= 'z';
    const bool latin1_letter = code >= 0xC0 && code <= 0xFF && code != 0xD7 && code != 0xF7;
    if (!ascii_letter && !latin1_letter) return std::nullopt;
    if ((code >= 'A' && code <= 'Z') || (code >= 0xC0 && code <= 0xDE)) code += 0x20;
    out.push_back(static_cast<char>(code));
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<DanishHyphenator>> DanishHyphenator::Open(
    const std::string& patterns) {
  if (std::FILE* file = std::fopen(patterns.c_str(), "rb")) {
    std::fclose(file);
  } else {
    return Status::IoError("cannot read hyphenation patterns " + patterns +
                         " (Debian package hyphen-da)");
  }
  HyphenDict* dict = hnj_hyphen_load(patterns.c_str());
  if (!dict) return Status::Internal("cannot load hyphenation patterns " + patterns);
  return std::unique_ptr<DanishHyphenator>(new DanishHyphenator(dict));
}

DanishHyphenator::~DanishHyphenator() { hnj_hyphen_free(dict_); }

bool DanishHyphenator::IsHyphenationPoint(std::string_view stem,
                                          std::string_view rest) const {
  std::optional<std::string> left = LowerLatin1(stem);
  std::optional<std::string> right = LowerLatin1(rest);
  if (!left || !right || left->empty() || right->empty()) return false;
  std::string word = *left + *right;
  std::vector<char> hyphens(word.size() + 5);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  // lhmin/rhmin 2: no break leaving a single letter, as in typesetting.
  const int failed = hnj_hyphen_hyphenate2(dict_, word.data(), static_cast<int>(word.size()),
                                           hyphens.data(), nullptr, &rep, &pos, &cut);
  if (rep) {  // non-standard hyphenation data we do not use
    for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  if (failed) return false;
  const std::size_t at = left->size();  // break after this many letters
  if (at < 2 || word.size() - at < 2) return false;
  return (hyphens[at - 1] & 1) != 0;
}

}  // namespace afstem
