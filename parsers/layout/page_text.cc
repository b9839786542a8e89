// Reading-order raw text from word boxes (page_text.h).

#include "parsers/layout/page_text.h"

#include <algorithm>

namespace afstem {
namespace {

// Fraction of the text height above which a horizontal gap reads as a space.
constexpr double kSpaceGapRatio = 0.1;
// Minimum vertical overlap, as a fraction of the smaller height, for two
// words to be on one line.
constexpr double kSameLineOverlap = 0.5;

}  // namespace

bool ContinuesLine(const Word& previous, const Word& next) {
  const double overlap = std::min(previous.box.y1, next.box.y1) -
                         std::max(previous.box.y0, next.box.y0);
  const double smaller =
      std::min(previous.box.height(), next.box.height());
  if (smaller <= 0 || overlap < kSameLineOverlap * smaller) return false;
  return next.box.x0 >= previous.box.x0;
}

std::string BuildRawText(const std::vector<Word>& words) {
  std::string text;
  const Word* previous = nullptr;
  for (const Word& word : words) {
    if (previous) {
      if (!ContinuesLine(*previous, word)) {
        text += '\n';
      } else {
        const double gap = word.box.x0 - previous->box.x1;
        const double height = std::max(previous->box.height(), word.box.height());
        if (previous->space_after || gap > kSpaceGapRatio * height) text += ' ';
      }
    }
    text += word.text;
    previous = &word;
  }
  return text;
}

}  // namespace afstem
