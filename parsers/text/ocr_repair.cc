// Dictionary repair of OCR misreadings (ocr_repair.h).

#include "parsers/text/ocr_repair.h"

#include <cctype>
#include <set>

namespace afstem {
namespace {

// Letters only: ASCII letters and any multi-byte UTF-8 sequence (æ, ø, å,
// é ...); digits, punctuation and spaces are not.
bool AllLetters(std::string_view word) {
  for (char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) continue;
    if (!std::isalpha(byte)) return false;
  }
  return !word.empty();
}

bool IsWrapping(char c) { return std::string_view(".,:;!?)\"'").find(c) != std::string_view::npos; }

}  // namespace

std::string RepairOcrWord(std::string_view token, const KnownWord& known) {
  std::size_t begin = 0, end = token.size();
  if (begin < end && token[begin] == '(') ++begin;
  while (end > begin && IsWrapping(token[end - 1])) --end;
  const std::string_view word = token.substr(begin, end - begin);
  if (word.size() < kMinRepairBytes || !AllLetters(word) || known(word)) return std::string(token);
  std::set<std::string> candidates;
  for (const OcrConfusion& confusion : kOcrConfusions) {
    for (std::size_t at = word.find(confusion.read); at != std::string_view::npos;
         at = word.find(confusion.read, at + 1)) {
      std::string candidate(word);
      candidate.replace(at, confusion.read.size(), confusion.meant);
      if (known(candidate)) candidates.insert(std::move(candidate));
      if (candidates.size() > 1) return std::string(token);  // two readings: no guess
    }
  }
  if (candidates.size() != 1) return std::string(token);
  return std::string(token.substr(0, begin)) + *candidates.begin() + std::string(token.substr(end));
}

}  // namespace afstem
