// User space -> display space conversion (see page_geometry.h). Matches the
// transform Poppler's text output applies, so link boxes and word boxes meet.

#include "ingest/extract/page_geometry.h"

#include <algorithm>

namespace afstem {

double PageFrame::DisplayWidth() const {
  return (rotation == 90 || rotation == 270) ? y1 - y0 : x1 - x0;
}

double PageFrame::DisplayHeight() const {
  return (rotation == 90 || rotation == 270) ? x1 - x0 : y1 - y0;
}

namespace {

void PointToDisplay(const PageFrame& f, double x, double y, double& dx,
                    double& dy) {
  switch (f.rotation) {
    case 90:
      dx = y - f.y0;
      dy = x - f.x0;
      break;
    case 180:
      dx = f.x1 - x;
      dy = y - f.y0;
      break;
    case 270:
      dx = f.y1 - y;
      dy = f.x1 - x;
      break;
    default:
      dx = x - f.x0;
      dy = f.y1 - y;
      break;
  }
}

}  // namespace

Box UserRectToDisplay(const PageFrame& frame, double ux0, double uy0,
                      double ux1, double uy1) {
  double ax, ay, bx, by;
  PointToDisplay(frame, ux0, uy0, ax, ay);
  PointToDisplay(frame, ux1, uy1, bx, by);
  return Box{std::min(ax, bx), std::min(ay, by), std::max(ax, bx),
             std::max(ay, by)};
}

}  // namespace afstem
