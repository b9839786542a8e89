// Plain records passed between pipeline stages (extract -> ... -> load).
// Geometry is in PDF points with the origin at the top-left corner of the
// page's crop box as displayed (after /Rotate), y growing downwards.
#ifndef AFSTEM_SCHEMA_MODEL_RECORDS_H_
#define AFSTEM_SCHEMA_MODEL_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schema/model/vocabulary.h"

namespace afstem {

struct Box {
  double x0 = 0;  // left
  double y0 = 0;  // top
  double x1 = 0;  // right
  double y1 = 0;  // bottom

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  bool Overlaps(const Box& other) const {
    return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
  }
  friend bool operator==(const Box&, const Box&) = default;
};

// One word as the PDF library found it. `text` is UTF-8 exactly as
// extracted (soft hyphens, ligatures and all; normalization comes later).
// Tesseract's word confidence below which an OCR word is marked uncertain
// (ocr_words.low_confidence). Clean 200-300 dpi scans give 85-97 for words
// and figures read right; misread figures, smudges and stamps mostly fall
// below 60. A marked word is still used: dropping it would lose a number.
inline constexpr double kLowOcrConfidence = 60;

struct Word {
  std::string text;
  Box box;
  bool space_after = false;  // the library saw a space after this word
  std::string font_name;     // e.g. "LiberationSans-Bold"; may be empty
  double font_size = 0;      // points; 0 when unknown (OCR: the text line's height)
  // OCR words: Tesseract's confidence, 0..100 (below kLowOcrConfidence the
  // word is kept but marked); -1 for words of the PDF's text layer.
  double confidence = -1;
  friend bool operator==(const Word&, const Word&) = default;
};

// A URI link annotation. `page` is 1-based; the box is in the coordinate
// system above, so it can be intersected with word boxes directly.
struct Link {
  int page = 0;
  Box box;
  std::string uri;
  friend bool operator==(const Link&, const Link&) = default;
};

// BlockKind, ColumnRole and the other closed vocabularies: schema/model/vocabulary.h.

// Words that read as one token: usually one word, several when extraction
// split a letter-spaced word ("mul" "ig" "t" -> "muligt").
struct Token {
  std::vector<int> word_ids;  // indices into Page::words, left to right
  std::string text;           // the words' texts concatenated, unnormalized
  friend bool operator==(const Token&, const Token&) = default;
};

struct TextLine {
  Box box;
  std::vector<Token> tokens;  // left to right; footnote markers left out
  double font_size = 0;       // median font size of its words
  bool bold = false;          // most of its characters are in a bold font
};

struct TextBlock {
  BlockKind kind = BlockKind::kBody;
  Box box;
  std::vector<TextLine> lines;  // top to bottom
  std::string label;            // list label or heading number ("•", "1.", "Tema 2:")
  int row = 0;                  // cells of one grid row share a non-zero number
  std::string text;             // normalized text (filled by normalization)
  // The innermost section the block stands in (a heading: its own), an index
  // into ExtractedDocument::sections; -1 before the first heading
  // (parsers/structure/sections.h).
  int section = -1;
  // A list item's nesting: 1 for the outermost items, 2 for items indented
  // under them, …; 0 for every other block (parsers/layout/layout.h).
  int list_level = 0;
  // A paragraph a column break cut in two (parsers/text/normalize.h): its
  // first block holds the whole paragraph's text in `paragraph`, and the
  // blocks that go on with it are marked continues_paragraph.
  std::string paragraph;
  bool continues_paragraph = false;
};

// A superscript (or small raised) footnote reference in the body text.
struct FootnoteMarker {
  int number = 0;
  int word_id = 0;  // the marker's word on the page
  Box box;
};

// A footnote printed at the bottom of a page.
struct Footnote {
  int number = 0;
  Box box;
  std::vector<TextLine> lines;  // the note's lines, number left out
  std::string text;             // normalized text (filled by normalization)
};

// Something drawn on a page that is not text (ingest/extract/graphics_classify.h).
// A rule's box is its drawn extent (its thickness across); an image's box is
// where it is placed, clipped to the page.
struct Graphic {
  GraphicKind kind = GraphicKind::kShape;
  Box box;
  double thickness = 0;  // a rule's or outline's line width in points; 0 for fills and images
  bool filled = false;   // painted by a fill (a rule from a thin filled rectangle, a fill, an image)
  friend bool operator==(const Graphic&, const Graphic&) = default;
};

struct Page {
  int number = 0;        // 1-based
  double width = 0;      // points, as displayed (after rotation)
  double height = 0;
  int rotation = 0;      // 0, 90, 180 or 270 (clockwise, from /Rotate)
  std::vector<Word> words;  // in the library's reading order
  // Drawn graphics in painting order, at most kMaxGraphicsPerPage
  // (ingest/extract/poppler_graphics.h), and what the page is.
  std::vector<Graphic> graphics;
  PageKind kind = PageKind::kText;
  // Where `words` come from. OCR pages: the words are in the upright frame of
  // the scan; ocr_rotation is how far (clockwise, 0/90/180/270) the displayed
  // page had to be turned for its text to stand upright, and width/height are
  // that upright frame's.
  TextSource text_source = TextSource::kPdf;
  int ocr_rotation = 0;
  std::string raw_text;     // words joined in reading order, one line per line
  // Layout (parsers/layout/layout.h): blocks in reading order, footnotes, markers.
  // word_gap_em: the page's typical space between words of a line, in font
  // sizes (parsers/layout/token_builder.h); 0 when too few to tell.
  double word_gap_em = 0;
  std::vector<TextBlock> blocks;
  std::vector<Footnote> footnotes;
  std::vector<FootnoteMarker> markers;
  // Normalized body text: heading, body and list blocks, paragraphs
  // separated by a blank line (parsers/text/normalize.h).
  std::string text;
};

// ---- Tables (parsers/tables/table_detector.h, parsers/tables/table_semantics.h) ----

struct TableColumn {
  std::string header;  // normalized header text
  Box header_box;
  int header_page = 0;
  ColumnRole role = ColumnRole::kOther;
  int year = 0;  // for kYear
  AmountBasis basis = AmountBasis::kBudget;  // for kYear
};

struct TableCell {
  int page = 0;                 // page of its first word (0: empty cell)
  Box box;                      // on that page
  std::vector<TextLine> lines;  // its words, line by line
  std::string text;             // normalized, lines joined
  // Parsed number of a year or total cell, in the table's unit.
  std::optional<double> value;
  std::string problem;          // why a non-empty number cell did not parse
};

struct TableRow {
  std::vector<TableCell> cells;  // one per column, empty cells included
  bool is_total = false;         // "Samlet", "I alt", "Total", "Sum", …
  bool is_subset = false;        // "heraf …": part of the row above, not summed
  // Figures that are not money (a ratio, a per-share figure, a count): no
  // allocations, and no part of any sum.
  bool not_money = false;
};

// The row's kind, from is_total and is_subset.
inline RowKind KindOf(const TableRow& row) {
  return row.is_total ? RowKind::kTotal : row.is_subset ? RowKind::kSubset : RowKind::kItem;
}

struct Table {
  int first_page = 0;
  int last_page = 0;
  Box box;                          // on the first page
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;       // in order; repeated headers left out
  std::vector<TextLine> caption_lines;  // up to four lines just above the header
  std::string caption;              // those lines, normalized
  // A short line higher on the first page that may state the unit of
  // every table below it ("Mio. kr."), raw; "" when there is none.
  std::string page_unit_text;
  std::string unit;                 // "1.000 kr.", "mio. kr.", "kr."
  std::int64_t unit_dkk = 1;        // kroner per printed unit
  Basis unit_source = Basis::kStated;  // read from header or caption, or inferred
  std::string unit_note;            // where the unit was read, or why inferred
};

// A unit of spending: a table row (origin "table"), or a bullet or section
// whose prose allocates money (origin "text").
struct Initiative {
  Origin origin = Origin::kTable;
  int table = -1;                // index into ExtractedDocument::tables, or -1
  int row = -1;                  // index into the table's rows
  std::string ordinal;           // "12"; empty when unnumbered
  std::string title;
  std::string funding_source;
  std::string funding_url;
  std::string committee;         // a committee tag of a bullet: "KFU"
  int page = 0;
  Box box;                       // the label cell, bullet or heading
  int section = -1;              // innermost section of its money, or -1
};

struct Allocation {
  int initiative = -1;           // index into ExtractedDocument::initiatives
  int year = 0;
  std::int64_t amount_dkk = 0;
  AmountBasis basis = AmountBasis::kBudget;
  std::string category;          // empty for table cells
  Origin origin = Origin::kTable;
  int page = 0;
  Box box;
  std::string unit;
  Basis unit_source = Basis::kStated;
  // "stated" when the years are printed with the amount, "inferred" when
  // they come from the document's context ("… frie midler i 2025").
  Basis year_source = Basis::kStated;
  // How exactly the printed amount is known (parsers/printed_amount.h):
  // it stands for amount_dkk ± precision_dkk. A round figure ("3 mio.") may
  // be exact or rounded; reconciliation decides from its company.
  double precision_dkk = 0;
  bool round_figure = false;
};

struct StatedTotal {
  TotalScope scope = TotalScope::kTableColumn;
  std::string label;             // "Samlet", or the row's title
  std::optional<int> year;       // none for a row total
  std::int64_t amount_dkk = 0;
  AmountBasis basis = AmountBasis::kBudget;
  int page = 0;
  Box box;
  int table = -1;
  int row = -1;
  int column = -1;               // index into the table's columns
  std::vector<int> parts;        // initiatives it sums (group totals)
  double precision_dkk = 0;      // as Allocation::precision_dkk
  bool round_figure = false;
};

// Every amount of money written in the body text, and what it became.
struct ProseMoney {
  int page = 0;
  Box box;                       // the block it stands in
  std::string text;              // as written: "2,8 mio. kr."
  std::string sentence;
  std::int64_t amount_dkk = 0;
  std::string unit;
  bool implausible = false;      // more than a municipal note allocates
  MoneyRole role = MoneyRole::kMention;  // kMention: no allocating verb
};

// One amount a finding summed, and where it is printed.
struct FindingPart {
  std::string label;                      // "row 3", "2024", a bullet's title
  std::optional<std::int64_t> amount_dkk;  // none: printed but unreadable
  std::string text;                       // as printed: "1.200", "2,8 mio. kr."
  double precision_dkk = 0;
  int page = 0;
  Box box;
  friend bool operator==(const FindingPart&, const FindingPart&) = default;
};

// What reconciliation (parsers/reconcile/reconcile.h) found: a stated total that does
// not add up, a sum it could not complete, or something a person should
// confirm. `page` and `box` locate the stated total (or the amount).
struct Finding {
  Rule rule = Rule::kTableColumnSum;
  Severity severity = Severity::kInfo;
  std::optional<int> year;
  std::optional<std::int64_t> stated_dkk;
  std::optional<std::int64_t> computed_dkk;  // the parts' sum
  double tolerance_dkk = 0;                  // |stated - computed| allowed
  std::string label;                         // where: "Tabel 2, Samlet, 2024"
  std::string message;                       // one plain sentence or two
  int page = 0;
  Box box;
  int table = -1, row = -1, column = -1;     // indices, for table rules
  int stated_total = -1;                     // index into stated_totals
  std::vector<FindingPart> parts;
  std::string parameters;                    // the rule's parameters, JSON object
  friend bool operator==(const Finding&, const Finding&) = default;
};

// Document information dictionary; empty strings / nullopt when absent.
struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;
  std::string producer;
  std::optional<std::int64_t> created_unix;   // seconds since the epoch, UTC
  std::optional<std::int64_t> modified_unix;
  std::string pdf_version;  // e.g. "1.5"
};

