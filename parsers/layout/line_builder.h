// Words -> visual lines -> line segments, from geometry alone. Poppler's
// reading order is block order, not line order, so words are regrouped:
// a visual line is the words whose boxes share a baseline band and whose
// centres are within 0.7 em (superscripts included); a segment is a run of a visual line without a column-sized gap
// (table cells and text columns on one baseline become separate segments).
// A lone list label ("•", "1.") stays with the text after it.
#ifndef AFSTEM_PARSERS_LAYOUT_LINE_BUILDER_H_
#define AFSTEM_PARSERS_LAYOUT_LINE_BUILDER_H_

#include <vector>

#include "parsers/layout/layout_rules.h"
#include "schema/model/records.h"

namespace afstem {

struct LineSegment {
  Box box;
  std::vector<int> word_ids;  // left to right
  int visual_line = 0;        // segments of one visual line share this
  double font_size = 0;       // median font size of its words
};

// A visual line: word ids left to right; `core` is its tallest word's box,
// `core_size` that word's font size.
struct VisualLine {
  Box core;
  std::vector<int> word_ids;
  double core_size = 0;
};

// The visual lines of the words with `include[i]` true (all when `include`
// is empty), top to bottom. Words with empty text are left out.
std::vector<VisualLine> BuildVisualLines(const std::vector<Word>& words,
                                         const std::vector<bool>& include = {});

// Segments of a page, ordered top to bottom, then left to right. Words with
// empty text are left out.
std::vector<LineSegment> BuildLineSegments(const std::vector<Word>& words,
                                           const LayoutRules& rules);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_LINE_BUILDER_H_
