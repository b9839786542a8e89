// Classification of painted paths and images (graphics_classify.h), with
// exact values: rules from stroked lines and thin filled rectangles (how
// LibreOffice, Word and Excel draw borders), rectangles, discs and squares as
// list markers, images, clipping and hostile coordinates.

#include "ingest/extract/graphics_classify.h"

#include <catch2/catch.hpp>
#include <limits>

namespace afstem {
namespace {

const Box kA4{0, 0, 595, 842};

PaintedPath Stroke(std::vector<PathPoint> points, double width, bool closed = false) {
  return PaintedPath{{Subpath{std::move(points), closed}}, false, width};
}
PaintedPath Fill(std::vector<PathPoint> points) { return PaintedPath{{Subpath{std::move(points), true}}, true, 0}; }
// A rectangle as Poppler's path for "x y w h re": four corners and the closing point.
std::vector<PathPoint> Rect(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}
std::vector<Graphic> Classify(const PaintedPath& path) {
  std::vector<Graphic> out;
  ClassifyPath(path, kA4, out);
  return out;
}

}  // namespace

TEST_CASE("a stroked horizontal or vertical line is a rule as thick as its width", "[ingest][graphics]") {
  // LibreOffice's table border: "74.85 628.839 m 520.45 628.839 l S" at 0.5 pt.
  CHECK(Classify(Stroke({{74.85, 213.0}, {520.45, 213.0}}, 0.5)) ==
        std::vector<Graphic>{{GraphicKind::kRule, {74.85, 212.75, 520.45, 213.25}, 0.5, false}});
  CHECK(Classify(Stroke({{100, 300}, {100, 100}}, 1)) ==
        std::vector<Graphic>{{GraphicKind::kRule, {99.5, 100, 100.5, 300}, 1, false}});
  // Within the slope tolerance (0.3 pt over 400 pt): still a rule, centred.
  CHECK(Classify(Stroke({{100, 200}, {500, 200.3}}, 0)) ==
        std::vector<Graphic>{{GraphicKind::kRule, {100, 200.15, 500, 200.15}, 0, false}});
  // A slanted line is a shape; a polyline gives a rule per straight side.
  CHECK(Classify(Stroke({{100, 100}, {200, 150}}, 1)) ==
        std::vector<Graphic>{{GraphicKind::kShape, {100, 100, 200, 150}, 1, false}});
  CHECK(Classify(Stroke({{10, 10}, {50, 10}, {50, 40}}, 2)) ==
        std::vector<Graphic>{{GraphicKind::kRule, {10, 9, 50, 11}, 2, false},
                             {GraphicKind::kRule, {49, 10, 51, 40}, 2, false}});
  // A zero-length segment (a dot) draws no rule.
  CHECK(Classify(Stroke({{10, 10}, {10, 10}}, 2)).empty());
}

TEST_CASE("a thin filled rectangle is a rule; a wide one a rectangle", "[ingest][graphics]") {
  // Word's cell border: a 0.48 pt high filled rectangle.
  const std::vector<Graphic> word = Classify(Fill(Rect(72, 100, 300, 100.48)));
  REQUIRE(word.size() == 1);
  CHECK(word[0].kind == GraphicKind::kRule);
  CHECK(word[0].box == Box{72, 100, 300, 100.48});
  CHECK(word[0].thickness == Approx(0.48).margin(1e-12));
  CHECK(word[0].filled);
  CHECK(Classify(Fill(Rect(72, 100, 72.5, 400))) ==
        std::vector<Graphic>{{GraphicKind::kRule, {72, 100, 72.5, 400}, 0.5, true}});
  // LibreOffice's shaded header cell: 205.35 x 16.55.
  CHECK(Classify(Fill(Rect(75.1, 213.3, 280.45, 229.85))) ==
        std::vector<Graphic>{{GraphicKind::kRectangle, {75.1, 213.3, 280.45, 229.85}, 0, true}});
  // 3 pt thick and 12 pt long is a rule (at the limits); 3.5 pt thick is not.
  CHECK(Classify(Fill(Rect(0, 0, 12, 3)))[0].kind == GraphicKind::kRule);
  CHECK(Classify(Fill(Rect(0, 0, 40, 3.5)))[0].kind == GraphicKind::kRectangle);
  // A stroked cell outline is a rectangle with its line width.
  CHECK(Classify(Stroke(Rect(100, 100, 200, 150), 0.75, true)) ==
        std::vector<Graphic>{{GraphicKind::kRectangle, {100, 100, 200, 150}, 0.75, false}});
}

TEST_CASE("small filled discs and squares are list markers", "[ingest][graphics]") {
  // A 4.5 pt disc as four Bézier curves (control points flagged).
  const double k = 0.5523 * 2.25;
  const double cx = 80, cy = 300, r = 2.25;
  PaintedPath disc = Fill({{cx + r, cy},
                           {cx + r, cy + k, true},
                           {cx + k, cy + r, true},
                           {cx, cy + r},
                           {cx - k, cy + r, true},
                           {cx - r, cy + k, true},
                           {cx - r, cy},
                           {cx - r, cy - k, true},
                           {cx - k, cy - r, true},
                           {cx, cy - r},
                           {cx + k, cy - r, true},
                           {cx + r, cy - k, true},
                           {cx + r, cy}});
  CHECK(Classify(disc) == std::vector<Graphic>{{GraphicKind::kMarker, {77.75, 297.75, 82.25, 302.25}, 0, true}});
  CHECK(Classify(Fill(Rect(70, 500, 74, 504))) ==
        std::vector<Graphic>{{GraphicKind::kMarker, {70, 500, 74, 504}, 0, true}});
  // Too large (a 20 pt disc is a shape), too flat (a 6 x 2 bar is a rule).
  CHECK(Classify(Fill({{0, 10}, {10, 0, true}, {20, 10, true}, {10, 20}}))[0].kind == GraphicKind::kShape);
  CHECK(Classify(Fill(Rect(0, 0, 6, 1)))[0].kind == GraphicKind::kRule);
}

TEST_CASE("images are their placed box, clipped to the page", "[ingest][graphics]") {
  std::vector<Graphic> out;
  // A scan placed over the whole page, 1 pt beyond each edge.
  const PathPoint scan[4] = {{-1, 843}, {596, 843}, {-1, -1}, {596, -1}};
  ClassifyImage(scan, kA4, out);
  CHECK(out == std::vector<Graphic>{{GraphicKind::kImage, {0, 0, 595, 842}, 0, true}});
  // Rotated by 90 degrees: the bounding box of the corners.
  out.clear();
  const PathPoint turned[4] = {{100, 200}, {100, 100}, {150, 200}, {150, 100}};
  ClassifyImage(turned, kA4, out);
  CHECK(out == std::vector<Graphic>{{GraphicKind::kImage, {100, 100, 150, 200}, 0, true}});
  // Off the page: nothing.
  out.clear();
  const PathPoint away[4] = {{700, 10}, {800, 10}, {700, 50}, {800, 50}};
  ClassifyImage(away, kA4, out);
  CHECK(out.empty());
}

TEST_CASE("non-finite coordinates and degenerate paths are skipped", "[ingest][graphics]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(Classify(Stroke({{nan, 10}, {100, 10}}, 1)).empty());
  CHECK(Classify(Fill(Rect(0, 0, inf, 3))).empty());
  CHECK(Classify(Stroke({{10, 10}}, 1)).empty());
  CHECK(Classify(Fill({{10, 10}, {20, 10}})).empty());  // a fill of a line paints nothing
  // A NaN line width is a hairline.
  CHECK(Classify(Stroke({{10, 10}, {50, 10}}, nan)) ==
        std::vector<Graphic>{{GraphicKind::kRule, {10, 10, 50, 10}, 0, false}});
  std::vector<Graphic> out;
  const PathPoint bad[4] = {{0, 0}, {nan, 0}, {0, 1}, {1, 1}};
  ClassifyImage(bad, kA4, out);
  CHECK(out.empty());
}

}  // namespace afstem
