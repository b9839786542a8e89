// RE2 wrapper for rule tables (pattern.h).

#include "parsers/pattern/pattern.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace afstem {
namespace {

// Runs an anchored match and copies out the capturing groups.
bool Match(const re2::RE2& regex, std::string_view text, re2::RE2::Anchor anchor,
           std::size_t* length, std::vector<std::string>* groups) {
  const int group_count = regex.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(group_count) + 1);
  if (!regex.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(),
                   anchor, pieces.data(), group_count + 1)) {
    return false;
  }
  if (length) *length = pieces[0].size();
  if (groups) {
    groups->clear();
    for (int i = 1; i <= group_count; ++i) {
      groups->emplace_back(pieces[static_cast<std::size_t>(i)].data(),
                           pieces[static_cast<std::size_t>(i)].size());
    }
  }
  return true;
}

re2::RE2::Options QuietUtf8() {
  re2::RE2::Options options(re2::RE2::Quiet);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  return options;
}

}  // namespace

Pattern::Pattern(std::string_view pattern)
    : source_(pattern),
      regex_(std::make_unique<re2::RE2>(
          re2::StringPiece(source_.data(), source_.size()), QuietUtf8())) {}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;

bool Pattern::ok() const { return regex_->ok(); }
std::string Pattern::error() const { return regex_->error(); }

bool Pattern::FullMatch(std::string_view text,
                        std::vector<std::string>* groups) const {
  return Match(*regex_, text, re2::RE2::ANCHOR_BOTH, nullptr, groups);
}

bool Pattern::MatchPrefix(std::string_view text, std::size_t* length,
                          std::vector<std::string>* groups) const {
  return Match(*regex_, text, re2::RE2::ANCHOR_START, length, groups);
}

bool Pattern::FindFrom(std::string_view text, std::size_t from, std::size_t& start,
                       std::size_t& length, std::vector<std::string>* groups) const {
  if (from > text.size()) return false;
  const int group_count = regex_->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(group_count) + 1);
  if (!regex_->Match(re2::StringPiece(text.data(), text.size()), from, text.size(),
                     re2::RE2::UNANCHORED, pieces.data(), group_count + 1)) {
    return false;
  }
  start = static_cast<std::size_t>(pieces[0].data() - text.data());
  length = pieces[0].size();
  if (groups) {
    groups->clear();
    for (int i = 1; i <= group_count; ++i) {
      const re2::StringPiece& piece = pieces[static_cast<std::size_t>(i)];
      groups->emplace_back(piece.data() ? std::string(piece.data(), piece.size()) : std::string());
    }
  }
  return true;
}

struct PatternSet::Impl {
  explicit Impl(const re2::RE2::Options& options) : set(options, re2::RE2::UNANCHORED) {}
  re2::RE2::Set set;
};

PatternSet::PatternSet(const std::vector<std::string_view>& patterns)
    : impl_(std::make_unique<Impl>(QuietUtf8())) {
  for (std::string_view pattern : patterns) {
    std::string error;
    if (impl_->set.Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) {
      error_ = "pattern " + std::string(pattern) + " does not compile: " + error;
      return;
    }
  }
  if (!impl_->set.Compile()) error_ = "pattern set does not compile";
}

PatternSet::~PatternSet() = default;

bool PatternSet::MatchesAny(std::string_view text) const {
  if (!ok()) return false;
  return impl_->set.Match(re2::StringPiece(text.data(), text.size()), nullptr);
}

}  // namespace afstem
