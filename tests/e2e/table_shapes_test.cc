// Tables as other producers print them (issue 16), over two Chromium-made
// fixtures written from what documents of their kind print (their HTML
// sources say which shape each shows): an association's accounts with a
// budget (two-level header, øre, section labels, a result without a total
// word) and a financial statement (unit printed once on the page, a note
// column, expenses printed positive, subtotals found from the figures, a
// coincidence under "Fordeles således:", a per-share row, an indented
// breakdown). Every total adds up, so there is no error or warning.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

ExtractedDocument Fixture(const std::string& name) {
  return testing::ProcessPdf(testing::SourceDir() / "fixtures" / "chromium" / name);
}

// "title: basis:year=kroner" per allocation, in order.
std::vector<std::string> AllocationLines(const ExtractedDocument& document) {
  std::vector<std::string> lines;
  for (const Allocation& allocation : document.allocations) {
    lines.push_back(document.initiatives[static_cast<std::size_t>(allocation.initiative)].title + ": " +
                    std::string(ToString(allocation.basis)) + ":" + std::to_string(allocation.year) + "=" +
                    std::to_string(allocation.amount_dkk));
  }
  return lines;
}

// "label year=kroner" per stated total, in order.
std::vector<std::string> TotalLines(const ExtractedDocument& document) {
  std::vector<std::string> lines;
  for (const StatedTotal& total : document.stated_totals) {
    lines.push_back(total.label + " " + std::to_string(total.year.value_or(0)) + "=" +
                    std::to_string(total.amount_dkk));
  }
  return lines;
}

std::vector<std::string> Problems(const ExtractedDocument& document) {
  std::vector<std::string> problems;
  for (const Finding& finding : document.findings) {
    if (finding.severity != Severity::kInfo) problems.push_back(finding.label + ": " + finding.message);
  }
  return problems;
}

}  // namespace

TEST_CASE("an association's accounts with a budget: two-level header, øre, a result row", "[e2e][tables]") {
  const ExtractedDocument document = Fixture("vejlaug_regnskab_budget.pdf");
  REQUIRE(document.tables.size() == 1);
  const Table& table = document.tables[0];
  CHECK(table.unit == "kr.");
  CHECK(table.unit_source == Basis::kInferred);
  std::vector<std::string> columns;
  for (const TableColumn& column : table.columns) {
    columns.push_back(column.header + (column.role == ColumnRole::kYear
                                           ? " -> " + std::string(ToString(column.basis)) + ":" +
                                                 std::to_string(column.year)
                                           : ""));
  }
  CHECK(columns == std::vector<std::string>{"", "Regnskab 2024 -> actual:2024", "Regnskab 2023 -> actual:2023",
                                            "Budget 2024 -> budget:2024", "Budget 2025 -> budget:2025"});
  // Section labels make no rows; "Årets resultat" is a total from its figures.
  std::vector<std::string> kinds;
  for (const TableRow& row : table.rows) kinds.push_back(std::string(ToString(KindOf(row))) + " " + row.cells[0].text);
  CHECK(kinds == std::vector<std::string>{
                     "item Kontingent (62 parceller)", "item Renteindtægter", "total Indtægter i alt",
                     "item Vejvedligeholdelse", "item Snerydning og saltning", "item Forsikring",
                     "item Bankgebyrer", "item Generalforsamling", "total Udgifter i alt", "total Årets resultat"});
  CHECK(AllocationLines(document) ==
        std::vector<std::string>{
            "Kontingent (62 parceller): actual:2024=37200", "Kontingent (62 parceller): actual:2023=34100",
            "Kontingent (62 parceller): budget:2024=37200", "Kontingent (62 parceller): budget:2025=40300",
            // 0,00 allocates nothing; 312,45 rounds to 312.
            "Renteindtægter: actual:2024=312", "Renteindtægter: budget:2025=250",
            "Vejvedligeholdelse: actual:2024=-18450", "Vejvedligeholdelse: actual:2023=-22911",
            "Vejvedligeholdelse: budget:2024=-20000", "Vejvedligeholdelse: budget:2025=-25000",
            "Snerydning og saltning: actual:2024=-6875", "Snerydning og saltning: actual:2023=-4120",
            "Snerydning og saltning: budget:2024=-6000", "Snerydning og saltning: budget:2025=-6000",
            // Half away from zero: -2.148,75 -> -2.149.
            "Forsikring: actual:2024=-2149", "Forsikring: actual:2023=-2097", "Forsikring: budget:2024=-2200",
            "Forsikring: budget:2025=-2250", "Bankgebyrer: actual:2024=-480", "Bankgebyrer: actual:2023=-455",
            "Bankgebyrer: budget:2024=-500", "Bankgebyrer: budget:2025=-500",
            "Generalforsamling: actual:2024=-1237", "Generalforsamling: actual:2023=-948",
            "Generalforsamling: budget:2024=-1200", "Generalforsamling: budget:2025=-1300"});
  CHECK(TotalLines(document) ==
        std::vector<std::string>{"Indtægter i alt 2024=37512", "Indtægter i alt 2023=34100",
                                 "Indtægter i alt 2024=37200", "Indtægter i alt 2025=40550",
                                 "Udgifter i alt 2024=-29191", "Udgifter i alt 2023=-30531",
                                 "Udgifter i alt 2024=-29900", "Udgifter i alt 2025=-35050",
                                 "Årets resultat 2024=8322", "Årets resultat 2023=3569",
                                 "Årets resultat 2024=7300", "Årets resultat 2025=5500"});
  CHECK(Problems(document).empty());
}

