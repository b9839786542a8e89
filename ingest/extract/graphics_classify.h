// What a painted path or a placed image is to the later stages: rules
// (borders, row lines), rectangles (cell outlines, filled backgrounds),
// list-marker shapes (small discs and squares), images, other shapes. Pure
// functions over geometry already in display space (page_geometry.h): the
// Poppler wrapper (poppler_graphics.h) feeds them, tests call them directly.
#ifndef AFSTEM_INGEST_EXTRACT_GRAPHICS_CLASSIFY_H_
#define AFSTEM_INGEST_EXTRACT_GRAPHICS_CLASSIFY_H_

#include <vector>

#include "schema/model/records.h"

namespace afstem {

// A point of a subpath in display space. `curve` marks a Bézier control
// point (as Poppler's GfxSubpath::getCurve): the segments to and from it are
// parts of a curve, not straight lines.
struct PathPoint {
  double x = 0;
  double y = 0;
  bool curve = false;
};

struct Subpath {
  std::vector<PathPoint> points;  // the first is the moveto
  bool closed = false;            // closed with h (or re)
};

// One path as painted by a stroke or a fill, in display space.
struct PaintedPath {
  std::vector<Subpath> subpaths;
  bool filled = false;      // true: painted by f/f*; false: by S
  double line_width = 0;    // a stroke's width in display points (0: hairline)
};

// A stroke or fill whose direction deviates from horizontal or vertical by at
// most this much (as the tangent: 0.01 is about 0.6 degrees) is a rule.
// Producers round coordinates to 0.01 pt; over a 500 pt table rule that is a
// slope of 0.00002, so 0.01 accepts every drawn border and still rejects a
// deliberately slanted line.
inline constexpr double kRuleSlope = 0.01;
// A filled rectangle at most this thick, and at least kRuleMinAspect times
// as long as thick, is a rule: Word and Excel draw cell borders as filled
// rectangles 0.5 to 2.25 pt thick (Word's thickest single border is 6 pt,
// drawn as 3 pt rectangles at most for double lines; 3 pt keeps those).
inline constexpr double kMaxRuleThickness = 3.0;
inline constexpr double kRuleMinAspect = 4.0;
// A small closed fill, at most this wide and tall and roughly square (sides
// within kMarkerMaxAspect of each other), is a list marker: bullets are drawn
// at 3 to 7 pt in 9 to 14 pt body text. A filled check box of 8 pt counts too.
inline constexpr double kMaxMarkerSize = 8.0;
inline constexpr double kMinMarkerSize = 1.0;
inline constexpr double kMarkerMaxAspect = 1.5;

// Appends what `path` draws to `out`: a stroke gives a rule per straight
// horizontal or vertical segment (its box is the segment widened by half the
// line width on each side), a rectangle outline per closed axis-aligned
// rectangle subpath (or four rules when it is thin enough to be a rule
// itself: see ClassifyPath's cases in the .cc), a shape for anything else; a
// fill gives a rule, a marker, a rectangle or a shape per subpath. Subpaths
// with fewer than two points, and any with a non-finite coordinate, are
// skipped. `page` is the page's display box: graphics entirely outside it
// are dropped and the rest clipped to it.
void ClassifyPath(const PaintedPath& path, const Box& page, std::vector<Graphic>& out);

// An image placed at the display-space parallelogram with these four corners
// (the unit square through the CTM): its bounding box clipped to `page`.
// Nothing is appended when a corner is not finite or the box misses the page.
void ClassifyImage(const PathPoint (&corners)[4], const Box& page, std::vector<Graphic>& out);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_GRAPHICS_CLASSIFY_H_
