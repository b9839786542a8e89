// Classification of painted paths and image placements (graphics_classify.h).
// Stroked subpaths: a closed axis-aligned rectangle is an outline (or a rule
// when thin), every other straight horizontal or vertical segment a rule, and
// what remains (diagonals, curves) one shape. Filled subpaths: a thin
// rectangle is a rule, a small square-ish one a marker, a larger rectangle a
// rectangle, anything else a shape.

#include "ingest/extract/graphics_classify.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace afstem {
namespace {

// Two coordinates closer than this are the same point (producers round to
// 0.01 pt at best; 0.001 pt is far below anything visible).
constexpr double kSamePoint = 0.001;

bool Finite(const PathPoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

// Intersects `box` with the page; nullopt when it lies entirely outside.
// Edges are inclusive so that a zero-thickness rule on the page's edge stays.
std::optional<Box> ClipToPage(Box box, const Box& page) {
  if (box.x1 < page.x0 || box.x0 > page.x1 || box.y1 < page.y0 || box.y0 > page.y1) return std::nullopt;
  box.x0 = std::max(box.x0, page.x0);
  box.y0 = std::max(box.y0, page.y0);
  box.x1 = std::min(box.x1, page.x1);
  box.y1 = std::min(box.y1, page.y1);
  return box;
}

void Emit(GraphicKind kind, const Box& box, double thickness, bool filled, const Box& page,
          std::vector<Graphic>& out) {
  std::optional<Box> clipped = ClipToPage(box, page);
  if (!clipped) return;
  out.push_back(Graphic{kind, *clipped, thickness, filled});
}

Box BoundsOf(const std::vector<PathPoint>& points) {
  Box box{points[0].x, points[0].y, points[0].x, points[0].y};
  for (const PathPoint& p : points) {
    box.x0 = std::min(box.x0, p.x);
    box.y0 = std::min(box.y0, p.y);
    box.x1 = std::max(box.x1, p.x);
    box.y1 = std::max(box.y1, p.y);
  }
  return box;
}

bool SamePoint(const PathPoint& a, const PathPoint& b) {
  return std::fabs(a.x - b.x) < kSamePoint && std::fabs(a.y - b.y) < kSamePoint;
}

bool Horizontal(const PathPoint& a, const PathPoint& b) {
  return std::fabs(b.y - a.y) <= kRuleSlope * std::fabs(b.x - a.x);
}
bool Vertical(const PathPoint& a, const PathPoint& b) {
  return std::fabs(b.x - a.x) <= kRuleSlope * std::fabs(b.y - a.y);
}

// True when the subpath is a rectangle with axis-aligned sides: four straight
// corners (a fifth equal to the first is the closing point), each side
// horizontal or vertical in turn. Degenerate rectangles (zero width or height)
// count: they are how some producers draw hairlines.
bool IsAxisRectangle(const Subpath& subpath) {
  std::vector<PathPoint> corners = subpath.points;
  if (corners.size() == 5 && SamePoint(corners.front(), corners.back())) corners.pop_back();
  if (corners.size() != 4) return false;
  if (!subpath.closed && !SamePoint(subpath.points.front(), subpath.points.back())) return false;
  bool first_horizontal = true;
  for (std::size_t i = 0; i < 4; ++i) {
    const PathPoint& a = corners[i];
    const PathPoint& b = corners[(i + 1) % 4];
    if (a.curve || b.curve) return false;
    // A zero-length side is both horizontal and vertical: take it as the
    // direction the alternation needs.
    const bool horizontal = std::fabs(b.y - a.y) < kSamePoint;
    const bool vertical = std::fabs(b.x - a.x) < kSamePoint;
    if (i == 0) first_horizontal = horizontal;
    const bool want_horizontal = (i % 2 == 0) == first_horizontal;
    if (want_horizontal ? !horizontal : !vertical) return false;
  }
  return true;
}

// A thin, long box: a rule whose thickness is its short side.
bool RuleShaped(double width, double height) {
  const double thin = std::min(width, height);
  const double length = std::max(width, height);
  return thin <= kMaxRuleThickness && length >= kRuleMinAspect * thin && length > 0;
}

bool MarkerShaped(double width, double height) {
  const double small = std::min(width, height);
  const double large = std::max(width, height);
  return small >= kMinMarkerSize && large <= kMaxMarkerSize && large <= kMarkerMaxAspect * small;
}

// A straight stroked segment as a rule: its extent along, widened by half
// the line width across.
Graphic SegmentRule(const PathPoint& a, const PathPoint& b, double width, bool horizontal) {
  const double half = width / 2;
  if (horizontal) {
    const double y = (a.y + b.y) / 2;
    return Graphic{GraphicKind::kRule, Box{std::min(a.x, b.x), y - half, std::max(a.x, b.x), y + half}, width,
                   false};
  }
  const double x = (a.x + b.x) / 2;
  return Graphic{GraphicKind::kRule, Box{x - half, std::min(a.y, b.y), x + half, std::max(a.y, b.y)}, width,
                 false};
}

void ClassifyStroke(const Subpath& subpath, double width, const Box& page, std::vector<Graphic>& out) {
  const std::vector<PathPoint>& points = subpath.points;
  const Box bounds = BoundsOf(points);
  if (IsAxisRectangle(subpath)) {
    if (RuleShaped(bounds.width(), bounds.height())) {
      // A thin outlined rectangle reads as one rule as thick as it is drawn.
      const double half = width / 2;
      const Box box{bounds.x0 - half, bounds.y0 - half, bounds.x1 + half, bounds.y1 + half};
      Emit(GraphicKind::kRule, box, std::min(box.width(), box.height()), false, page, out);
    } else {
      Emit(GraphicKind::kRectangle, bounds, width, false, page, out);
    }
    return;
  }
  if (subpath.closed && MarkerShaped(bounds.width(), bounds.height())) {
    Emit(GraphicKind::kMarker, bounds, width, false, page, out);  // a drawn circle or box outline
    return;
  }
  // Straight horizontal and vertical segments are rules; the rest of the
  // subpath (diagonals, curves) is one shape.
  std::optional<Box> rest;
  auto add_rest = [&rest](const PathPoint& p) {
    if (!rest) rest = Box{p.x, p.y, p.x, p.y};
    rest->x0 = std::min(rest->x0, p.x);
    rest->y0 = std::min(rest->y0, p.y);
    rest->x1 = std::max(rest->x1, p.x);
    rest->y1 = std::max(rest->y1, p.y);
  };
  const std::size_t n = points.size();
  const std::size_t segments = subpath.closed ? n : n - 1;
  for (std::size_t i = 0; i < segments; ++i) {
    const PathPoint& a = points[i];
    const PathPoint& b = points[(i + 1) % n];
    if (SamePoint(a, b)) continue;  // a dot or the closing point
    if (a.curve || b.curve) {  // a Bézier segment
      add_rest(a);
      add_rest(b);
    } else if (Horizontal(a, b) || Vertical(a, b)) {
      Graphic rule = SegmentRule(a, b, width, Horizontal(a, b));
      Emit(rule.kind, rule.box, rule.thickness, rule.filled, page, out);
    } else {
      add_rest(a);
      add_rest(b);
    }
  }
  if (rest) Emit(GraphicKind::kShape, *rest, width, false, page, out);
}

void ClassifyFill(const Subpath& subpath, const Box& page, std::vector<Graphic>& out) {
  if (subpath.points.size() < 3) return;  // a fill of a point or a line paints nothing
  const Box bounds = BoundsOf(subpath.points);
  const bool rectangle = IsAxisRectangle(subpath);
  if (rectangle && RuleShaped(bounds.width(), bounds.height())) {
    Emit(GraphicKind::kRule, bounds, std::min(bounds.width(), bounds.height()), true, page, out);
  } else if (MarkerShaped(bounds.width(), bounds.height())) {
    Emit(GraphicKind::kMarker, bounds, 0, true, page, out);
  } else if (rectangle) {
    Emit(GraphicKind::kRectangle, bounds, 0, true, page, out);
  } else {
    Emit(GraphicKind::kShape, bounds, 0, true, page, out);
  }
}

}  // namespace

void ClassifyPath(const PaintedPath& path, const Box& page, std::vector<Graphic>& out) {
  const double width = std::isfinite(path.line_width) && path.line_width > 0 ? path.line_width : 0;
  for (const Subpath& subpath : path.subpaths) {
    if (subpath.points.size() < 2) continue;
    if (!std::all_of(subpath.points.begin(), subpath.points.end(), Finite)) continue;
    if (path.filled) {
      ClassifyFill(subpath, page, out);
    } else {
      ClassifyStroke(subpath, width, page, out);
    }
  }
}

void ClassifyImage(const PathPoint (&corners)[4], const Box& page, std::vector<Graphic>& out) {
  for (const PathPoint& corner : corners) {
    if (!Finite(corner)) return;
  }
  const Box bounds = BoundsOf(std::vector<PathPoint>(std::begin(corners), std::end(corners)));
  Emit(GraphicKind::kImage, bounds, 0, true, page, out);
}

}  // namespace afstem
