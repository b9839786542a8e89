// How two consecutive lines of a paragraph join: Danish line-end
// de-hyphenation. The rules are data (line_join.cc); the Unicode and
// dictionary facts they need come through LineJoinOracle, so this file stays
// free of ICU and hunspell (ingest/ supplies them).
//
//   "hadforbry\u00AD" + "delser"      -> "hadforbrydelser"   (soft hyphen)
//   "køben-" + "havnske"              -> "københavnske"      (hyphenation)
//   "Beskæftigelses-" + "og"          -> "Beskæftigelses- og" (suspended compound)
//   "LGBTQ+-" + "personer"            -> "LGBTQ+-personer"   (real compound)
//   "2025-" + "2026", "CV-" + "skrivning", "elev-" + "/lærepladser"
//                                     -> hyphen kept, no space
//   "inuit/" + "grønlændere"          -> "inuit/grønlændere"
//   "e-" + "læring"                   -> "e-læring"  (not a hyphenation point,
//                                         and the dictionary knows "e-læring")
#ifndef AFSTEM_PARSERS_TEXT_LINE_JOIN_H_
#define AFSTEM_PARSERS_TEXT_LINE_JOIN_H_

#include <string>
#include <string_view>

namespace afstem {

// Facts about words that need Unicode tables or a dictionary.
class LineJoinOracle {
 public:
  virtual ~LineJoinOracle() = default;
  virtual bool StartsWithLowercase(std::string_view word) const = 0;
  virtual bool StartsWithLetter(std::string_view word) const = 0;
  // The word's last character before any hyphen is a letter.
  virtual bool EndsWithLetter(std::string_view word) const = 0;
  // True when every letter is upper case ("CV", "LGBT", "EU").
  virtual bool IsUppercaseWord(std::string_view word) const = 0;
  // Danish hyphenation may break the word `stem` + `rest` between the two.
  virtual bool IsHyphenationPoint(std::string_view stem,
                                  std::string_view rest) const = 0;
  // The dictionary knows the word (compounds included).
  virtual bool IsKnownWord(std::string_view word) const = 0;
};

enum class LineJoin {
  kSpace,         // "a" + "b"            -> "a b"
  kDropHyphen,    // "hadforbry-" + "delser" -> "hadforbrydelser"
  kKeepHyphen,    // "LGBTQ+-" + "personer"  -> "LGBTQ+-personer"
  kNoSpace,       // "inuit/" + "grønlændere" -> "inuit/grønlændere"
};

// Decides how the last token of one line (`left`, raw: a soft hyphen
// U+00AD still there) joins the first token of the next line (`right`).
LineJoin DecideLineJoin(std::string_view left, std::string_view right,
                        const LineJoinOracle& oracle);

// Joins `left_line` and `right_line` (normalized texts) as decided.
// kDropHyphen removes one trailing "-" from `left_line` if present (a soft
// hyphen is already gone after normalization).
std::string JoinLines(std::string left_line, std::string_view right_line,
                      LineJoin join);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_LINE_JOIN_H_
