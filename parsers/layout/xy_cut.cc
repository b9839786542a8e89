// Recursive XY-cut over line segments (xy_cut.h).

#include "parsers/layout/xy_cut.h"

#include <algorithm>
#include <optional>

#include "parsers/layout/word_style.h"

namespace afstem {
namespace {

struct Cut {
  double at = 0;    // coordinate of the middle of the gap
  double size = 0;  // width of the gap
};

// The widest gap between the intervals [low, high] of the members, if it is
// at least `min_size`.
template <typename Low, typename High>
std::optional<Cut> WidestGap(const std::vector<LineSegment>& segments,
                             const std::vector<int>& ids, double min_size,
                             Low low, High high) {
  std::vector<int> sorted = ids;
  std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
    return low(segments[static_cast<std::size_t>(a)].box) <
           low(segments[static_cast<std::size_t>(b)].box);
  });
  std::optional<Cut> best;
  double reach = high(segments[static_cast<std::size_t>(sorted.front())].box);
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    const Box& box = segments[static_cast<std::size_t>(sorted[i])].box;
    const double gap = low(box) - reach;
    if (gap >= min_size && (!best || gap > best->size)) {
      best = Cut{reach + gap / 2, gap};
    }
    reach = std::max(reach, high(box));
  }
  return best;
}

double MedianFontSize(const std::vector<LineSegment>& segments,
                      const std::vector<int>& ids) {
  std::vector<double> sizes;
  for (int id : ids) sizes.push_back(segments[static_cast<std::size_t>(id)].font_size);
  return Median(sizes);
}

bool IsProse(const std::vector<LineSegment>& segments, const std::vector<int>& ids) {
  if (ids.size() < kProseMinSegments) return false;
  std::vector<double> widths;
  for (int id : ids) {
    const LineSegment& segment = segments[static_cast<std::size_t>(id)];
    widths.push_back(segment.box.width() / std::max(segment.font_size, 1.0));
  }
  return Median(widths) >= kProseWidthEm;
}

// Appends the prose line gaps of one page (see TypicalLineGap).
void AppendLineGaps(const std::vector<LineSegment>& segments, std::vector<double>& gaps) {
  std::vector<const LineSegment*> prose;
  for (const LineSegment& segment : segments) {
    if (segment.box.width() >= kProseWidthEm * std::max(segment.font_size, 1.0)) {
      prose.push_back(&segment);
    }
  }
  std::sort(prose.begin(), prose.end(), [](const LineSegment* a, const LineSegment* b) {
    return a->box.y0 < b->box.y0;
  });
  for (std::size_t i = 0; i < prose.size(); ++i) {
    const double em = std::max(prose[i]->font_size, 1.0);
    // The nearest prose segment below that shares the column.
    for (std::size_t j = i + 1; j < prose.size(); ++j) {
      const Box& above = prose[i]->box;
      const Box& below = prose[j]->box;
      const double overlap = std::min(above.x1, below.x1) - std::max(above.x0, below.x0);
      if (overlap < 0.5 * std::min(above.width(), below.width())) continue;
      const double gap = below.y0 - above.y1;
      if (above.x1 >= below.x1 - em && gap >= 0 && gap < 2 * em) gaps.push_back(gap / em);
      break;
    }
  }
}

// CutAtEdgeLines tries up to this many lines at an edge, and never more
// than one in this many of the region's lines.
constexpr std::size_t kMaxEdgeLines = 6;
constexpr std::size_t kEdgeLineShare = 4;

class XyCutter {
 public:
  XyCutter(const std::vector<LineSegment>& segments, double line_gap)
      : segments_(segments), line_gap_(line_gap) {}

