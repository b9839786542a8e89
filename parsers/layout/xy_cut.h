// Reading order by recursive XY-cut: a region of line segments is split at
// its widest empty horizontal band or vertical gutter, and each part is
// ordered recursively. Columns of prose are read column by column (a
// vertical gutter between two prose columns wins over horizontal bands);
// grids of short cells (tables) are read row by row. Prose columns closed
// at the top or bottom by a few lines across them (a footnote, a caption)
// with too little space for a band are first cut from those lines. The regions that
// cannot be cut further are the page's blocks.
#ifndef AFSTEM_PARSERS_LAYOUT_XY_CUT_H_
#define AFSTEM_PARSERS_LAYOUT_XY_CUT_H_

#include <vector>

#include "parsers/layout/line_builder.h"

namespace afstem {

// A horizontal band at least this many font sizes high separates blocks
// (more than the space between lines, less than between paragraphs)...
inline constexpr double kMinBandEm = 0.4;
// ...and at least this many times the document's typical gap between the
// lines of a paragraph (fonts whose boxes are short leave wider gaps; so do
// documents set with 1.5 line spacing), but never more than kMaxBandEm.
inline constexpr double kMinBandOverLineGap = 1.5;
inline constexpr double kMaxBandEm = 0.8;
// A vertical gutter at least this many font sizes wide separates columns.
inline constexpr double kMinGutterEm = 0.8;
// Both sides of a gutter are prose when their segments are at least this
// many font sizes wide (median) and each side has this many segments.
inline constexpr double kProseWidthEm = 10;
inline constexpr std::size_t kProseMinSegments = 3;

struct XyLeaf {
  std::vector<int> segment_ids;  // indices into the segments, in no order
  // Non-zero for the cells of one row of a grid (leaves split apart by a
  // gutter between short cells, not between prose columns); cells of one
  // row share the number. Example: a budget table row "800 | 600 | …".
  int row = 0;
};

// The median gap between consecutive lines of prose over all pages of a
// document (`pages`: each page's segments), in font sizes so that one figure
// serves body text, legends and footnotes alike. Counted: pairs of wide
// segments one below the other in one column, the upper reaching as far
// right as the lower (the short last line of a paragraph is not counted),
// less than two font sizes apart. 0 when there are fewer than three pairs.
double TypicalLineGap(const std::vector<std::vector<LineSegment>>& pages);

// The page's blocks in reading order; `line_gap` from TypicalLineGap.
std::vector<XyLeaf> XyCut(const std::vector<LineSegment>& segments, double line_gap);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_XY_CUT_H_
