// The closed vocabularies of the records (records.h) as enums, each with ONE
// table of its string forms: the words the store writes and reads, the CLI
// accepts and docs/schema.md lists (tests/schema/store/schema_doc_test.cc checks the doc
// against these tables). Add a value by adding an enumerator and its row.
//
//   ToString(Severity::kWarning)          -> "warning"
//   FromString<Severity>("warning")       -> Severity::kWarning
//   FromString<Severity>("fatal")         -> std::nullopt (never a default)
//   for (const auto& term : Terms<Origin>()) ...  // every value, in order
//
// Everything here is constexpr and immutable: safe from any thread.
#ifndef AFSTEM_SCHEMA_MODEL_VOCABULARY_H_
#define AFSTEM_SCHEMA_MODEL_VOCABULARY_H_

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace afstem {

// How serious a finding is. The enumerators' order IS the severity order,
// most serious first; compare with MoreSerious()/AtLeast(), rank with Rank().
enum class Severity {
  kError,    // the total cannot add up at any reading of the printed figures
  kWarning,  // suspicious, or a sum with an unreadable part
  kInfo,     // for a person to confirm
};

// Where an initiative or allocation was read.
// Where a value was read: a table, prose, or either from OCR words of a
// scanned page (ingest/extract/ocr_pages.h).
enum class Origin { kTable, kText, kOcr };

// What a stated total sums.
enum class TotalScope {
  kTableColumn,  // a total row's year cell
  kTableRow,     // an "I alt" column cell
  kGroup,        // a group's "samlet værdi" over the bullets under it
  kDocument,     // the document's headline amount for a year
};

// What an amount is (PRODUCT.md): budget (a bare year, "Budget 2025"), a
// corrected budget, a forecast, or the actual figure of an account
// ("Regnskab 2023", "R2023", a bank's or an association's annual accounts).
enum class AmountBasis { kBudget, kCorrectedBudget, kForecast, kActual };

// How a unit or year was known: printed, or inferred from context.
enum class Basis { kStated, kInferred };

// What a table column holds.
enum class ColumnRole {
  kLabel,     // the first column: ordinal and title ("Indsats", "Post")
  kYear,      // a year ("2025"): one allocation per cell
  kRowTotal,  // "I alt", "Total": the row's stated total
  kFunding,   // "Finansiering": funding source text and link
  kOther,
};

// What a table row is (TableRow keeps it as is_total / is_subset; RowKindOf).
enum class RowKind {
  kItem,    // an initiative or post
  kTotal,   // "Samlet", "I alt", "Total", …
  kSubset,  // "heraf …": part of the row above, not summed
};

// What a block of text is on its page (see parsers/layout/layout.h).
enum class BlockKind {
  kBody,      // a paragraph, or a table cell
  kHeading,   // bold or larger than the body font, at most a few lines
  kListItem,  // starts with a bullet or a label ("•", "1.", "A.", "a)")
  kHeader,    // running header: repeated at the top of pages, or a page number
  kFooter,    // running footer: repeated at the bottom of pages, or "3/6"
  kFootnote,  // small text at the page bottom starting with its number
};

// What an amount written in prose became.
enum class MoneyRole { kAllocation, kGroupTotal, kDocumentTotal, kMention };

// The reconcile rules (parsers/reconcile/reconcile.cc registers one function each).
enum class Rule {
  kTableColumnSum,
  kTableRowSum,
  kTableGrandTotal,
  kGroupSum,
  kDocumentSum,
  kImplausibleAmount,
  kUnitInferred,
  kNoTextLayer,
  kDamagedPdf,
};

// What a page is, from what is drawn on it (ingest/extract/page_kind.h).
enum class PageKind {
  kText,     // a text layer, with or without small pictures
  kScanned,  // no text layer, an image covering most of the page: a scan
  kMixed,    // a text layer and a large image (a scan with OCR text, a photo page with captions)
  kBlank,    // nothing drawn, or nothing but tiny marks
  kFigure,   // pictures or drawings without text that are not a page scan
};

// Where a page's words come from: the PDF's text layer, OCR of its scan
// (ingest/extract/ocr_pages.h), or nowhere (a blank, figure or unreadable
// scanned page).
enum class TextSource { kPdf, kOcr, kNone };

// Where a document's title was read (parsers/structure/document_header.h):
// printed on page 1, the PDF's /Title when page 1 prints none and it is no
// junk ("Microsoft Word - Dokument1", a file name), or nowhere.
enum class TitleSource { kPage, kMetadata, kNone };

// What a drawn graphic is (ingest/extract/graphics_classify.h).
enum class GraphicKind {
  kRule,       // a horizontal or vertical line: stroked, or a thin filled rectangle
  kRectangle,  // an axis-aligned rectangle: a cell or box outline, or a filled background
  kMarker,     // a small filled disc, square or diamond: a list bullet
  kImage,      // the box of a placed image
  kShape,      // any other painted path (a diagonal line, a curve, a chart's sector): its bounding box
};

// One value and its string form.
template <typename E>
struct Term {
  E value;
  std::string_view name;
};

// Vocabulary<E>::kName names the vocabulary (for messages);
// Vocabulary<E>::kTerms lists every value once, in enumerator order.
template <typename E>
struct Vocabulary;

template <>
struct Vocabulary<Severity> {
  static constexpr std::string_view kName = "severity";
  static constexpr std::array<Term<Severity>, 3> kTerms = {{
      {Severity::kError, "error"},
      {Severity::kWarning, "warning"},
      {Severity::kInfo, "info"},
  }};
};

template <>
struct Vocabulary<Origin> {
  static constexpr std::string_view kName = "origin";
  static constexpr std::array<Term<Origin>, 3> kTerms = {{
      {Origin::kTable, "table"},
      {Origin::kText, "text"},
      {Origin::kOcr, "ocr"},
  }};
};

template <>
struct Vocabulary<TotalScope> {
  static constexpr std::string_view kName = "scope";
  static constexpr std::array<Term<TotalScope>, 4> kTerms = {{
      {TotalScope::kTableColumn, "table_column"},
      {TotalScope::kTableRow, "table_row"},
      {TotalScope::kGroup, "group"},
      {TotalScope::kDocument, "document"},
  }};
};

template <>
struct Vocabulary<TitleSource> {
  static constexpr std::string_view kName = "title source";
  static constexpr std::array<Term<TitleSource>, 3> kTerms = {{
      {TitleSource::kPage, "page"},
      {TitleSource::kMetadata, "metadata"},
      {TitleSource::kNone, "none"},
  }};
};

template <>
struct Vocabulary<AmountBasis> {
  static constexpr std::string_view kName = "amount basis";
  static constexpr std::array<Term<AmountBasis>, 4> kTerms = {{
      {AmountBasis::kBudget, "budget"},
      {AmountBasis::kCorrectedBudget, "corrected_budget"},
      {AmountBasis::kForecast, "forecast"},
      {AmountBasis::kActual, "actual"},
  }};
};

template <>
struct Vocabulary<Basis> {
  static constexpr std::string_view kName = "basis";
  static constexpr std::array<Term<Basis>, 2> kTerms = {{
      {Basis::kStated, "stated"},
      {Basis::kInferred, "inferred"},
  }};
};

template <>
struct Vocabulary<ColumnRole> {
  static constexpr std::string_view kName = "column role";
  static constexpr std::array<Term<ColumnRole>, 5> kTerms = {{
      {ColumnRole::kLabel, "label"},
      {ColumnRole::kYear, "year"},
      {ColumnRole::kRowTotal, "row_total"},
      {ColumnRole::kFunding, "funding"},
      {ColumnRole::kOther, "other"},
  }};
};

template <>
struct Vocabulary<RowKind> {
  static constexpr std::string_view kName = "row kind";
  static constexpr std::array<Term<RowKind>, 3> kTerms = {{
      {RowKind::kItem, "item"},
      {RowKind::kTotal, "total"},
      {RowKind::kSubset, "subset"},
  }};
};

template <>
struct Vocabulary<BlockKind> {
  static constexpr std::string_view kName = "block kind";
  static constexpr std::array<Term<BlockKind>, 6> kTerms = {{
      {BlockKind::kBody, "body"},
      {BlockKind::kHeading, "heading"},
      {BlockKind::kListItem, "list_item"},
      {BlockKind::kHeader, "header"},
      {BlockKind::kFooter, "footer"},
      {BlockKind::kFootnote, "footnote"},
  }};
};

template <>
struct Vocabulary<MoneyRole> {
  static constexpr std::string_view kName = "prose amount role";
  static constexpr std::array<Term<MoneyRole>, 4> kTerms = {{
      {MoneyRole::kAllocation, "allocation"},
      {MoneyRole::kGroupTotal, "group_total"},
      {MoneyRole::kDocumentTotal, "document_total"},
      {MoneyRole::kMention, "mention"},
  }};
};

template <>
struct Vocabulary<Rule> {
  static constexpr std::string_view kName = "rule";
  static constexpr std::array<Term<Rule>, 9> kTerms = {{
      {Rule::kTableColumnSum, "table_column_sum"},
      {Rule::kTableRowSum, "table_row_sum"},
      {Rule::kTableGrandTotal, "table_grand_total"},
      {Rule::kGroupSum, "group_sum"},
      {Rule::kDocumentSum, "document_sum"},
      {Rule::kImplausibleAmount, "implausible_amount"},
      {Rule::kUnitInferred, "unit_inferred"},
      {Rule::kNoTextLayer, "no_text_layer"},
      {Rule::kDamagedPdf, "damaged_pdf"},
  }};
};

template <>
struct Vocabulary<PageKind> {
  static constexpr std::string_view kName = "page kind";
  static constexpr std::array<Term<PageKind>, 5> kTerms = {{
      {PageKind::kText, "text"},
      {PageKind::kScanned, "scanned"},
      {PageKind::kMixed, "mixed"},
      {PageKind::kBlank, "blank"},
      {PageKind::kFigure, "figure"},
  }};
};

template <>
struct Vocabulary<TextSource> {
  static constexpr std::string_view kName = "text source";
  static constexpr std::array<Term<TextSource>, 3> kTerms = {{
      {TextSource::kPdf, "pdf"},
      {TextSource::kOcr, "ocr"},
      {TextSource::kNone, "none"},
  }};
};

template <>
struct Vocabulary<GraphicKind> {
  static constexpr std::string_view kName = "graphic kind";
  static constexpr std::array<Term<GraphicKind>, 5> kTerms = {{
      {GraphicKind::kRule, "rule"},
      {GraphicKind::kRectangle, "rectangle"},
      {GraphicKind::kMarker, "marker"},
      {GraphicKind::kImage, "image"},
      {GraphicKind::kShape, "shape"},
  }};
};

// Every value of E with its string form, in enumerator order.
template <typename E>
constexpr std::span<const Term<E>> Terms() {
  return Vocabulary<E>::kTerms;
}

// The one string form of `value`.
template <typename E>
constexpr std::string_view ToString(E value) {
  for (const Term<E>& term : Vocabulary<E>::kTerms) {
    if (term.value == value) return term.name;
  }
  return "";  // not reached: every enumerator has a row (vocabulary_test.cc)
}

// The value whose string form is `name` exactly; nullopt for any other text.
template <typename E>
constexpr std::optional<E> FromString(std::string_view name) {
  for (const Term<E>& term : Vocabulary<E>::kTerms) {
    if (term.name == name) return term.value;
  }
  return std::nullopt;
}

// The severity order, from the enumerators' order: 1 error, 2 warning,
// 3 info (as the finding_details view's severity_rank).
constexpr int Rank(Severity severity) { return static_cast<int>(severity) + 1; }
// True when `a` is more serious than `b`.
constexpr bool MoreSerious(Severity a, Severity b) { return Rank(a) < Rank(b); }
// True when `severity` is `threshold` or more serious ("warning and worse").
constexpr bool AtLeast(Severity severity, Severity threshold) {
  return Rank(severity) <= Rank(threshold);
}

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_MODEL_VOCABULARY_H_