  void Run(const std::vector<int>& ids, int row) {
    if (ids.size() <= 1) {
      if (!ids.empty()) leaves_.push_back(XyLeaf{ids, row});
      return;
    }
    const double em = std::max(MedianFontSize(segments_, ids), 1.0);
    auto x0 = [](const Box& b) { return b.x0; };
    auto x1 = [](const Box& b) { return b.x1; };
    auto y0 = [](const Box& b) { return b.y0; };
    auto y1 = [](const Box& b) { return b.y1; };
    std::optional<Cut> gutter = WidestGap(segments_, ids, kMinGutterEm * em, x0, x1);
    const double min_band =
        em * std::max(kMinBandEm, std::min(kMaxBandEm, kMinBandOverLineGap * line_gap_));
    std::optional<Cut> band = WidestGap(segments_, ids, min_band, y0, y1);
    if (gutter) {
      auto [left, right] = Split(ids, gutter->at, x0);
      const bool prose = IsProse(segments_, left) && IsProse(segments_, right);
      if (prose || !band) {
        // Cells side by side in a band form a row; prose columns do not.
        const int cell_row = prose ? row : (row != 0 ? row : ++rows_);
        Run(left, cell_row);
        Run(right, cell_row);
        return;
      }
    }
    if (band) {
      auto [top, bottom] = Split(ids, band->at, y0);
      Run(top, row);
      Run(bottom, row);
      return;
    }
    if (std::vector<std::vector<int>> parts = CutAtEdgeLines(ids, em); !parts.empty()) {
      for (const std::vector<int>& part : parts) Run(part, row);
      return;
    }
    leaves_.push_back(XyLeaf{ids, row});
  }

  std::vector<XyLeaf> TakeLeaves() { return std::move(leaves_); }

 private:
  template <typename Low>
  std::pair<std::vector<int>, std::vector<int>> Split(const std::vector<int>& ids,
                                                      double at, Low low) const {
    std::vector<int> before, after;
    for (int id : ids) {
      (low(segments_[static_cast<std::size_t>(id)].box) < at ? before : after).push_back(id);
    }
    return {before, after};
  }

  // Prose columns whose gutter is closed only by a few lines at the top or
  // bottom of the region (a footnote or a caption set across the columns,
  // with less than a band of space between): the region cut into those
  // lines and the rest, so that the columns can be cut apart. Tries the
  // last, then the first, one to kMaxEdgeLines visual lines. Empty when no
  // prose gutter opens that way.
  std::vector<std::vector<int>> CutAtEdgeLines(const std::vector<int>& ids, double em) const {
    std::vector<int> lines;  // visual lines of the region, top to bottom
    for (int id : ids) lines.push_back(segments_[static_cast<std::size_t>(id)].visual_line);
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    const std::size_t most = std::min(kMaxEdgeLines, lines.size() / kEdgeLineShare);
    for (std::size_t k = 1; k <= most; ++k) {
      for (const bool bottom : {true, false}) {
        const int edge = bottom ? lines[lines.size() - k] : lines[k - 1];
        std::vector<int> edge_part, rest;
        for (int id : ids) {
          const int line = segments_[static_cast<std::size_t>(id)].visual_line;
          ((bottom ? line >= edge : line <= edge) ? edge_part : rest).push_back(id);
        }
        if (HasProseGutter(rest, em)) {
          if (bottom) return {rest, edge_part};
          return {edge_part, rest};
        }
      }
    }
    return {};
  }

  bool HasProseGutter(const std::vector<int>& ids, double em) const {
    if (ids.size() < 2) return false;
    auto x0 = [](const Box& b) { return b.x0; };
    auto x1 = [](const Box& b) { return b.x1; };
    const std::optional<Cut> gutter = WidestGap(segments_, ids, kMinGutterEm * em, x0, x1);
    if (!gutter) return false;
    auto [left, right] = Split(ids, gutter->at, x0);
    return IsProse(segments_, left) && IsProse(segments_, right);
  }

  const std::vector<LineSegment>& segments_;
  const double line_gap_;
  std::vector<XyLeaf> leaves_;
  int rows_ = 0;
};

}  // namespace

double TypicalLineGap(const std::vector<std::vector<LineSegment>>& pages) {
  std::vector<double> gaps;
  for (const std::vector<LineSegment>& segments : pages) AppendLineGaps(segments, gaps);
  return gaps.size() >= 3 ? Median(gaps) : 0;
}

std::vector<XyLeaf> XyCut(const std::vector<LineSegment>& segments, double line_gap) {
  std::vector<int> all(segments.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  XyCutter cutter(segments, line_gap);
  cutter.Run(all, 0);
  return cutter.TakeLeaves();
}

}  // namespace afstem
