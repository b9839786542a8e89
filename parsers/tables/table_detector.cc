// Table detection from word boxes (table_detector.h).

#include "parsers/tables/table_detector.h"

#include <algorithm>
#include <optional>

#include "parsers/layout/line_builder.h"
#include "parsers/layout/token_builder.h"
#include "parsers/layout/word_style.h"

namespace afstem {
namespace {

// Words further apart than this many font sizes are in different cells.
constexpr double kCellGapEm = 0.5;
// A column header and a value overlap; a word this close (in font sizes)
// to a column it does not overlap still belongs to it.
constexpr double kColumnReachEm = 1.0;
// A fragment that covers this share of a second column's header spans
// columns: prose, not a table line.
constexpr double kSpanShare = 0.3;
// A vertical gap larger than this many line heights ends a table.
constexpr double kMaxRowGapLines = 3.0;
// How far above the header (in line heights) caption lines are looked for,
// and how many: a caption line and a sentence or two about the table.
constexpr double kCaptionReachLines = 2.5;
constexpr std::size_t kMaxCaptionLines = 4;

struct Fragment {
  Box box;
  std::vector<int> word_ids;
  std::string text;  // words joined by spaces (raw)
};

// A visual line of table-eligible words, cut into fragments at cell gaps.
struct PageLine {
  int page = 0;  // index into pages
  Box box;
  std::vector<Fragment> fragments;
};

std::vector<Fragment> Fragments(const Page& page, const std::vector<int>& ids) {
  std::vector<Fragment> fragments;
  for (int id : ids) {
    const Word& word = page.words[static_cast<std::size_t>(id)];
    if (!fragments.empty()) {
      const Word& previous = page.words[static_cast<std::size_t>(fragments.back().word_ids.back())];
      const double em = std::max(FontSizeOf(previous), FontSizeOf(word));
      if (word.box.x0 - previous.box.x1 <= kCellGapEm * em) {
        Fragment& last = fragments.back();
        last.word_ids.push_back(id);
        last.box = Box{std::min(last.box.x0, word.box.x0), std::min(last.box.y0, word.box.y0),
                       std::max(last.box.x1, word.box.x1), std::max(last.box.y1, word.box.y1)};
        last.text += ' ';
        last.text += word.text;
        continue;
      }
    }
    fragments.push_back(Fragment{word.box, {id}, word.text});
  }
  return fragments;
}

// Every page's eligible lines: body words only (no headers, footers,
// footnotes, markers).
std::vector<std::vector<PageLine>> EligibleLines(const std::vector<Page>& pages) {
  std::vector<std::vector<PageLine>> all(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    std::vector<bool> include(page.words.size(), true);
    auto exclude = [&](const std::vector<TextLine>& lines) {
      for (const TextLine& line : lines) {
        for (const Token& token : line.tokens) {
          for (int id : token.word_ids) include[static_cast<std::size_t>(id)] = false;
        }
      }
    };
    for (const TextBlock& block : page.blocks) {
      if (block.kind == BlockKind::kHeader || block.kind == BlockKind::kFooter ||
          block.kind == BlockKind::kFootnote) {
        exclude(block.lines);
      }
    }
    for (const Footnote& note : page.footnotes) exclude(note.lines);
    for (const FootnoteMarker& marker : page.markers) include[static_cast<std::size_t>(marker.word_id)] = false;
    for (const VisualLine& line : BuildVisualLines(page.words, include)) {
      PageLine page_line{static_cast<int>(p), line.core, Fragments(page, line.word_ids)};
      for (const Fragment& fragment : page_line.fragments) {
        page_line.box = Box{std::min(page_line.box.x0, fragment.box.x0),
                            std::min(page_line.box.y0, fragment.box.y0),
                            std::max(page_line.box.x1, fragment.box.x1),
                            std::max(page_line.box.y1, fragment.box.y1)};
      }
      all[p].push_back(std::move(page_line));
    }
  }
  return all;
}

double Overlap(const Box& a, const Box& b) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
}

// The columns a header line names, or nothing if it is not a header: at
// least two year cells, a label cell first, and short cells only.
std::optional<std::vector<TableColumn>> HeaderColumns(const Page& page, const PageLine& line,
                                                      const TableRules& rules) {
  if (line.fragments.size() < 3) return std::nullopt;
  int years = 0;
  for (const Fragment& fragment : line.fragments) {
    if (fragment.word_ids.size() > 4) return std::nullopt;  // prose, not a header cell
    if (rules.HeaderYear(fragment.text) != 0) ++years;
  }
  if (years < 2 || rules.HeaderYear(line.fragments.front().text) != 0) return std::nullopt;
  std::vector<TableColumn> columns;
  for (std::size_t i = 0; i < line.fragments.size(); ++i) {
    const Fragment& fragment = line.fragments[i];
    TableColumn column;
    column.header = fragment.text;
    column.header_box = fragment.box;
    column.header_page = page.number;
    column.role = rules.HeaderRole(fragment.text, i == 0);
    column.year = column.role == ColumnRole::kYear ? rules.HeaderYear(fragment.text) : 0;
    columns.push_back(column);
  }
  return columns;
}

bool SameHeader(const std::vector<TableColumn>& a, const std::vector<TableColumn>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].header != b[i].header) return false;
  }
  return true;
}

