// Table detection from word geometry (table_detector.h).

#include "parsers/tables/table_detector.h"

#include <algorithm>
#include <optional>

#include "parsers/layout/token_builder.h"
#include "parsers/tables/table_geometry.h"
#include "parsers/text/icu_text.h"

namespace afstem {
namespace {

// A vertical gap larger than this many line heights ends a table.
constexpr double kMaxRowGapLines = 3.0;
// Lines above a table's first row that may be its header, and how far
// apart they may stand (line heights).
constexpr std::size_t kMaxHeaderLines = 5;
constexpr double kHeaderReachLines = 2.5;
// Text-only lines in a row inside a table (section labels, a label's
// lines): more is prose. Lines that stay left of the value columns (a
// narrow label column's multi-line cells) may run longer.
constexpr int kMaxTextRun = 3;
constexpr int kMaxLabelRun = 8;
// A header cell belongs to a column when it covers this share of the
// column's width; covering two columns so makes it a spanning cell.
constexpr double kCoverShare = 0.3;
// How far above the header (in line heights) caption lines are looked for,
// and how many: a caption line and a sentence or two about the table.
constexpr double kCaptionReachLines = 2.5;
constexpr std::size_t kMaxCaptionLines = 4;
// A unit line on the page ("Mio. kr.") has at most this many words.
constexpr std::size_t kMaxUnitLineWords = 4;

struct Pos {
  std::size_t page = 0, line = 0;
};

// A column's horizontal extent: the union of its value cells.
struct Span {
  double x0 = 0, x1 = 0;
  double width() const { return x1 - x0; }
};

double SpanOverlap(const Span& span, const Box& box) {
  return std::min(span.x1, box.x1) - std::max(span.x0, box.x0);
}

// Merges the value cells' extents into columns: right-aligned numbers of
// one column overlap each other; neighbouring columns do not.
std::vector<Span> MergeSpans(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.x0 < b.x0; });
  std::vector<Span> merged;
  for (const Span& span : spans) {
    if (!merged.empty() && span.x0 < merged.back().x1) {
      merged.back().x1 = std::max(merged.back().x1, span.x1);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

// Whether a value line's cells stand in the columns found so far: at least
// one overlaps, and none crosses from one column into the next.
bool Fits(const PageLine& line, const std::vector<Span>& spans) {
  if (spans.empty()) return true;
  bool any = false;
  for (int v : line.values) {
    const Box& box = line.fragments[static_cast<std::size_t>(v)].box;
    int covered = 0;
    for (const Span& span : spans) {
      if (SpanOverlap(span, box) > 0) ++covered;
    }
    if (covered > 1) return false;
    any = any || covered == 1;
  }
  return any;
}

// Every value cell in exactly one column found so far: a line on a new
// page that goes on with the same table, not one that merely shares a
// column edge.
bool FitsEvery(const PageLine& line, const std::vector<Span>& spans) {
  for (int v : line.values) {
    const Box& box = line.fragments[static_cast<std::size_t>(v)].box;
    int covered = 0;
    for (const Span& span : spans) {
      if (SpanOverlap(span, box) > 0) ++covered;
    }
    if (covered != 1) return false;
  }
  return !line.values.empty();
}

void AddSpans(const PageLine& line, std::vector<Span>& spans) {
  for (int v : line.values) {
    const Box& box = line.fragments[static_cast<std::size_t>(v)].box;
    spans.push_back(Span{box.x0, box.x1});
  }
  spans = MergeSpans(std::move(spans));
}

std::size_t WordCount(const Fragment& fragment) { return fragment.word_ids.size(); }

// A text line that runs across the value columns with sentence-long text:
// prose after (or beside) the table, not one of its rows.
bool CrossesValues(const PageLine& line, const std::vector<Span>& spans) {
  if (spans.empty()) return false;
  for (std::size_t f = 0; f < line.fragments.size(); ++f) {
    const Fragment& fragment = line.fragments[f];
    if (fragment.number) continue;
    for (const Span& span : spans) {
      if (SpanOverlap(span, fragment.box) > 0.5 * line.em && WordCount(fragment) > 3) return true;
    }
  }
  return false;
}

// Text right of every column (a funding column, a note beside the table)
// is its own column; text that starts left of the last value column and
// reaches into the values is the label's (a long label).
bool RightOf(const Fragment& fragment, const std::vector<Span>& spans) {
  return !spans.empty() && fragment.box.x0 >= spans.back().x1;
}

// The line's fragments that sit among the value columns: values, and
// text cells that are not numbers (kept, and reported later).
struct Region {
  std::vector<Pos> lines;  // text lines kept only between value lines
  std::vector<Span> spans;
  int value_lines = 0;
  int labelled_value_lines = 0;
};

const PageLine& At(const std::vector<std::vector<PageLine>>& all, Pos pos) {
  return all[pos.page][pos.line];
}

// "13. Faste møder", "7) Tilskud": a numbered row.
bool StartsWithOrdinal(const PageLine& line) {
  if (line.fragments.empty()) return false;
  const std::string& text = line.fragments.front().text;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits >= 1 && digits <= 3 && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
         (digits + 1 == text.size() || text[digits + 1] == ' ');
}

// Grows a table from its first value line: later lines join while they are
// close, their values stand in the columns, and text lines between them are
// few and short. Over a page break: when the table reached the page's foot,
// the next page's first value lines join if they fit, after a repeated
// header.
Region GrowRegion(const std::vector<std::vector<PageLine>>& all, Pos start) {
  Region region;
  region.lines.push_back(start);
  const PageLine& first = At(all, start);
  AddSpans(first, region.spans);
  region.value_lines = 1;
  region.labelled_value_lines = first.label_begin >= 0 ? 1 : 0;
  std::vector<Pos> pending;
  bool numbered = StartsWithOrdinal(first);  // rows start with "1.", "2." …
  Pos previous = start;
  Pos cursor{start.page, start.line + 1};
  while (true) {
    if (cursor.line >= all[cursor.page].size()) {
      // The page ends: go on only when the table reached its foot.
      // Text lines after the last row count only as that row's label
      // going on in lower case.
      // In a numbered table every line in the label column goes on with
      // the row above, whatever its case.
      bool continuations = true;
      for (const Pos& p : pending) {
        const PageLine& text = At(all, p);
        bool in_label = !text.fragments.empty();
        for (const Fragment& fragment : text.fragments) {
          in_label = in_label && (fragment.box.x1 <= region.spans.front().x0 || RightOf(fragment, region.spans));
        }
        const bool lower = !text.fragments.empty() && StartsWithLowercase(text.fragments.front().text);
        continuations = continuations && (lower || (numbered && in_label));
      }
      if (!continuations || cursor.page + 1 >= all.size()) break;
      const std::vector<PageLine>& next = all[cursor.page + 1];
      std::size_t j = 0;
      // A repeated header: a few text or year lines over the columns.
      while (j < next.size() && j < static_cast<std::size_t>(kMaxLabelRun) && !next[j].IsValueLine()) ++j;
      if (j >= next.size() || !FitsEvery(next[j], region.spans)) break;
      // A repeated header stands over the same columns.
      bool header_repeated = false;
      for (std::size_t h = 0; h < j; ++h) {
        header_repeated = header_repeated || (next[h].IsYearLine() && FitsEvery(next[h], region.spans));
      }
      // Without a repeated header, only a label's lower-case continuation
      // may stand before the first row.
      if (!header_repeated) {
        // Or a numbered row without amounts ("13. Faste møder …") and its
        // lines, in the label column.
        bool continuation = true;
        for (std::size_t h = 0; h < j; ++h) {
          const PageLine& text = next[h];
          bool in_label = !text.fragments.empty();
          for (const Fragment& fragment : text.fragments) {
            in_label = in_label && (fragment.box.x1 <= region.spans.front().x0 || RightOf(fragment, region.spans));
          }
          const bool lower = !text.fragments.empty() && StartsWithLowercase(text.fragments.front().text);
          if (h == 0) {
            continuation = lower || (in_label && StartsWithOrdinal(text));
          } else {
            continuation = continuation && in_label;
          }
        }
        if (!continuation) break;
        for (std::size_t h = 0; h < j; ++h) pending.push_back(Pos{cursor.page + 1, h});
      }
      cursor = Pos{cursor.page + 1, j};
      previous = cursor;
      // The first line of the new page is taken without a gap test.
      const PageLine& line = At(all, cursor);
      for (const Pos& pos : pending) region.lines.push_back(pos);
      pending.clear();
      region.lines.push_back(cursor);
      AddSpans(line, region.spans);
      ++region.value_lines;
      if (line.label_begin >= 0) ++region.labelled_value_lines;
      ++cursor.line;
      continue;
    }
    const PageLine& line = At(all, cursor);
    const PageLine& above = At(all, previous);
    const double gap = line.box.y0 - above.box.y1;
    if (gap > kMaxRowGapLines * std::max(line.box.height(), line.em)) break;
    if (line.IsYearLine()) break;  // the next table's header
    bool beside = true;  // values only right of every column: a text column's number
    for (int v : line.values) beside = beside && RightOf(line.fragments[static_cast<std::size_t>(v)], region.spans);
    if (line.IsValueLine() && !(beside && line.label_begin >= 0)) {
      if (!Fits(line, region.spans)) break;
      for (const Pos& pos : pending) region.lines.push_back(pos);
      pending.clear();
      region.lines.push_back(cursor);
      AddSpans(line, region.spans);
      ++region.value_lines;
      if (line.label_begin >= 0) ++region.labelled_value_lines;
      numbered = numbered || StartsWithOrdinal(line);
    } else {
      bool label_only = true;
      for (const Fragment& fragment : line.fragments) {
        label_only = label_only && (fragment.box.x1 <= region.spans.front().x0 || RightOf(fragment, region.spans));
      }
      const int run = label_only ? kMaxLabelRun : kMaxTextRun;
      if (static_cast<int>(pending.size()) >= run || CrossesValues(line, region.spans)) break;
      pending.push_back(cursor);
    }
    previous = cursor;
    ++cursor.line;
  }
  return region;
}

// Whether a grown region is a table: two rows in two columns, or three
// rows of one column, and labels on most rows (a chart's axis ticks have
// none).
bool IsTable(const Region& region) {
  if (region.value_lines < 2) return false;
  if (region.spans.size() < 2 && region.value_lines < 3) return false;
  return 2 * region.labelled_value_lines >= region.value_lines;
}

// The columns a header fragment covers.
std::vector<int> CoveredSpans(const Box& box, const std::vector<Span>& spans, double em) {
  std::vector<int> covered;
  for (std::size_t s = 0; s < spans.size(); ++s) {
    const double overlap = SpanOverlap(spans[s], box);
    if (overlap > kCoverShare * std::min(spans[s].width(), box.width())) covered.push_back(static_cast<int>(s));
  }
  // A word centred over the gap between two columns is a cell spanning
  // both ("Budget" over "2024 | 2025").
  const double centre = (box.x0 + box.x1) / 2;
  for (std::size_t s = 0; s + 1 < spans.size(); ++s) {
    if (centre > spans[s].x1 && centre < spans[s + 1].x0 && box.x1 > spans[s].x1 - em &&
        box.x0 < spans[s + 1].x0 + em && (covered.empty() || covered.front() == static_cast<int>(s) ||
                                          covered.front() == static_cast<int>(s + 1))) {
      return {static_cast<int>(s), static_cast<int>(s + 1)};
    }
  }
  if (!covered.empty()) return covered;
  // A short header beside its column: the nearest within reach.
  double best = em;
  int nearest = -1;
  for (std::size_t s = 0; s < spans.size(); ++s) {
    const double distance = std::max(spans[s].x0 - box.x1, box.x0 - spans[s].x1);
    if (distance < best) {
      best = distance;
      nearest = static_cast<int>(s);
    }
  }
  if (nearest >= 0) covered.push_back(nearest);
  return covered;
}

// A fragment in the label zone: it ends left of the first column.
bool InLabelZone(const Fragment& fragment, const std::vector<Span>& spans) {
  return fragment.box.x1 <= spans.front().x0 ||
         (fragment.box.x0 < spans.front().x0 && !fragment.number &&
          SpanOverlap(spans.front(), fragment.box) < 0.5 * fragment.box.width());
}

// The header lines above a table's first row: close non-value lines over
// the columns, below any caption. Returns the index of the topmost header
// line (first_line when there is none) and the index where section labels
// between header and rows begin.
struct HeaderBlock {
  std::size_t top = 0;     // first header line
  std::size_t bottom = 0;  // one past the last header line
};

HeaderBlock FindHeader(const std::vector<PageLine>& lines, std::size_t first_line, std::size_t min_index,
                       const std::vector<Span>& spans) {
  HeaderBlock header{first_line, first_line};
  bool found = false;
  std::size_t looked = 0;
  double top = lines[first_line].box.y0;
  for (std::size_t j = first_line; j-- > min_index && looked < kMaxHeaderLines; ++looked) {
    const PageLine& line = lines[j];
    if (line.IsValueLine()) break;
    if (top - line.box.y1 > kHeaderReachLines * std::max(line.box.height(), line.em)) break;
    bool over_columns = false, prose = false;
    for (const Fragment& fragment : line.fragments) {
      if ((fragment.box.x0 + fragment.box.x1) / 2 < spans.front().x0) continue;  // the label's header
      if (RightOf(fragment, spans) && !line.IsYearLine()) continue;
      if (WordCount(fragment) > 4) prose = true;
      const std::size_t covered = CoveredSpans(fragment.box, spans, line.em).size();
      // A title over several columns ("Grundejerforeningen Pomosa 2025"):
      // a caption; a spanning header cell is a word or two ("Budget").
      if (covered >= 2 && WordCount(fragment) >= 3) prose = true;
      if (covered > 0) over_columns = true;
    }
    if (prose) break;
    if (over_columns) {
      if (!found) header.bottom = j + 1;
      found = true;
      header.top = j;
    } else if (found) {
      break;  // a label-only line above the header: the caption
    }
    top = line.box.y0;
  }
  return header;
}

std::vector<TextLine> LinesAsText(const Page& page, const std::vector<PageLine>& lines, std::size_t begin,
                                  std::size_t end) {
  std::vector<TextLine> out;
  for (std::size_t i = begin; i < end; ++i) {
    std::vector<int> ids;
    for (const Fragment& fragment : lines[i].fragments) {
      ids.insert(ids.end(), fragment.word_ids.begin(), fragment.word_ids.end());
    }
    TextLine text_line;
    text_line.box = lines[i].box;
    text_line.tokens = BuildTokens(page.words, ids, page.word_gap_em);
    out.push_back(std::move(text_line));
  }
  return out;
}

// Caption lines just above the header: a few, close above it, and none from
// a table above (lines at or above `min_index` are not taken).
std::vector<TextLine> Caption(const Page& page, const std::vector<PageLine>& lines, std::size_t header_top,
                              std::size_t min_index) {
  std::size_t begin = header_top;
  double bottom = lines[header_top].box.y0;
  for (std::size_t i = header_top; i-- > min_index && header_top - i <= kMaxCaptionLines;) {
    const PageLine& line = lines[i];
    if (bottom - line.box.y1 > kCaptionReachLines * std::max(line.box.height(), line.em)) break;
    if (line.IsValueLine()) break;
    begin = i;
    bottom = line.box.y0;
  }
  return LinesAsText(page, lines, begin, header_top);
}

// A short line above the table on its page that states a unit alone
// ("Mio. kr." printed once under the page title): its text, else "".
std::string PageUnitText(const std::vector<PageLine>& lines, std::size_t header_top) {
  for (std::size_t i = 0; i < header_top; ++i) {
    const PageLine& line = lines[i];
    std::size_t words = 0;
    std::string text;
    for (const Fragment& fragment : line.fragments) {
      words += WordCount(fragment);
      if (!text.empty()) text += ' ';
      text += fragment.text;
    }
    if (words > 0 && words <= kMaxUnitLineWords && line.values.empty()) {
      if (!text.empty()) return text;  // the semantics stage decides whether it names a unit
    }
  }
  return "";
}

// Column layout of one table: label, optional lead (note) column, value
// columns, optional trailing text column.
struct Layout {
  std::vector<Span> spans;
  // Where labels start: text further left is a neighbouring text column
  // on the same baselines (prose beside a table), not the table's.
  double label_x0 = 0;
  bool lead = false;
  bool lead_ordinals = false;  // the lead numbers count the rows: they are ordinals
  bool trailing = false;
  std::size_t ValueColumn(std::size_t s) const { return 1 + (lead && !lead_ordinals ? 1 : 0) + s; }
  std::size_t LeadColumn() const { return 1; }
  std::size_t TrailingColumn() const { return ValueColumn(spans.size()); }
  std::size_t Count() const { return TrailingColumn() + (trailing ? 1 : 0); }
};

// Lead numbers that count the rows ("1", "2.", "3)"): ordinals.
bool CountsRows(const std::vector<std::string>& leads) {
  int expected = 0;
  for (const std::string& text : leads) {
    std::string digits;
    for (char c : text) {
      if (c >= '0' && c <= '9') digits += c;
      else if (c != '.' && c != ')') return false;
    }
    if (digits.empty() || digits.size() > 3) return false;
    const int n = std::stoi(digits);
    if (expected != 0 && n != expected) return false;
    expected = n + 1;
  }
  return !leads.empty();
}

struct TableLine {
  int page = 0;
  Box box;
  double em = 0;  // font size
  std::vector<std::vector<int>> words_by_column;
  std::vector<Box> boxes_by_column;
  bool text_only = true;
  bool starts_lower = false;
  std::string label;
};

void Put(TableLine& line, std::size_t column, const Fragment& fragment) {
  auto& ids = line.words_by_column[column];
  Box& box = line.boxes_by_column[column];
  box = ids.empty() ? fragment.box : Union(box, fragment.box);
  ids.insert(ids.end(), fragment.word_ids.begin(), fragment.word_ids.end());
}

std::size_t SpanFor(const Box& box, const std::vector<Span>& spans) {
  std::size_t best = 0;
  double best_score = -1e300;
  for (std::size_t s = 0; s < spans.size(); ++s) {
    const double overlap = SpanOverlap(spans[s], box);
    if (overlap > best_score) {
      best_score = overlap;
      best = s;
    }
  }
  return best;
}

TableLine Assign(const Page& page, const PageLine& line, const Layout& layout) {
  TableLine out;
  out.page = line.page;
  out.box = line.box;
  out.em = line.em;
  out.words_by_column.resize(layout.Count());
  out.boxes_by_column.resize(layout.Count());
  const int label_begin = line.label_begin < 0 ? static_cast<int>(line.fragments.size()) : line.label_begin;
  for (std::size_t f = 0; f < line.fragments.size(); ++f) {
    const Fragment& fragment = line.fragments[f];
    const bool is_value = std::find(line.values.begin(), line.values.end(), static_cast<int>(f)) != line.values.end();
    if (!is_value && fragment.box.x1 < layout.label_x0) continue;  // beside the table
    if (static_cast<int>(f) < label_begin && !is_value) {
      Put(out, layout.lead && !layout.lead_ordinals ? layout.LeadColumn() : 0, fragment);
    } else if (!is_value && InLabelZone(fragment, layout.spans)) {
      Put(out, 0, fragment);
    } else if (RightOf(fragment, layout.spans) && layout.trailing) {
      Put(out, layout.TrailingColumn(), fragment);
    } else {
      Put(out, layout.ValueColumn(SpanFor(fragment.box, layout.spans)), fragment);
    }
    if (is_value) out.text_only = false;
  }
  for (int id : out.words_by_column[0]) {
    if (!out.label.empty()) out.label += ' ';
    out.label += page.words[static_cast<std::size_t>(id)].text;
  }
  out.starts_lower = StartsWithLowercase(out.label);
  return out;
}

// Groups the table's lines into rows. In a table with ordinals a row starts
// at an ordinal, a total or a "heraf" label, and every other line continues
// it. Otherwise a row is one line with values, with the label lines that
// belong to it: a text line before it when the value line's label goes on
// in lower case ("Af- og nedskrivninger på immaterielle og" / "materielle
// aktiver 557"), a lower-case text line after it. Other text lines are
// section labels ("Drift", "Fordeles således:"): no row.
std::vector<std::vector<const TableLine*>> GroupRows(const std::vector<TableLine>& lines,
                                                     const TableRules& rules) {
  bool has_ordinals = false;
  for (const TableLine& line : lines) has_ordinals = has_ordinals || !rules.Ordinal(line.label).empty();
  std::vector<std::vector<const TableLine*>> rows;
  if (has_ordinals) {
    for (const TableLine& line : lines) {
      const bool starts = rows.empty() || !rules.Ordinal(line.label).empty() || rules.IsTotalLabel(line.label) ||
                          rules.IsSubsetLabel(line.label);
      if (starts) rows.emplace_back();
      rows.back().push_back(&line);
    }
    return rows;
  }
  std::vector<const TableLine*> pending;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TableLine& line = lines[i];
    if (line.text_only) {
      const bool continues_previous = !rows.empty() && pending.empty() && line.starts_lower;
      if (continues_previous) {
        rows.back().push_back(&line);
      } else {
        pending.push_back(&line);
      }
      continue;
    }
    // The label's first lines: the text line just before, when this line's
    // label continues it (lower case, or no label on the value line).
    const bool joins = !pending.empty() && (line.starts_lower || line.words_by_column[0].empty());
    // The other text lines are section labels: rows of their own, without
    // values (BuildTable keeps them only to read indentation).
    for (std::size_t k = 0; k + (joins ? 1 : 0) < pending.size(); ++k) rows.push_back({pending[k]});
    rows.emplace_back();
    if (joins) rows.back().push_back(pending.back());
    pending.clear();
    rows.back().push_back(&line);
  }
  return rows;
}

Table BuildTable(const std::vector<Page>& pages, std::vector<TableColumn> columns,
                 const std::vector<TableLine>& lines, const TableRules& rules) {
  Table table;
  table.columns = std::move(columns);
  table.first_page = pages[static_cast<std::size_t>(lines.front().page)].number;
  table.last_page = pages[static_cast<std::size_t>(lines.back().page)].number;
  table.box = lines.front().box;
  for (const TableColumn& column : table.columns) {
    if (column.header_page == table.first_page && column.header_box.width() > 0) {
      table.box = Union(table.box, column.header_box);
    }
  }
  // Indentation: a row whose label starts an em or more right of the row
  // above it with values, with no section label between, breaks that row
  // down ("Landbrug" / "  Fiskeri", "  Planteavl"): a part, not an item.
  struct Parent {
    double x0;
    bool has_values;
  };
  std::vector<Parent> parents;  // less indented rows above, outermost first
  for (const auto& row_lines : GroupRows(lines, rules)) {
    const TableLine& head = *row_lines.front();
    bool section = true;
    for (const TableLine* line : row_lines) {
      section = section && line->text_only;
      for (std::size_t c = 1; c < line->words_by_column.size(); ++c) section = section && line->words_by_column[c].empty();
    }
    double label_x0 = 1e300;
    // Indents are a character or two; OCR boxes wander more than that.
    const bool ocr = pages[static_cast<std::size_t>(head.page)].text_source != TextSource::kPdf;
    const double indent = (ocr ? 1.0 : 0.4) * head.em;
    for (const TableLine* line : row_lines) {
      if (!line->words_by_column[0].empty()) {
        label_x0 = line->boxes_by_column[0].x0;
        break;
      }
    }
    bool indented_part = false;
    if (label_x0 < 1e300) {
      while (!parents.empty() && parents.back().x0 > label_x0 - indent) parents.pop_back();
      indented_part = !parents.empty() && parents.back().has_values && !section;
      parents.push_back(Parent{label_x0, !section});
    }
    if (section && rules.Ordinal(head.label).empty()) continue;
    TableRow row;
    row.cells.resize(table.columns.size());
    for (const TableLine* line : row_lines) {
      const Page& page = pages[static_cast<std::size_t>(line->page)];
      if (page.number == table.first_page) table.box = Union(table.box, line->box);
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const std::vector<int>& ids = line->words_by_column[c];
        if (ids.empty()) continue;
        TableCell& cell = row.cells[c];
        const Box& box = line->boxes_by_column[c];
        if (cell.page == 0) {
          cell.page = page.number;
          cell.box = box;
        } else if (cell.page == page.number) {
          cell.box = Union(cell.box, box);
        }
        TextLine text_line;
        text_line.box = box;
        text_line.tokens = BuildTokens(page.words, ids, page.word_gap_em);
        cell.lines.push_back(std::move(text_line));
      }
    }
    std::string label_text;
    for (const TextLine& text_line : row.cells[0].lines) {
      for (const Token& token : text_line.tokens) label_text += (label_text.empty() ? "" : " ") + token.text;
    }
    row.is_total = rules.IsTotalLabel(label_text);
    row.is_subset = !row.is_total && (rules.IsSubsetLabel(label_text) || indented_part);
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Builds the table of a region: its columns (with header texts stacked
// from the header lines, spanning cells given to each column they span),
// its lines assigned to columns, its rows.
std::optional<Table> RegionTable(const std::vector<Page>& pages, const std::vector<std::vector<PageLine>>& all,
                                 const Region& region, std::size_t min_index, const TableRules& rules) {
  const Pos first = region.lines.front();
  const Page& page = pages[first.page];
  const std::vector<PageLine>& lines = all[first.page];
  Layout layout;
  layout.spans = region.spans;
  std::vector<std::string> leads;
  for (const Pos& pos : region.lines) {
    const PageLine& line = At(all, pos);
    for (int f = 0; f < line.label_begin; ++f) {
      layout.lead = true;
      leads.push_back(line.fragments[static_cast<std::size_t>(f)].text);
    }
    for (std::size_t f = 0; f < line.fragments.size(); ++f) {
      const Fragment& fragment = line.fragments[f];
      if (!fragment.number && static_cast<int>(f) >= line.label_begin && RightOf(fragment, layout.spans)) {
        layout.trailing = true;
      }
    }
  }
  layout.lead_ordinals = layout.lead && CountsRows(leads);
  // A column where text outnumbers numbers is a text column ("Integrations-
  // bevilling", "Udgift afholdt i 2022 (0.465)"): the last such columns
  // become the trailing text column.
  while (layout.spans.size() > 1) {
    const Span& last = layout.spans.back();
    int numbers = 0, texts = 0;
    for (const Pos& pos : region.lines) {
      const PageLine& line = At(all, pos);
      for (std::size_t f = 0; f < line.fragments.size(); ++f) {
        const Fragment& fragment = line.fragments[f];
        if (static_cast<int>(f) < line.label_begin || SpanOverlap(last, fragment.box) <= 0) continue;
        if (fragment.number) ++numbers;
        else if (static_cast<int>(f) > line.label_begin) ++texts;
      }
    }
    if (texts <= numbers) break;
    layout.spans.pop_back();
    layout.trailing = true;
  }
  // The label column's left edge: the leftmost start of the text right
  // before a row's first value (a label split in two fragments starts
  // further left than its second part, and is found on other rows).
  layout.label_x0 = layout.spans.front().x0;
  for (const Pos& pos : region.lines) {
    const PageLine& line = At(all, pos);
    if (line.values.empty() || line.label_begin < 0) continue;
    int before = line.values.front() - 1;
    while (before >= line.label_begin && line.fragments[static_cast<std::size_t>(before)].number) --before;
    if (before < line.label_begin) continue;
    double x0 = line.fragments[static_cast<std::size_t>(before)].box.x0;
    // Fragments of the same label close before it (within a few ems).
    for (int f = before - 1; f >= line.label_begin; --f) {
      const Box& box = line.fragments[static_cast<std::size_t>(f)].box;
      if (x0 - box.x1 > 3 * line.em) break;
      x0 = box.x0;
    }
    layout.label_x0 = std::min(layout.label_x0, x0);
  }
  if (layout.lead) {
    for (const Pos& pos : region.lines) {
      const PageLine& line = At(all, pos);
      for (int f = 0; f < line.label_begin; ++f) {
        layout.label_x0 = std::min(layout.label_x0, line.fragments[static_cast<std::size_t>(f)].box.x0);
      }
    }
  }
  layout.label_x0 -= 1.0;
  // Section labels and a first label line between the header and the
  // first row belong to the table.
  const HeaderBlock header = FindHeader(lines, first.line, min_index, layout.spans);
  // A year in the header over no value: a column left empty ("no money
  // was set aside in 2023"), still a column of the table.
  for (std::size_t j = header.top; j < header.bottom; ++j) {
    for (const Fragment& fragment : lines[j].fragments) {
      if (!fragment.year || fragment.box.x0 < layout.label_x0) continue;
      bool over = false;
      for (const Span& span : layout.spans) over = over || SpanOverlap(span, fragment.box) > 0;
      if (!over && !RightOf(fragment, layout.spans)) {
        layout.spans.push_back(Span{fragment.box.x0, fragment.box.x1});
        std::sort(layout.spans.begin(), layout.spans.end(),
                  [](const Span& a, const Span& b) { return a.x0 < b.x0; });
      }
    }
  }
  std::vector<TableColumn> columns(layout.Count());
  std::vector<std::string> texts(layout.Count());
  std::vector<Box> boxes(layout.Count());
  std::vector<bool> boxed(layout.Count(), false);
  auto add = [&](std::size_t c, const Fragment& fragment) {
    if (!texts[c].empty()) texts[c] += ' ';
    texts[c] += fragment.text;
    boxes[c] = boxed[c] ? Union(boxes[c], fragment.box) : fragment.box;
    boxed[c] = true;
  };
  for (std::size_t j = header.top; j < header.bottom; ++j) {
    const PageLine& line = lines[j];
    for (const Fragment& fragment : line.fragments) {
      if (fragment.box.x1 < layout.label_x0) continue;  // beside the table
      // A header cell wider than its column ("Regnskab 2022" over
      // "31.600") stands over the column its middle is over.
      if ((fragment.box.x0 + fragment.box.x1) / 2 < layout.spans.front().x0) {
        add(0, fragment);
        continue;
      }
      if (RightOf(fragment, layout.spans) && layout.trailing) {
        add(layout.TrailingColumn(), fragment);
        continue;
      }
      for (int s : CoveredSpans(fragment.box, layout.spans, line.em)) {
        add(layout.ValueColumn(static_cast<std::size_t>(s)), fragment);
      }
    }
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    TableColumn& column = columns[c];
    column.header = texts[c];
    column.header_page = page.number;
    if (boxed[c]) {
      column.header_box = boxes[c];
    } else {
      const Box& row = lines[first.line].box;
      column.header_box = Box{row.x0, row.y0, row.x0, row.y0};
    }
    const bool value_column = c >= layout.ValueColumn(0) && c < layout.TrailingColumn();
    if (c == 0) {
      column.role = ColumnRole::kLabel;
    } else if (value_column) {
      column.role = rules.HeaderRole(column.header, false);
      if (column.role == ColumnRole::kFunding || column.role == ColumnRole::kLabel) column.role = ColumnRole::kOther;
    } else {
      column.role = rules.HeaderRole(column.header, false) == ColumnRole::kFunding ? ColumnRole::kFunding
                                                                                   : ColumnRole::kOther;
    }
    column.year = column.role == ColumnRole::kYear ? rules.HeaderYear(column.header) : 0;
  }
  for (std::size_t s = 0; s < layout.spans.size(); ++s) {
    TableColumn& column = columns[layout.ValueColumn(s)];
    if (!boxed[layout.ValueColumn(s)]) {
      const Box& row = lines[first.line].box;
      column.header_box = Box{layout.spans[s].x0, row.y0, layout.spans[s].x1, row.y0};
    }
  }
  // Lines of the table: section labels under the header, then the region.
  std::vector<TableLine> table_lines;
  auto keep = [&](TableLine line) {
    for (const auto& ids : line.words_by_column) {
      if (!ids.empty()) {
        table_lines.push_back(std::move(line));
        return;
      }
    }
  };
  for (std::size_t j = header.bottom; j < first.line; ++j) {
    if (header.bottom == first.line) break;
    keep(Assign(page, lines[j], layout));
  }
  for (const Pos& pos : region.lines) keep(Assign(pages[pos.page], At(all, pos), layout));
  Table table = BuildTable(pages, std::move(columns), table_lines, rules);
  const std::size_t caption_end = header.top;
  table.caption_lines = Caption(page, lines, caption_end, min_index);
  table.page_unit_text = PageUnitText(lines, caption_end);
  return table;
}

}  // namespace

std::vector<Table> DetectTables(const std::vector<Page>& pages, const TableRules& rules) {
  const std::vector<std::vector<PageLine>> all = TableLines(pages);
  std::vector<Table> tables;
  Pos pos{0, 0};
  // Where the last table ended: headers and captions do not reach into it.
  Pos table_end{0, 0};
  while (pos.page < all.size()) {
    if (pos.line >= all[pos.page].size()) {
      ++pos.page;
      pos.line = 0;
      continue;
    }
    if (!all[pos.page][pos.line].IsValueLine()) {
      ++pos.line;
      continue;
    }
    const Region region = GrowRegion(all, pos);
    if (!IsTable(region)) {
      ++pos.line;
      continue;
    }
    const std::size_t min_index = pos.page == table_end.page ? table_end.line : 0;
    if (std::optional<Table> table = RegionTable(pages, all, region, min_index, rules)) {
      tables.push_back(std::move(*table));
    }
    const Pos last = region.lines.back();
    table_end = Pos{last.page, last.line + 1};
    pos = table_end;
  }
  return tables;
}

}  // namespace afstem
