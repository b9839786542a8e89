// Pages turned by /Rotate show their text turned too: a 90-degree page
// reads top to bottom on screen. Layout works in the text's upright frame
// (as the page was composed), so word boxes are turned back before layout
// and the layout's boxes turned forward again to display coordinates.
#ifndef AFSTEM_PARSERS_LAYOUT_PAGE_ORIENTATION_H_
#define AFSTEM_PARSERS_LAYOUT_PAGE_ORIENTATION_H_

#include "schema/model/records.h"

namespace afstem {

// `page` with its words' and graphics' boxes in the upright frame, and
// width/height of that frame; a page with rotation 0 is returned unchanged.
// Layout fields are not copied.
Page UprightCopy(const Page& page);

// Maps a box of the upright frame of `display_page` back to its display
// coordinates (the inverse of what UprightCopy does to word boxes).
Box ToDisplay(const Box& upright, const Page& display_page);

// Maps a box in display coordinates of `display_page` to its upright frame
// (what UprightCopy does to word boxes).
Box ToUpright(const Box& display, const Page& display_page);

// `page` with its layout (blocks and their lines) in the upright frame, for
// a stage that reasons about "above" and "left of" after layout; words,
// footnotes and markers are not copied. Rotation 0: a copy of the blocks.
Page UprightLayoutCopy(const Page& page);

// Maps every box of `upright`'s layout (blocks, lines, footnotes, markers)
// to display coordinates and moves the layout into `display_page`.
void MoveLayoutToDisplay(Page& upright, Page& display_page);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_PAGE_ORIENTATION_H_