TEST_CASE("a financial statement: page unit, note column, signed subtotals, a breakdown", "[e2e][tables]") {
  const ExtractedDocument document = Fixture("andelskasse_resultat_noter.pdf");
  REQUIRE(document.tables.size() == 2);
  CHECK(document.tables[0].unit == "mio. kr.");
  CHECK(document.tables[0].unit_note == "page: Mio. kr.");
  CHECK(document.tables[1].unit_note == "caption: Udlån fordelt på sektorer (mio. kr.)");
  // The note references are a column of their own, not ordinals.
  const Table& statement = document.tables[0];
  REQUIRE(statement.columns.size() == 4);
  CHECK(statement.columns[1].role == ColumnRole::kOther);
  CHECK(statement.rows[5].cells[1].text == "6, 7");
  std::vector<std::string> kinds;
  for (const Table& table : document.tables) {
    for (const TableRow& row : table.rows) {
      kinds.push_back(std::string(ToString(KindOf(row))) + (row.not_money ? " not money " : " ") + row.cells[0].text);
    }
  }
  CHECK(kinds == std::vector<std::string>{
                     "item Renteindtægter", "item Renteudgifter", "total Netto renteindtægter",
                     "item Gebyrindtægter", "item Udgifter til personale og administration",
                     "item Nedskrivninger på udlån", "total Resultat før skat", "item Skat",
                     "total Årets resultat",
                     // 12 = 162 - 150 in both years, yet the "I alt" below
                     // sums the two rows: no subtotal.
                     "item Andelshavere", "item Overført til fonde", "total I alt",
                     "item not money Resultat pr. andel, kr.",
                     "item Erhverv", "subset Landbrug", "subset Handel", "item Private", "total I alt"});
  CHECK(TotalLines(document) ==
        std::vector<std::string>{"Netto renteindtægter 2024=315000000", "Netto renteindtægter 2023=267000000",
                                 "Resultat før skat 2024=208000000", "Resultat før skat 2023=133000000",
                                 "Årets resultat 2024=162000000", "Årets resultat 2023=104000000",
                                 "I alt 2024=162000000", "I alt 2023=104000000", "I alt 2024=4100000000",
                                 "I alt 2023=3895000000"});
  std::vector<std::string> titles;
  for (const Initiative& initiative : document.initiatives) titles.push_back(initiative.title);
  CHECK(titles == std::vector<std::string>{"Renteindtægter", "Renteudgifter", "Gebyrindtægter",
                                           "Udgifter til personale og administration", "Nedskrivninger på udlån",
                                           "Skat", "Andelshavere", "Overført til fonde", "Erhverv", "Private"});
  CHECK(document.allocations.size() == 20);
  CHECK(Problems(document).empty());
}

}  // namespace afstem
