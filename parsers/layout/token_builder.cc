// Tokens from the words of one line (token_builder.h).

#include "parsers/layout/token_builder.h"

#include <algorithm>

#include "parsers/layout/word_style.h"

namespace afstem {
namespace {

// Gaps at or below this many font sizes are touching words (a font change
// inside a word), not spaces: they are joined and not counted as gaps.
constexpr double kTouchingEm = 0.05;

// Gaps over this many font sizes are column gaps or tabs (a table row's
// label and its figures), not word spaces: justification stretches a space
// to 0.5-0.6 em at most. They are left out of the line's typical word gap,
// which they would otherwise raise to the column gap, so that the words of a
// tightly spaced label (Effra's 0.18 em space in the Jyske Bank report)
// were joined into one token ("Afledtefinansielleinstrumenter").
constexpr double kColumnGapEm = 1.0;

const Word& At(const std::vector<Word>& words, int id) {
  return words[static_cast<std::size_t>(id)];
}

double GapEm(const Word& left, const Word& right) {
  const double em = std::max(FontSizeOf(left), FontSizeOf(right));
  return em > 0 ? (right.box.x0 - left.box.x1) / em : 0;
}

bool WordSized(double gap) { return gap > kTouchingEm && gap <= kColumnGapEm; }

}  // namespace

double TypicalWordGapEm(const std::vector<Word>& words, const std::vector<std::vector<int>>& lines) {
  std::vector<double> gaps;
  for (const std::vector<int>& ids : lines) {
    for (std::size_t i = 1; i < ids.size(); ++i) {
      const double gap = GapEm(At(words, ids[i - 1]), At(words, ids[i]));
      if (WordSized(gap)) gaps.push_back(gap);
    }
  }
  return gaps.size() >= kMinPageGaps ? Median(gaps) : 0;
}

std::vector<Token> BuildTokens(const std::vector<Word>& words,
                               const std::vector<int>& word_ids, double page_gap_em) {
  std::vector<double> gaps;     // word-sized gaps, in font sizes
  std::vector<double> gap_ems;  // every gap, in font sizes
  for (std::size_t i = 1; i < word_ids.size(); ++i) {
    const double gap = GapEm(At(words, word_ids[i - 1]), At(words, word_ids[i]));
    gap_ems.push_back(gap);
    if (WordSized(gap)) gaps.push_back(gap);
  }
  const double typical = gaps.size() >= 2 ? Median(gaps) : page_gap_em > 0 ? page_gap_em : kTypicalSpaceEm;
  const double join_below = std::min(kMaxSplitGapEm, kSplitGapRatio * typical);

  std::vector<Token> tokens;
  for (std::size_t i = 0; i < word_ids.size(); ++i) {
    const Word& word = At(words, word_ids[i]);
    // Words that overlap by more than a touch are not one word's pieces:
    // they are two lines' words put side by side (a table cell whose lines
    // interleave, text set over text).
    const bool joins = i > 0 && gap_ems[i - 1] < join_below && gap_ems[i - 1] >= -kTouchingEm;
    if (!joins) tokens.emplace_back();
    tokens.back().word_ids.push_back(word_ids[i]);
    tokens.back().text += word.text;
  }
  return tokens;
}

}  // namespace afstem
