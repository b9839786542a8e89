// Letter-spacing repair from geometry: words that extraction split because
// their letters were spaced out ("mul" "ig" "t") are rejoined into one token
// when the gap between their boxes is much smaller than the line's typical
// word gap. Justified lines only widen word gaps, so true spaces are never
// closed. Decided from boxes and font sizes alone, never from a word list.
#ifndef AFSTEM_PARSERS_LAYOUT_TOKEN_BUILDER_H_
#define AFSTEM_PARSERS_LAYOUT_TOKEN_BUILDER_H_

#include <vector>

#include "schema/model/records.h"

namespace afstem {

// The gap below which two words of a line are one token: under
// kSplitGapRatio of the line's median word gap (gaps over an em, column
// gaps, left out) and under kMaxSplitGapEm font sizes. A line with fewer
// than two real gaps (a two-word table label) uses the page's typical word
// gap instead, and kTypicalSpaceEm when the page has too few to tell (a
// space is 0.22-0.28 em in common fonts). The page's own measure matters
// for tightly spaced faces: the Jyske Bank report's Effra sets its space at
// 0.17 em, under 0.7 x 0.25, so every two-word label was one token
// ("Maksimalkrediteksponering"). Words that overlap by more than a touch
// (0.05 em) are never joined.
inline constexpr double kSplitGapRatio = 0.7;
inline constexpr double kMaxSplitGapEm = 0.2;
inline constexpr double kTypicalSpaceEm = 0.25;
// The page's typical gap needs at least this many word gaps.
inline constexpr std::size_t kMinPageGaps = 8;

// The median word-sized gap (in font sizes) between neighbours of the
// `lines` (each word ids left to right) of a page; 0 with fewer than
// kMinPageGaps such gaps.
double TypicalWordGapEm(const std::vector<Word>& words, const std::vector<std::vector<int>>& lines);

// Tokens of one line; `word_ids` (indices into `words`) are left to right.
// `page_gap_em` is the page's TypicalWordGapEm (0: unknown).
std::vector<Token> BuildTokens(const std::vector<Word>& words,
                               const std::vector<int>& word_ids, double page_gap_em = 0);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_TOKEN_BUILDER_H_
