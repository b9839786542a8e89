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
// gaps, left out) and under kMaxSplitGapEm font sizes. A line with fewer than two real gaps uses kTypicalSpaceEm as
// its median (a space is 0.22-0.28 em in common fonts).
inline constexpr double kSplitGapRatio = 0.7;
inline constexpr double kMaxSplitGapEm = 0.2;
inline constexpr double kTypicalSpaceEm = 0.25;

// Tokens of one line; `word_ids` (indices into `words`) are left to right.
std::vector<Token> BuildTokens(const std::vector<Word>& words,
                               const std::vector<int>& word_ids);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_TOKEN_BUILDER_H_