// The column a fragment belongs to, or -1 if it fits none or spans two.
int ColumnOf(const Fragment& fragment, const std::vector<TableColumn>& columns, double em) {
  int best = -1;
  double best_overlap = 0;
  int spanned = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Box& header = columns[c].header_box;
    const double overlap = Overlap(fragment.box, header);
    if (overlap > kSpanShare * header.width()) ++spanned;
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = static_cast<int>(c);
    }
  }
  // Label text reaches far right of its short header; anything that covers
  // a second header is prose across the table.
  if (spanned > 1) return -1;
  if (best >= 0) return best;
  // No overlap: the nearest header within reach (a short number far right
  // in a wide column).
  double best_distance = kColumnReachEm * em;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Box& header = columns[c].header_box;
    const double distance = std::max(header.x0 - fragment.box.x1, fragment.box.x0 - header.x1);
    if (distance < best_distance) {
      best_distance = distance;
      best = static_cast<int>(c);
    }
  }
  // A label column's text starts at its header; text right of the label
  // header but short of the next column still is the label's.
  if (best < 0 && fragment.box.x0 >= columns[0].header_box.x0 - em &&
      (columns.size() < 2 || fragment.box.x1 <= columns[1].header_box.x0)) {
    best = 0;
  }
  return best;
}

struct TableLine;
bool HasValues(const TableLine& line, const std::vector<TableColumn>& columns);
std::string LabelText(const Page& page, const TableLine& line);

struct TableLine {
  int page = 0;
  Box box;
  std::vector<std::vector<int>> words_by_column;  // word ids per column
  std::vector<Box> boxes_by_column;
};

std::optional<TableLine> FitLine(const Page& page, const PageLine& line,
                                 const std::vector<TableColumn>& columns) {
  TableLine fitted{line.page, line.box, std::vector<std::vector<int>>(columns.size()),
                   std::vector<Box>(columns.size())};
  for (const Fragment& fragment : line.fragments) {
    const double em = FontSizeOf(page.words[static_cast<std::size_t>(fragment.word_ids.front())]);
    const int column = ColumnOf(fragment, columns, em);
    if (column < 0) return std::nullopt;
    auto& ids = fitted.words_by_column[static_cast<std::size_t>(column)];
    Box& box = fitted.boxes_by_column[static_cast<std::size_t>(column)];
    box = ids.empty() ? fragment.box
                      : Box{std::min(box.x0, fragment.box.x0), std::min(box.y0, fragment.box.y0),
                            std::max(box.x1, fragment.box.x1), std::max(box.y1, fragment.box.y1)};
    ids.insert(ids.end(), fragment.word_ids.begin(), fragment.word_ids.end());
  }
  return fitted;
}

std::string LabelText(const Page& page, const TableLine& line) {
  std::string text;
  for (int id : line.words_by_column[0]) {
    if (!text.empty()) text += ' ';
    text += page.words[static_cast<std::size_t>(id)].text;
  }
  return text;
}

bool HasValues(const TableLine& line, const std::vector<TableColumn>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if ((columns[c].role == ColumnRole::kYear || columns[c].role == ColumnRole::kRowTotal) &&
        !line.words_by_column[c].empty()) {
      return true;
    }
  }
  return false;
}

