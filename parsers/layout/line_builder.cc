// Visual lines and segments from word boxes (line_builder.h).

#include "parsers/layout/line_builder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "parsers/layout/word_style.h"

namespace afstem {
namespace {

// Two boxes are on one line when they overlap vertically by at least this
// share of the smaller height (a raised footnote marker still overlaps).
constexpr double kSameLineOverlap = 0.5;
// ...and when their vertical centres are at most this many font sizes apart.
// Box heights are the font's ascent to descent, which some fonts make nearly
// 2 em (Effra in the Jyske Bank report: 19 pt boxes at 9.96 pt on a 12 pt
// pitch), so the boxes of consecutive lines overlap by more than half; a
// raised marker or subscript moves its centre by 0.3-0.4 em, the next line's
// centre is a line pitch (at least 1 em) away. Boxes taller than
// kHorizontalBoxEm font sizes are vertical words (their height is their
// length) and are judged by overlap alone.
constexpr double kSameLineCentreEm = 0.7;
constexpr double kHorizontalBoxEm = 2.2;
// A horizontal gap wider than this many font sizes separates segments:
// wider than any justified word space, narrower than a column gutter.
constexpr double kSegmentGapEm = 1.2;
// A lone list label keeps the text after it if it starts within this many
// font sizes (hanging indents).
constexpr double kLabelReachEm = 4.0;
// Two numbers further apart than this (two spaces and more) stand in
// different table columns: "1.000   1.200".
constexpr double kNumberGapEm = 0.6;

bool IsNumber(const std::string& text) {
  return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front())) &&
         text.find_first_not_of("0123456789.,") == std::string::npos;
}

double VerticalOverlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

bool OnOneLine(const Box& box, double size, const Box& core, double core_size) {
  const double smaller = std::min(box.height(), core.height());
  if (!(smaller > 0) || VerticalOverlap(box, core) < kSameLineOverlap * smaller) {
    return false;
  }
  if (box.height() > kHorizontalBoxEm * size ||
      core.height() > kHorizontalBoxEm * core_size) {
    return true;
  }
  const double centre_gap = std::abs((box.y0 + box.y1) - (core.y0 + core.y1)) / 2;
  return centre_gap <= kSameLineCentreEm * std::max(size, core_size);
}

}  // namespace

std::vector<VisualLine> BuildVisualLines(const std::vector<Word>& words,
                                         const std::vector<bool>& include) {
  std::vector<int> order;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    const bool wanted = include.empty() || include[static_cast<std::size_t>(i)];
    if (wanted && !words[static_cast<std::size_t>(i)].text.empty()) order.push_back(i);
  }
  // Tallest first within equal tops, so a line's core is a full-size word.
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const Box& ba = words[static_cast<std::size_t>(a)].box;
    const Box& bb = words[static_cast<std::size_t>(b)].box;
    return (ba.y0 + ba.y1) < (bb.y0 + bb.y1);
  });
  std::vector<VisualLine> lines;
  for (int id : order) {
    const Box& box = words[static_cast<std::size_t>(id)].box;
    const double size = FontSizeOf(words[static_cast<std::size_t>(id)]);
    VisualLine* home = nullptr;
    // Only recent lines can match: words arrive sorted by vertical centre.
    for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 8;
         ++it) {
      if (OnOneLine(box, size, it->core, it->core_size)) {
        home = &*it;
        break;
      }
    }
    if (!home) {
      lines.push_back(VisualLine{box, {}, size});
      home = &lines.back();
    } else if (box.height() > home->core.height()) {
      home->core = box;
      home->core_size = size;
    }
    home->word_ids.push_back(id);
  }
  for (VisualLine& line : lines) {
    std::sort(line.word_ids.begin(), line.word_ids.end(), [&](int a, int b) {
      return words[static_cast<std::size_t>(a)].box.x0 <
             words[static_cast<std::size_t>(b)].box.x0;
    });
  }
  std::sort(lines.begin(), lines.end(), [](const VisualLine& a, const VisualLine& b) {
    return a.core.y0 < b.core.y0;
  });
  return lines;
}

namespace {

LineSegment MakeSegment(const std::vector<Word>& words, std::vector<int> ids,
                        int visual_line) {
  LineSegment segment;
  segment.visual_line = visual_line;
  segment.box = words[static_cast<std::size_t>(ids.front())].box;
  std::vector<double> sizes;
  for (int id : ids) {
    const Word& word = words[static_cast<std::size_t>(id)];
    segment.box.x0 = std::min(segment.box.x0, word.box.x0);
    segment.box.y0 = std::min(segment.box.y0, word.box.y0);
    segment.box.x1 = std::max(segment.box.x1, word.box.x1);
    segment.box.y1 = std::max(segment.box.y1, word.box.y1);
    sizes.push_back(FontSizeOf(word));
  }
  segment.font_size = Median(sizes);
  segment.word_ids = std::move(ids);
  return segment;
}

}  // namespace

std::vector<LineSegment> BuildLineSegments(const std::vector<Word>& words,
                                           const LayoutRules& rules) {
  std::vector<LineSegment> segments;
  std::vector<VisualLine> lines = BuildVisualLines(words);
  for (int line_index = 0; line_index < static_cast<int>(lines.size()); ++line_index) {
    const std::vector<int>& ids = lines[static_cast<std::size_t>(line_index)].word_ids;
    std::vector<int> current;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const Word& word = words[static_cast<std::size_t>(ids[i])];
      if (!current.empty()) {
        const Word& previous = words[static_cast<std::size_t>(current.back())];
        const double em = std::max(FontSizeOf(previous), FontSizeOf(word));
        const double gap = word.box.x0 - previous.box.x1;
        const bool lone_label = current.size() == 1 && rules.IsListLabel(previous.text);
        const bool numbers = IsNumber(previous.text) && IsNumber(word.text);
        const double reach =
            (lone_label ? kLabelReachEm : numbers ? kNumberGapEm : kSegmentGapEm) * em;
        if (gap > reach) {
          segments.push_back(MakeSegment(words, std::move(current), line_index));
          current.clear();
        }
      }
      current.push_back(ids[i]);
    }
    if (!current.empty()) {
      segments.push_back(MakeSegment(words, std::move(current), line_index));
    }
  }
  return segments;
}

}  // namespace afstem
