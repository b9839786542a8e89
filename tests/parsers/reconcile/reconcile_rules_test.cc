// The reconciliation rules (parsers/reconcile/reconcile.h) over hand-built records:
// each rule's findings, root-cause attribution, unreadable parts, subtotals,
// negative amounts, round figures.

#include <catch2/catch.hpp>

#include "parsers/money/amount_interval.h"
#include "parsers/reconcile/reconcile.h"
#include "parsers/money/table_number.h"

namespace afstem {
namespace {

// A table from its header and rows of printed texts. A row whose label
// starts with "I alt", "Total" or "Samlet" is a total row. Headers that are
// years become year columns, "I alt" the row-total column.
Table MakeTable(std::int64_t unit_dkk, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows) {
  Table table;
  table.first_page = 2;
  table.unit = unit_dkk == 1'000 ? "1.000 kr." : "mio. kr.";
  table.unit_dkk = unit_dkk;
  table.unit_source = Basis::kStated;
  for (std::size_t c = 0; c < header.size(); ++c) {
    TableColumn column;
    column.header = header[c];
    if (c == 0) {
      column.role = ColumnRole::kLabel;
    } else if (header[c] == "I alt") {
      column.role = ColumnRole::kRowTotal;
    } else {
      column.role = ColumnRole::kYear;
      column.year = std::stoi(header[c]);
    }
    table.columns.push_back(column);
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    TableRow row;
    const std::string& label = rows[r][0];
    row.is_total = label.rfind("I alt", 0) == 0 || label.rfind("Total", 0) == 0 || label.rfind("Samlet", 0) == 0;
    for (std::size_t c = 0; c < header.size(); ++c) {
      TableCell cell;
      cell.text = rows[r][c];
      if (!cell.text.empty()) {
        cell.page = 2;
        cell.box = Box{100.0 + 50.0 * static_cast<double>(c), 100.0 + 20.0 * static_cast<double>(r),
                       140.0 + 50.0 * static_cast<double>(c), 110.0 + 20.0 * static_cast<double>(r)};
      }
      if (c > 0 && !cell.text.empty()) {
        ParsedNumber number = ParseTableNumber(cell.text);
        if (!number.error.empty()) {
          cell.problem = number.error;
        } else if (!number.empty) {
          cell.value = number.value;
        }
      }
      row.cells.push_back(cell);
    }
    table.rows.push_back(row);
  }
  return table;
}

std::vector<Finding> Of(const std::vector<Finding>& findings, Rule rule) {
  std::vector<Finding> selected;
  for (const Finding& finding : findings) {
    if (finding.rule == rule) selected.push_back(finding);
  }
  return selected;
}

TEST_CASE("table_column_sum: a total row cell off by 100", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Indsats", "2024", "2025"},
                                      {{"1. A", "1.200", "800"},
                                       {"2. B", "850", ""},
                                       {"3. C", "400", "-"},
                                       {"Samlet", "2.450", "900"}}));
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  const Finding& finding = findings[0];
  CHECK(finding.rule == Rule::kTableColumnSum);
  CHECK(finding.severity == Severity::kError);
  CHECK(finding.year == 2025);
  CHECK(finding.stated_dkk == 900'000);
  CHECK(finding.computed_dkk == 800'000);
  CHECK(finding.tolerance_dkk == 1'000.0);  // "800" and "900", ±500 each
  CHECK(finding.page == 2);
  CHECK(finding.box == Box{200, 160, 240, 170});
  CHECK(finding.table == 0);
  CHECK(finding.row == 3);
  CHECK(finding.column == 2);
  REQUIRE(finding.parts.size() == 1);  // the empty cell and the dash are nothing
  CHECK(finding.parts[0].label == "row 1");
  CHECK(finding.parts[0].amount_dkk == 800'000);
  CHECK(finding.label == "table 1 (p. 2), \"Samlet\", 2025");
  CHECK(finding.message ==
        "stated 900.000 kr., but the sum of its 1 row is 800.000 kr.: 100.000 kr. more than the parts, "
        "where rounding of the printed figures explains at most ±1.000 kr.");
}

TEST_CASE("table_column_sum: an unreadable cell makes a warning, not an error", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Indsats", "2024"},
                                      {{"1. A", "1.200"}, {"2. B", "8S0"}, {"Samlet", "2.050"}}));
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kTableColumnSum);
  CHECK(findings[0].severity == Severity::kWarning);
  CHECK(findings[0].stated_dkk == 2'050'000);
  CHECK(findings[0].computed_dkk == 1'200'000);
  REQUIRE(findings[0].parts.size() == 2);
  CHECK_FALSE(findings[0].parts[1].amount_dkk.has_value());
  CHECK(findings[0].parts[1].text == "8S0");
}

TEST_CASE("table_column_sum: subtotals and a grand total under them", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Post", "2025"},
                                      {{"Drift A", "100"},
                                       {"Drift B", "200"},
                                       {"I alt drift", "300"},
                                       {"Anlæg C", "1.000"},
                                       {"I alt anlæg", "1.000"},
                                       {"Total", "1.300"}}));
  CHECK(Reconcile(document).empty());
  // A wrong grand total is measured against the subtotals of its level,
  // never their items again.
  document.tables[0].rows[5].cells[1].value = 1'400;
  document.tables[0].rows[5].cells[1].text = "1.400";
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].row == 5);
  CHECK(findings[0].computed_dkk == 1'300'000);
  CHECK(findings[0].parts.size() == 2);
}