// Whether the first line of a page continues a table from the page before
// when no header is repeated: it fits the columns and carries amounts, an
// ordinal or a total label, or goes on with a lower-case word (a label cut
// by the page break).
bool ContinuesTable(const Page& page, const PageLine& line,
                    const std::vector<TableColumn>& columns, const TableRules& rules) {
  std::optional<TableLine> fitted = FitLine(page, line, columns);
  if (!fitted) return false;
  const std::string label = LabelText(page, *fitted);
  // Lower case, Danish letters included (UTF-8 æ ø å: C3 A6, C3 B8, C3 A5).
  const bool lower = !label.empty() &&
                     ((label[0] >= 'a' && label[0] <= 'z') ||
                      (label.size() > 1 && label[0] == '\xC3' &&
                       (label[1] == '\xA6' || label[1] == '\xB8' || label[1] == '\xA5')));
  return HasValues(*fitted, columns) || !rules.Ordinal(label).empty() ||
         rules.IsTotalLabel(label) || rules.IsSubsetLabel(label) || lower;
}

// Groups the table's lines into rows (see the header comment).
std::vector<std::vector<const TableLine*>> GroupRows(const std::vector<Page>& pages,
                                                     const std::vector<TableLine>& lines,
                                                     const std::vector<TableColumn>& columns,
                                                     const TableRules& rules) {
  bool has_ordinals = false;
  for (const TableLine& line : lines) {
    if (!rules.Ordinal(LabelText(pages[static_cast<std::size_t>(line.page)], line)).empty()) {
      has_ordinals = true;
    }
  }
  std::vector<std::vector<const TableLine*>> rows;
  bool row_has_values = false;
  for (const TableLine& line : lines) {
    const std::string label = LabelText(pages[static_cast<std::size_t>(line.page)], line);
    const bool values = HasValues(line, columns);
    bool starts_row = rows.empty() || !rules.Ordinal(label).empty() || rules.IsTotalLabel(label) ||
                      rules.IsSubsetLabel(label);
    if (!starts_row && !has_ordinals) starts_row = row_has_values && (values || !label.empty());
    if (starts_row) {
      rows.emplace_back();
      row_has_values = false;
    }
    rows.back().push_back(&line);
    row_has_values = row_has_values || values;
  }
  return rows;
}

Table BuildTable(const std::vector<Page>& pages, std::vector<TableColumn> columns,
                 const std::vector<TableLine>& lines, const TableRules& rules,
                 std::vector<TextLine> caption) {
  Table table;
  table.columns = std::move(columns);
  table.caption_lines = std::move(caption);
  table.first_page = table.columns.front().header_page;
  table.last_page = pages[static_cast<std::size_t>(lines.back().page)].number;
  table.box = table.columns.front().header_box;
  for (const TableColumn& column : table.columns) {
    table.box = Box{std::min(table.box.x0, column.header_box.x0), std::min(table.box.y0, column.header_box.y0),
                    std::max(table.box.x1, column.header_box.x1), std::max(table.box.y1, column.header_box.y1)};
  }
  for (const auto& row_lines : GroupRows(pages, lines, table.columns, rules)) {
    TableRow row;
    row.cells.resize(table.columns.size());
    for (const TableLine* line : row_lines) {
      const Page& page = pages[static_cast<std::size_t>(line->page)];
      if (page.number == table.first_page) {
        table.box = Box{std::min(table.box.x0, line->box.x0), std::min(table.box.y0, line->box.y0),
                        std::max(table.box.x1, line->box.x1), std::max(table.box.y1, line->box.y1)};
      }
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const std::vector<int>& ids = line->words_by_column[c];
        if (ids.empty()) continue;
        TableCell& cell = row.cells[c];
        const Box& box = line->boxes_by_column[c];
        if (cell.page == 0) {
          cell.page = page.number;
          cell.box = box;
        } else if (cell.page == page.number) {
          cell.box = Box{std::min(cell.box.x0, box.x0), std::min(cell.box.y0, box.y0),
                         std::max(cell.box.x1, box.x1), std::max(cell.box.y1, box.y1)};
        }
        TextLine text_line;
        text_line.box = box;
        text_line.tokens = BuildTokens(page.words, ids, page.word_gap_em);
        cell.lines.push_back(std::move(text_line));
      }
    }
    const TableCell& label = row.cells[0];
    std::string label_text;
    for (const TextLine& text_line : label.lines) {
      for (const Token& token : text_line.tokens) label_text += (label_text.empty() ? "" : " ") + token.text;
    }
    row.is_total = rules.IsTotalLabel(label_text);
    row.is_subset = !row.is_total && rules.IsSubsetLabel(label_text);
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Caption lines just above a header: a few, close above it, and none from
// a table above (lines at or above `min_index` are taken).
std::vector<TextLine> Caption(const Page& page, const std::vector<PageLine>& page_lines,
                              std::size_t header_index, std::size_t min_index) {
  std::vector<TextLine> caption;
  const Box& header = page_lines[header_index].box;
  const double reach = kCaptionReachLines * header.height();
  double bottom = header.y0;
  for (std::size_t i = header_index; i-- > min_index && caption.size() < kMaxCaptionLines;) {
    const PageLine& line = page_lines[i];
    if (bottom - line.box.y1 > reach) break;
    std::vector<int> ids;
    for (const Fragment& fragment : line.fragments) {
      ids.insert(ids.end(), fragment.word_ids.begin(), fragment.word_ids.end());
    }
    TextLine text_line;
    text_line.box = line.box;
    text_line.tokens = BuildTokens(page.words, ids, page.word_gap_em);
    caption.insert(caption.begin(), std::move(text_line));
    bottom = line.box.y0;
  }
  return caption;
}

}  // namespace

