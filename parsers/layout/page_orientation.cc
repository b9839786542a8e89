// Turning boxes between display and upright frames (page_orientation.h).
// With W, H the displayed width and height: rotation 90 shows upright
// point (u, v) at (W - v, u); 180 at (W - u, H - v); 270 at (v, H - u).

#include "parsers/layout/page_orientation.h"

#include <algorithm>

namespace afstem {
namespace {

Box Normalized(double ax, double ay, double bx, double by) {
  return Box{std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
}

Box DisplayToUpright(const Box& b, int rotation, double w, double h) {
  switch (rotation) {
    case 90: return Normalized(b.y0, w - b.x0, b.y1, w - b.x1);
    case 180: return Normalized(w - b.x0, h - b.y0, w - b.x1, h - b.y1);
    case 270: return Normalized(h - b.y0, b.x0, h - b.y1, b.x1);
    default: return b;
  }
}

}  // namespace

Page UprightCopy(const Page& page) {
  Page upright;
  upright.number = page.number;
  upright.rotation = 0;
  const bool quarter = page.rotation == 90 || page.rotation == 270;
  upright.width = quarter ? page.height : page.width;
  upright.height = quarter ? page.width : page.height;
  upright.words = page.words;
  for (Word& word : upright.words) {
    word.box = DisplayToUpright(word.box, page.rotation, page.width, page.height);
  }
  upright.graphics = page.graphics;
  for (Graphic& graphic : upright.graphics) {
    graphic.box = DisplayToUpright(graphic.box, page.rotation, page.width, page.height);
  }
  return upright;
}

Box ToUpright(const Box& display, const Page& display_page) {
  return DisplayToUpright(display, display_page.rotation, display_page.width, display_page.height);
}

Page UprightLayoutCopy(const Page& page) {
  Page upright;
  upright.number = page.number;
  upright.kind = page.kind;
  upright.text_source = page.text_source;
  const bool quarter = page.rotation == 90 || page.rotation == 270;
  upright.width = quarter ? page.height : page.width;
  upright.height = quarter ? page.width : page.height;
  upright.blocks = page.blocks;
  for (TextBlock& block : upright.blocks) {
    block.box = ToUpright(block.box, page);
    for (TextLine& line : block.lines) line.box = ToUpright(line.box, page);
  }
  return upright;
}

Box ToDisplay(const Box& b, const Page& display_page) {
  const double w = display_page.width, h = display_page.height;
  switch (display_page.rotation) {
    case 90: return Normalized(w - b.y0, b.x0, w - b.y1, b.x1);
    case 180: return Normalized(w - b.x0, h - b.y0, w - b.x1, h - b.y1);
    case 270: return Normalized(b.y0, h - b.x0, b.y1, h - b.x1);
    default: return b;
  }
}

void MoveLayoutToDisplay(Page& upright, Page& display_page) {
  for (TextBlock& block : upright.blocks) {
    block.box = ToDisplay(block.box, display_page);
    for (TextLine& line : block.lines) line.box = ToDisplay(line.box, display_page);
  }
  for (Footnote& note : upright.footnotes) {
    note.box = ToDisplay(note.box, display_page);
    for (TextLine& line : note.lines) line.box = ToDisplay(line.box, display_page);
  }
  for (FootnoteMarker& marker : upright.markers) {
    marker.box = ToDisplay(marker.box, display_page);
  }
  display_page.word_gap_em = upright.word_gap_em;
  display_page.blocks = std::move(upright.blocks);
  display_page.footnotes = std::move(upright.footnotes);
  display_page.markers = std::move(upright.markers);
}

}  // namespace afstem
