// Danish line-end de-hyphenation rules (line_join.h).

#include "parsers/text/line_join.h"

#include <algorithm>
#include <array>
#include <string>

namespace afstem {
namespace {

constexpr std::string_view kSoftHyphen = "\u00AD";
// The Unicode hyphen, which Chromium and Word write for their own
// hyphenation: at a line end it is decided like U+002D.
constexpr std::string_view kUnicodeHyphen = "\u2010";

// Words after a line-end hyphen that make it a suspended compound
// ("Beskæftigelses- og Integrationsudvalget", "elev- eller læreplads",
// "fritids- og studiejob", "dag- samt aftenhold", "større- end forventet").
constexpr std::array<std::string_view, 9> kSuspensionWords = {
    "og", "eller", "samt", "end", "og/eller", "el.", "hhv.", "såvel", "som"};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

bool IsSuspensionWord(std::string_view word) {
  // Compare without trailing punctuation: "og," still suspends.
  while (!word.empty() && (word.back() == ',' || word.back() == ';')) {
    word.remove_suffix(1);
  }
  return std::find(kSuspensionWords.begin(), kSuspensionWords.end(), word) !=
         kSuspensionWords.end();
}

// Decision for a line ending in a hard hyphen U+002D.
LineJoin DecideHardHyphen(std::string_view left, std::string_view right,
                          const LineJoinOracle& oracle) {
  std::string_view stem = left.substr(0, left.size() - 1);
  if (stem.empty()) return LineJoin::kSpace;  // a dash standing alone
  if (IsSuspensionWord(right)) return LineJoin::kSpace;
  // "LGBTQ+-", "2025-", "13-": the hyphen follows no letter, so it belongs
  // to a compound; likewise before a digit, a capital or punctuation
  // ("2025-2026", "Nord-Korea", "elev-/lærepladser").
  if (!oracle.EndsWithLetter(stem) || !oracle.StartsWithLowercase(right)) {
    return LineJoin::kKeepHyphen;
  }
  // Abbreviations compound with a hyphen: "CV-skrivning", "EU-valg".
  if (oracle.IsUppercaseWord(stem)) return LineJoin::kKeepHyphen;
  // Both are plain lower-case letters. A break at a Danish hyphenation
  // point is hyphenation (cheap: no dictionary lookup).
  std::string_view letters = right;
  while (!letters.empty() && std::string_view(".,;:)!?\"'").find(letters.back()) !=
                                 std::string_view::npos) {
    letters.remove_suffix(1);
  }
  // Only the last part of a slashed or hyphenated stem is being broken:
  // "jødiske/mus-" + "limske" breaks "muslimske".
  std::string_view last_part = stem;
  if (std::size_t cut = last_part.find_last_of("/-('\""); cut != std::string_view::npos) {
    last_part.remove_prefix(cut + 1);
  }
  if (oracle.IsHyphenationPoint(last_part, letters)) return LineJoin::kDropHyphen;
  // Otherwise hyphenation too, unless the dictionary knows the hyphenated
  // compound's parts but not the joined word.
  std::string joined(stem);
  joined.append(right);
  if (oracle.IsKnownWord(joined)) return LineJoin::kDropHyphen;
  if (oracle.IsKnownWord(stem) && oracle.IsKnownWord(right)) {
    return LineJoin::kKeepHyphen;
  }
  return LineJoin::kDropHyphen;
}

}  // namespace

LineJoin DecideLineJoin(std::string_view left, std::string_view right,
                        const LineJoinOracle& oracle) {
  if (left.empty() || right.empty()) return LineJoin::kSpace;
  if (EndsWith(left, kSoftHyphen)) {
    // A soft hyphen marks a hyphenation point; it never belongs to a word.
    return oracle.StartsWithLetter(right) ? LineJoin::kDropHyphen
                                          : LineJoin::kSpace;
  }
  if (left.back() == '-') return DecideHardHyphen(left, right, oracle);
  if (EndsWith(left, kUnicodeHyphen)) {
    std::string hard(left.substr(0, left.size() - kUnicodeHyphen.size()));
    hard += '-';
    return DecideHardHyphen(hard, right, oracle);
  }
  // "inuit/" + "grønlændere", "og/" + "eller": a slash binds both sides.
  if (left.back() == '/' && left.size() > 1) return LineJoin::kNoSpace;
  return LineJoin::kSpace;
}

std::string JoinLines(std::string left_line, std::string_view right_line,
                      LineJoin join) {
  switch (join) {
    case LineJoin::kSpace:
      if (!left_line.empty() && !right_line.empty()) left_line += ' ';
      break;
    case LineJoin::kDropHyphen:
      if (!left_line.empty() && left_line.back() == '-') left_line.pop_back();
      break;
    case LineJoin::kKeepHyphen:
    case LineJoin::kNoSpace:
      break;
  }
  left_line.append(right_line);
  return left_line;
}

}  // namespace afstem