TEST_CASE("table_column_sum: a \"heraf\" row is part of the row above", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Post", "2025"},
                                      {{"1. Sprogcentre", "1.000"},
                                       {"heraf frie midler", "300"},
                                       {"2. Tolke", "500"},
                                       {"I alt", "1.500"}}));
  document.tables[0].rows[1].is_subset = true;
  CHECK(Reconcile(document).empty());
}

TEST_CASE("table_row_sum: one row total in mio. kr. off by 0,1, reported once", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000'000, {"Gruppe", "2024", "2025", "2026", "I alt"},
                                      {{"1. A", "0,75", "0,75", "0,75", "2,25"},
                                       {"2. B", "1,70", "1,70", "1,70", "5,20"},
                                       {"3. C", "0,55", "0,55", "0,55", "1,65"},
                                       {"I alt", "3,00", "3,00", "3,00", "9,00"}}));
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);  // the grand total's column mismatch has this root
  CHECK(findings[0].rule == Rule::kTableRowSum);
  CHECK(findings[0].severity == Severity::kError);
  CHECK_FALSE(findings[0].year.has_value());
  CHECK(findings[0].stated_dkk == 5'200'000);
  CHECK(findings[0].computed_dkk == 5'100'000);
  CHECK(findings[0].tolerance_dkk == 20'000.0);
  CHECK(findings[0].row == 1);
  CHECK(findings[0].column == 4);
}

