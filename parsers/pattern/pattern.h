// A compiled regular expression for rule tables: the only file that includes
// re2/*. Patterns are RE2 syntax (no lookaround; \b and \w are ASCII-only,
// use \p{L} for letters), compiled once with RE2::Quiet and checked with
// ok() when the rule table is built. Immutable after construction, so one
// Pattern may be shared between threads.
#ifndef AFSTEM_PARSERS_PATTERN_PATTERN_H_
#define AFSTEM_PARSERS_PATTERN_PATTERN_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}  // namespace re2

namespace afstem {

class Pattern {
 public:
  // Compiles `pattern` (UTF-8). A pattern that does not compile is a
  // programmer error in a rule table: ok() is false and error() says why.
  explicit Pattern(std::string_view pattern);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
  Pattern(Pattern&&) noexcept;

  bool ok() const;
  std::string error() const;
  const std::string& source() const { return source_; }

  // True when the whole of `text` matches. Fills `groups` (if given) with
  // the capturing groups' texts ("" for a group that did not take part).
  bool FullMatch(std::string_view text,
                 std::vector<std::string>* groups = nullptr) const;
  // True when the pattern matches a prefix of `text`; `length` gets the
  // length of the match.
  bool MatchPrefix(std::string_view text, std::size_t* length = nullptr,
                   std::vector<std::string>* groups = nullptr) const;

  // Finds the leftmost match at or after `from`: its start and length, and
  // the capturing groups' texts (empty for a group that did not take part).
  // False when there is none.
  bool FindFrom(std::string_view text, std::size_t from, std::size_t& start,
                std::size_t& length, std::vector<std::string>* groups = nullptr) const;

 private:
  std::string source_;
  std::unique_ptr<re2::RE2> regex_;
};

// Several patterns tested at once (RE2::Set): which of them match a text,
// in one pass. Use it to find candidate sentences fast, then the single
// Patterns for positions and captures (a set gives none).
class PatternSet {
 public:
  // Compiles the alternatives; ok() is false (error() says why) if any
  // does not compile.
  explicit PatternSet(const std::vector<std::string_view>& patterns);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // True when any pattern matches somewhere in `text`.
  bool MatchesAny(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string error_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_PATTERN_PATTERN_H_
