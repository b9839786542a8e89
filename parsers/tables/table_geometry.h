// The geometry a table is found from, before any meaning: a page's body
// lines cut into fragments at cell-sized gaps, each fragment told number or
// text, and a line's fragments sorted into the ones before its label (a
// note or ordinal column), its label, its value cells and text right of
// them. A table is a run of lines whose value cells stand in aligned
// columns (table_detector.h); which words name a column, a total or a
// unit is decided later, from rule tables. Pure.
#ifndef AFSTEM_PARSERS_TABLES_TABLE_GEOMETRY_H_
#define AFSTEM_PARSERS_TABLES_TABLE_GEOMETRY_H_

#include <string>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// Words further apart than this many font sizes are in different cells.
inline constexpr double kCellGapEm = 0.5;

struct Fragment {
  Box box;
  std::vector<int> word_ids;
  std::string text;     // words joined by spaces (raw)
  bool number = false;  // a table number or an empty-cell dash ("1.200", "-", "(75)")
  bool year = false;    // a bare year "2025": a header cell, not a value
};

// A visual line of table-eligible words.
struct PageLine {
  int page = 0;  // index into the pages
  Box box;
  double em = 0;  // its words' font size
  std::vector<Fragment> fragments;
  // Where the label starts: fragments before it are numbers at the line
  // start ("6, 7", "12"): a note or ordinal column. -1: no text at all.
  int label_begin = -1;
  // Fragment indices of number cells right of the label (all numbers when
  // the line has no text).
  std::vector<int> values;
  bool IsValueLine() const;  // has a value that is not a bare year
  bool IsYearLine() const;   // has values, and all are bare years
  bool IsTextOnly() const { return values.empty(); }
};

// Every page's eligible lines, top to bottom: body words only (no running
// headers, footers, footnotes or footnote markers).
std::vector<std::vector<PageLine>> TableLines(const std::vector<Page>& pages);

double Overlap(const Box& a, const Box& b);
Box Union(const Box& a, const Box& b);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TABLES_TABLE_GEOMETRY_H_