TEST_CASE("table_grand_total: a wrong grand total cell is one finding", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Indsats", "2024", "2025", "I alt"},
                                      {{"1. A", "100", "200", "300"},
                                       {"2. B", "-50", "(25)", "-75"},
                                       {"I alt", "50", "175", "325"}}));
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kTableGrandTotal);
  CHECK(findings[0].stated_dkk == 325'000);
  CHECK(findings[0].computed_dkk == 225'000);
  CHECK(findings[0].label == "table 1 (p. 2), \"I alt\", I alt vs the total row");
}

TEST_CASE("table_grand_total: a wrong year total is reported at its column only", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000, {"Indsats", "2024", "2025", "I alt"},
                                      {{"1. A", "100", "200", "300"},
                                       {"2. B", "50", "25", "75"},
                                       {"I alt", "250", "225", "375"}}));
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kTableColumnSum);
  CHECK(findings[0].year == 2024);
  CHECK(findings[0].stated_dkk == 250'000);
  CHECK(findings[0].computed_dkk == 150'000);
}

TEST_CASE("table sums: values rounded to one decimal are no error", "[parsers][reconcile]") {
  ExtractedDocument document;
  document.tables.push_back(MakeTable(1'000'000, {"Gruppe", "2024", "2025", "I alt"},
                                      {{"1. A", "0,8", "0,8", "1,5"},
                                       {"2. B", "1,7", "1,7", "3,4"},
                                       {"3. C", "0,6", "0,6", "1,1"},
                                       {"I alt", "3,0", "3,0", "6,0"}}));
  CHECK(Reconcile(document).empty());
}

// A document with one group: "… til en samlet værdi af {total} kr." over
// bullets of the given amounts (exact kroner), year 2025.
ExtractedDocument GroupDocument(std::int64_t total, const std::vector<std::int64_t>& bullets) {
  ExtractedDocument document;
  StatedTotal group;
  group.scope = TotalScope::kGroup;
  group.label = "2. Videreførelse af eksisterende civilsamfundsinitiativer";
  group.year = 2025;
  group.amount_dkk = total;
  group.page = 2;
  group.box = Box{70, 70, 420, 112};
  for (std::int64_t amount : bullets) {
    Initiative bullet;
    bullet.origin = Origin::kText;
    bullet.title = "Bullet " + std::to_string(amount);
    bullet.page = 2;
    group.parts.push_back(static_cast<int>(document.initiatives.size()));
    if (amount > 0) {
      Allocation allocation;
      allocation.initiative = static_cast<int>(document.initiatives.size());
      allocation.year = 2025;
      allocation.amount_dkk = amount;
      allocation.origin = Origin::kText;
      allocation.page = 2;
      document.allocations.push_back(allocation);
    }
    document.initiatives.push_back(bullet);
  }
  document.stated_totals.push_back(group);
  return document;
}

TEST_CASE("group_sum: a group total that disagrees with its bullets", "[parsers][reconcile]") {
  CHECK(Reconcile(GroupDocument(1'700'000, {350'000, 350'000, 500'000, 500'000})).empty());
  const std::vector<Finding> findings = Reconcile(GroupDocument(1'900'000, {350'000, 350'000, 500'000, 500'000}));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kGroupSum);
  CHECK(findings[0].severity == Severity::kError);
  CHECK(findings[0].year == 2025);
  CHECK(findings[0].stated_dkk == 1'900'000);
  CHECK(findings[0].computed_dkk == 1'700'000);
  CHECK(findings[0].tolerance_dkk == 0.0);
  CHECK(findings[0].stated_total == 0);
  CHECK(findings[0].parts.size() == 4);
}

