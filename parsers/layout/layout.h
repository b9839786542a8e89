// The layout stage: for every page, words -> lines -> blocks in reading
// order, with running headers/footers, footnotes and footnote markers told
// apart from the body. A list item starts at a list label ("•", "1.", "a)")
// or at a marker shape drawn before the line (Word's and Chromium's bullets;
// its label is then "•"). Geometry only; text is normalized later
// (parsers/text/normalize.h). Every line and block keeps its box and the ids of
// its words (indices into Page::words), so any text traces back to boxes.
#ifndef AFSTEM_PARSERS_LAYOUT_LAYOUT_H_
#define AFSTEM_PARSERS_LAYOUT_LAYOUT_H_

#include <vector>

#include "parsers/layout/layout_rules.h"
#include "schema/model/records.h"

namespace afstem {

// Fills blocks, footnotes and markers of every page. Headers and footers
// are recognized across pages (a line repeated at the top or bottom of at
// least half the pages), so the whole document is laid out at once.
// Pure: reads words, writes only the layout fields.
void LayOutDocument(std::vector<Page>& pages, const LayoutRules& rules);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_LAYOUT_H_
