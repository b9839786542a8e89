// Reading-order text from word boxes, and whitespace cleanup (page_text.h).

#include "parsers/page_text.h"

#include <algorithm>

namespace afstem {
namespace {

// Fraction of the text height above which a horizontal gap reads as a space.
constexpr double kSpaceGapRatio = 0.1;
// Minimum vertical overlap, as a fraction of the smaller height, for two
// words to be on one line.
constexpr double kSameLineOverlap = 0.5;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

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

std::string CleanWhitespace(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find('\n', start);
    if (end == std::string_view::npos) end = raw.size();
    std::string line;
    bool pending_space = false;
    for (std::size_t i = start; i < end; ++i) {
      if (IsBlank(raw[i])) {
        pending_space = !line.empty();
      } else {
        if (pending_space) line += ' ';
        pending_space = false;
        line += raw[i];
      }
    }
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace afstem