std::vector<Table> DetectTables(const std::vector<Page>& pages, const TableRules& rules) {
  std::vector<std::vector<PageLine>> lines = EligibleLines(pages);
  std::vector<Table> tables;
  std::size_t p = 0, i = 0;
  // Where the last table ended: captions do not reach into it.
  std::size_t table_end_page = 0, table_end_line = 0;
  while (p < pages.size()) {
    if (i >= lines[p].size()) {
      ++p;
      i = 0;
      continue;
    }
    auto columns = HeaderColumns(pages[p], lines[p][i], rules);
    if (!columns) {
      ++i;
      continue;
    }
    std::vector<TextLine> caption =
        Caption(pages[p], lines[p], i, p == table_end_page ? table_end_line : 0);
    std::vector<TableLine> body;
    std::size_t q = p, j = i + 1;
    double previous_bottom = lines[p][i].box.y1;
    while (true) {
      if (j >= lines[q].size()) {
        // Off the bottom of the page: the table may go on at the top of
        // the next, after a repeated header or straight on.
        if (q + 1 >= pages.size() || lines[q + 1].empty()) break;
        const PageLine& top = lines[q + 1].front();
        std::size_t start = 0;
        if (auto repeated = HeaderColumns(pages[q + 1], top, rules)) {
          if (!SameHeader(*repeated, *columns)) break;  // another table
          start = 1;
        } else if (!ContinuesTable(pages[q + 1], top, *columns, rules)) {
          break;
        }
        ++q;
        j = start;
        previous_bottom = j > 0 ? lines[q][0].box.y1 : lines[q].front().box.y0;
        continue;
      }
      const PageLine& line = lines[q][j];
      const double gap = line.box.y0 - previous_bottom;
      if (gap > kMaxRowGapLines * line.box.height()) break;
      if (HeaderColumns(pages[q], line, rules)) break;  // the next table
      std::optional<TableLine> fitted = FitLine(pages[q], line, *columns);
      if (!fitted) break;
      // After a total row only more amounts belong to the table; a line of
      // text there is what follows the table (a heading, a note).
      if (!body.empty() && !HasValues(*fitted, *columns)) {
        const TableLine& last = body.back();
        if (rules.IsTotalLabel(LabelText(pages[static_cast<std::size_t>(last.page)], last))) break;
      }
      body.push_back(std::move(*fitted));
      previous_bottom = line.box.y1;
      ++j;
    }
    if (body.empty()) {  // a header-like line with nothing below it
      ++i;
      continue;
    }
    tables.push_back(BuildTable(pages, std::move(*columns), body, rules, std::move(caption)));
    table_end_page = q;
    table_end_line = j;
    p = q;
    i = j;
  }
  return tables;
}

}  // namespace afstem
