// Page coordinate systems. PDF user space has its origin at the bottom-left
// and y up; afstem (and Poppler's word boxes) use points from the top-left of
// the crop box as displayed, i.e. after the page's /Rotate. Pure functions.
#ifndef AFSTEM_INGEST_EXTRACT_PAGE_GEOMETRY_H_
#define AFSTEM_INGEST_EXTRACT_PAGE_GEOMETRY_H_

#include "schema/model/records.h"

namespace afstem {

// A page's crop box in PDF user space and its clockwise rotation.
struct PageFrame {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // crop box, user space
  int rotation = 0;                        // 0, 90, 180 or 270

  // Displayed size: width and height swap for 90 and 270 degrees.
  double DisplayWidth() const;
  double DisplayHeight() const;
};

// Maps a rectangle given by two corners in user space to a normalized box in
// display space. Example (A4, no rotation, crop box 0 0 595 842): the user
// rectangle (100, 742)-(200, 762) becomes the box x 100..200, y 80..100.
Box UserRectToDisplay(const PageFrame& frame, double ux0, double uy0,
                      double ux1, double uy1);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_PAGE_GEOMETRY_H_