TEST_CASE("group_sum: a bullet without an amount makes the sum incomplete", "[parsers][reconcile]") {
  const std::vector<Finding> findings = Reconcile(GroupDocument(1'700'000, {350'000, 0, 500'000, 500'000}));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::kWarning);
  CHECK(findings[0].computed_dkk == 1'350'000);
  CHECK(findings[0].parts[1].text == "no amount for 2025");
}

TEST_CASE("group_sum: without a year, a yearly bullet counts once or every year", "[parsers][reconcile]") {
  // "samlet værdi af 750.000 kr." over "300.000 kr. årligt i 2024-2026" and
  // "450.000 kr. i 2024": the printed amounts add up.
  ExtractedDocument document = GroupDocument(750'000, {300'000, 450'000});
  document.stated_totals[0].year.reset();
  for (int year : {2025, 2026}) {
    Allocation again = document.allocations[0];
    again.year = year;
    document.allocations.insert(document.allocations.begin() + 1, again);
  }
  CHECK(Reconcile(document).empty());
  // 1.350.000 kr. is every year's allocations: that reading agrees too.
  document.stated_totals[0].amount_dkk = 1'350'000;
  CHECK(Reconcile(document).empty());
  // 900.000 kr. is neither: reported against the closest reading.
  document.stated_totals[0].amount_dkk = 900'000;
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].computed_dkk == 750'000);
  CHECK(findings[0].parts.size() == 2);
}

// GroupDocument plus a headline "afsat {headline} årligt" for 2025.
ExtractedDocument WithHeadline(ExtractedDocument document, PrintedAmount headline) {
  StatedTotal total;
  total.scope = TotalScope::kDocument;
  total.label = "BIU har afsat 3 mio. kr. årligt i frie midler 2024-2026";
  total.year = 2025;
  total.amount_dkk = headline.dkk;
  total.precision_dkk = headline.precision_dkk;
  total.round_figure = headline.round_figure;
  total.page = 1;
  document.stated_totals.push_back(total);
  return document;
}

TEST_CASE("document_sum: a round headline against exact groups is read exactly", "[parsers][reconcile]") {
  const PrintedAmount three_million{3'000'000, 500'000, true};
  // Groups 750.000 + 1.700.000 + 550.000 add up.
  ExtractedDocument document = GroupDocument(1'700'000, {1'700'000});
  for (std::int64_t amount : {750'000, 550'000}) {
    StatedTotal group = document.stated_totals[0];
    group.amount_dkk = amount;
    group.parts.clear();
    document.stated_totals.push_back(group);
  }
  CHECK(Of(Reconcile(WithHeadline(document, three_million)), Rule::kDocumentSum).empty());
  // Groups of 3.200.000 kr. against "3 mio.": exact, so 200.000 kr. off.
  document.stated_totals[1].amount_dkk = 950'000;
  const std::vector<Finding> findings = Of(Reconcile(WithHeadline(document, three_million)), Rule::kDocumentSum);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kDocumentSum);
  CHECK(findings[0].stated_dkk == 3'000'000);
  CHECK(findings[0].computed_dkk == 3'200'000);
  CHECK(findings[0].tolerance_dkk == 0.0);
  CHECK(findings[0].label == "document total, 2025");
}

TEST_CASE("document_sum: a group's own error is not reported twice", "[parsers][reconcile]") {
  // Group stated 1.900.000 over bullets of 1.700.000; headline 3 mio.
  // against groups 1.900.000 + 1.100.000 … the headline matches the bullets.
  ExtractedDocument document = GroupDocument(1'900'000, {350'000, 350'000, 500'000, 500'000});
  StatedTotal other = document.stated_totals[0];
  other.amount_dkk = 1'300'000;
  other.parts.clear();
  document.stated_totals.push_back(other);
  const std::vector<Finding> findings = Reconcile(WithHeadline(document, {3'000'000, 500'000, true}));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == Rule::kGroupSum);
  // The second group has no bullets: a warning, not a silent pass.
  CHECK(findings[1].rule == Rule::kGroupSum);
  CHECK(findings[1].severity == Severity::kWarning);
  CHECK(Of(findings, Rule::kDocumentSum).empty());
}

TEST_CASE("document_sum: a year nothing divides is not checked, and says so", "[parsers][reconcile]") {
  ExtractedDocument document = WithHeadline(ExtractedDocument{}, {3'000'000, 500'000, true});
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == Rule::kDocumentSum);
  CHECK(findings[0].severity == Severity::kInfo);
  CHECK_FALSE(findings[0].computed_dkk.has_value());
}

TEST_CASE("implausible_amount and unit_inferred flag for a person", "[parsers][reconcile]") {
  ExtractedDocument document;
  ProseMoney money;
  money.page = 3;
  money.text = "250.000 mia. kr.";
  money.amount_dkk = 250'000'000'000'000;
  money.unit = "mia. kr.";
  money.implausible = true;
  document.prose_money.push_back(money);
  document.tables.push_back(MakeTable(1'000, {"Indsats", "2024"}, {{"1. A", "100"}}));
  document.tables[0].unit_source = Basis::kInferred;
  document.tables[0].unit_note = "no unit printed";
  const std::vector<Finding> findings = Reconcile(document);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == Rule::kImplausibleAmount);
  CHECK(findings[0].severity == Severity::kWarning);
  CHECK(findings[0].stated_dkk == 250'000'000'000'000);
  CHECK(findings[0].page == 3);
  CHECK(findings[1].rule == Rule::kUnitInferred);
  CHECK(findings[1].severity == Severity::kInfo);
  CHECK(findings[1].table == 0);
  CHECK(findings[1].message == "the table prints no unit; its amounts are read in 1.000 kr. (no unit printed).");
}

TEST_CASE("every rule is named and described", "[parsers][reconcile]") {
  std::vector<std::string> names;
  for (const ReconcileRule& rule : ReconcileRules()) {
    names.emplace_back(rule.name());
    CHECK_FALSE(rule.summary.empty());
  }
  CHECK(names == std::vector<std::string>{"table_column_sum", "table_row_sum", "table_grand_total", "group_sum",
                                          "document_sum", "implausible_amount", "unit_inferred",
                                          "no_text_layer", "damaged_pdf"});
}

}  // namespace
}  // namespace afstem
