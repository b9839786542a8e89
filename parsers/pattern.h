// A compiled regular expression for rule tables: the only file that includes
// re2/*. Patterns are RE2 syntax (no lookaround; \b and \w are ASCII-only,
// use \p{L} for letters), compiled once with RE2::Quiet and checked with
// ok() when the rule table is built. Immutable after construction, so one
// Pattern may be shared between threads.
#ifndef AFSTEM_PARSERS_PATTERN_H_
#define AFSTEM_PARSERS_PATTERN_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

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

 private:
  std::string source_;
  std::unique_ptr<re2::RE2> regex_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_PATTERN_H_