// ---- Document structure (parsers/structure/) ----

// What page 1 says the document is. Empty strings where it does not say.
struct DocumentHeader {
  std::string title;        // the printed title; else a PDF /Title that is no junk
  TitleSource title_source = TitleSource::kNone;
  std::string label;        // the numbering the printed title starts with: "Bilag 2:"
  std::string kind;         // "referat", "notat", … (parsers/structure/structure_rules.h)
  std::string date;         // ISO 8601 "2025-08-27"
  std::string committee;    // "Aarhus Byråd", "Udvalget for plan, udvikling og kultur"
  int page = 0;             // where the title is printed (0: not printed)
  Box box;
};

// A heading and what follows it up to the next heading of the same or a
// higher level (parsers/structure/sections.h).
struct Section {
  int parent = -1;          // index into ExtractedDocument::sections; -1: top level
  int level = 1;            // 1 = top level
  std::string label;        // the heading's numbering as printed: "Punkt 5:", "1.2", ""
  std::string number;       // its number: "5", "1.2"; empty when unnumbered
  std::string title;        // the heading without its label
  std::string heading;      // the heading as printed (label and title)
  // A part of its item (Sagsfremstilling, Økonomi, Beslutning, …): never an
  // initiative's title; its money belongs to the enclosing item.
  bool generic = false;
  int page = 0;
  Box box;
};

// Everything extraction learned about one readable PDF.
struct ExtractedDocument {
  DocumentInfo info;
  DocumentHeader header;
  std::vector<Section> sections;  // in reading order; parents before children
  std::vector<Page> pages;
  std::vector<Link> links;  // by page, then top to bottom, left to right
  std::vector<Table> tables;
  std::vector<Initiative> initiatives;
  std::vector<Allocation> allocations;
  std::vector<StatedTotal> stated_totals;
  std::vector<ProseMoney> prose_money;
  std::vector<Finding> findings;
  // Warnings from the PDF libraries (damaged xref repaired, ...), one each.
  std::vector<std::string> diagnostics;
};

// The identity and origin of an input file.
struct SourceFile {
  std::string path;       // as given or found on the command line
  std::string file_name;  // last path component
  std::string sha256;     // lowercase hex of the file's bytes
  std::int64_t size = 0;  // bytes
};

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_MODEL_RECORDS_H_
