// Focused units of the table stage: Danish table numbers, stated units in
// captions and headers, header roles, total labels, ordinals, unit inference.

#include <catch2/catch.hpp>

#include "parsers/money/table_number.h"
#include "parsers/tables/table_rules.h"
#include "parsers/tables/table_semantics.h"

namespace afstem {
namespace {

const TableRules& Rules() {
  static const std::unique_ptr<TableRules> rules = std::move(TableRules::Create()).value();
  return *rules;
}

}  // namespace

TEST_CASE("Danish table numbers", "[parsers][tables]") {
  const std::pair<const char*, double> numbers[] = {
      {"800", 800},       {"1.200", 1200},    {"8.555", 8555},     {"12.345.678", 12345678},
      {"2,5", 2.5},       {"0,35", 0.35},     {"1.234,5", 1234.5}, {"0.5", 0.5},
      {"4.05", 4.05},     {"0.465", 0.465},   {"-200", -200},      {"\u2212200", -200},
      {"\u00F7 150", -150}, {"\u00F7150", -150}, {"(75)", -75},    {"(1.500)", -1500},
      {"\u2013 25", -25}, {" 655 ", 655},
      // a full stop after the last digit is punctuation
      {"600.", 600},      {"2.755.", 2755},   {"-48.934,50.", -48934.5},
  };
  for (auto [text, value] : numbers) {
    INFO(text);
    ParsedNumber parsed = ParseTableNumber(text);
    CHECK(parsed.error.empty());
    CHECK_FALSE(parsed.empty);
    CHECK(parsed.value == Approx(value));
  }
  for (const char* empty : {"", " ", "-", "\u2013", "\u2014"}) {
    INFO(empty);
    CHECK(ParseTableNumber(empty).empty);
  }
  for (const char* bad : {"12 mio.", "OFS23/24", "1.2.3,4,5", "1234.567", "abc", "2,", "(0.465", "600..", "."}) {
    INFO(bad);
    CHECK(ParseTableNumber(bad).error == std::string("not a number: \"") + bad + "\"");
  }
}

TEST_CASE("units stated in captions and headers", "[parsers][tables]") {
  const TableRules& rules = Rules();
  const std::pair<const char*, const char*> stated[] = {
      {"Tabel 1. Økonomi (mio. kr.)", "mio. kr."},
      {"Beløb i 1.000 kr.", "1.000 kr."},
      {"(1.000 kr.)", "1.000 kr."},
      {"Oversigt, t.kr.", "1.000 kr."},
      {"2024 (Mio. kr.)", "mio. kr."},
      {"Mia. kr.", "mia. kr."},
      {"i 1.000 kr. (2024-priser)", "1.000 kr."},
      {"Udgifter (kr.)", "kr."},
  };
  for (auto [text, unit] : stated) {
    INFO(text);
    auto found = rules.StatedUnit(text);
    REQUIRE(found.has_value());
    CHECK(found->name == unit);
  }
  for (const char* amount : {"BIU har afsat 3 mio. kr. årligt", "i alt 750.000 kr.",
                             "afsat 1.000 kr. til", "Samlet", "2023"}) {
    INFO(amount);
    CHECK_FALSE(rules.StatedUnit(amount).has_value());
  }
  CHECK(rules.StatedUnit("(mio. kr.)")->dkk == 1'000'000);
  CHECK(rules.StatedUnit("t.kr.")->dkk == 1'000);
}

TEST_CASE("header roles, totals and ordinals", "[parsers][tables]") {
  const TableRules& rules = Rules();
  CHECK(rules.HeaderYear("2025") == 2025);
  CHECK(rules.HeaderYear("B2025") == 2025);
  CHECK(rules.HeaderYear("2025 (mio. kr.)") == 2025);
  CHECK(rules.HeaderYear("Budget 2024") == 2024);
  CHECK(rules.HeaderYear("Indsats") == 0);
  CHECK(rules.HeaderBasis("Regnskab 2023") == AmountBasis::kActual);
  CHECK(rules.HeaderBasis("R2023") == AmountBasis::kActual);
  CHECK(rules.HeaderBasis("Budget 2024") == AmountBasis::kBudget);
  CHECK(rules.HeaderBasis("B2025") == AmountBasis::kBudget);
  CHECK(rules.HeaderBasis("Forventet regnskab 2025") == AmountBasis::kForecast);
  CHECK(rules.HeaderBasis("Korrigeret budget 2025") == AmountBasis::kCorrectedBudget);
  CHECK_FALSE(rules.HeaderBasis("2025").has_value());
  CHECK_FALSE(rules.HeaderBasis("2025 (mio. kr.)").has_value());
  CHECK(rules.HeaderYear("2024-2026") == 0);
  CHECK(rules.HeaderRole("Indsats", true) == ColumnRole::kLabel);
  CHECK(rules.HeaderRole("2023", false) == ColumnRole::kYear);
  CHECK(rules.HeaderRole("I alt", false) == ColumnRole::kRowTotal);
  CHECK(rules.HeaderRole("Total", false) == ColumnRole::kRowTotal);
  CHECK(rules.HeaderRole("Finansiering", false) == ColumnRole::kFunding);
  CHECK(rules.HeaderRole("Bemærkning", false) == ColumnRole::kOther);
  for (const char* total : {"Samlet", "I alt", "Total", "Sum", "Hovedtotal", "Samlet i alt", "I alt:",
                            "Subtotal", "I alt drift", "I alt, BIU", "Total (anlæg)", "Drift i alt",
                            "Udgifter i alt:"}) {
    INFO(total);
    CHECK(rules.IsTotalLabel(total));
    CHECK_FALSE(rules.IsSubsetLabel(total));
  }
  for (const char* label : {"Samlet værdi af indsatser", "23. Nye indsatser", "Summer",
                            "Totalrenovering af værestedet", "Ialt"}) {
    INFO(label);
    CHECK_FALSE(rules.IsTotalLabel(label));
  }
  for (const char* subset : {"heraf frie midler", "Heraf servicemidler", "herunder tolkebistand", "deraf løn"}) {
    INFO(subset);
    CHECK(rules.IsSubsetLabel(subset));
  }
  for (const char* label : {"Herlev Kommune", "Derudover pulje", "1. Heraf"}) {
    INFO(label);
    CHECK_FALSE(rules.IsSubsetLabel(label));
  }
  CHECK(rules.Ordinal("12. Etablering af aktivitetspulje") == "12");
  CHECK(rules.Ordinal("3) Rådgivning") == "3");
  CHECK(rules.Ordinal("9.Initiativer målrettet inuit") == "9");  // OCR lost the space
  CHECK(rules.Ordinal("12)Østerbro") == "12");
  CHECK(rules.Ordinal("1.000 kr.") == "");
  CHECK(rules.Ordinal("2.a Drift") == "");
  CHECK(rules.Ordinal("2023 var") == "");
  CHECK(rules.Ordinal("Rådgivning") == "");
  CHECK(rules.Ordinal("1.000 kr.") == "");
}

TEST_CASE("a table without a printed unit: the inference and its note",
          "[parsers][tables]") {
  Table whole;
  whole.columns.resize(2);
  whole.rows.resize(2);
  for (TableRow& row : whole.rows) row.cells.resize(2);
  whole.rows[0].cells[1].text = "3.000";
  whole.rows[0].cells[1].value = 3000;
  whole.rows[1].cells[1].text = "655";
  whole.rows[1].cells[1].value = 655;
  std::string note;
  TableUnit unit = InferUnit(whole, note);
  CHECK(unit.name == "1.000 kr.");
  CHECK(unit.dkk == 1000);
  CHECK(note == "no unit printed; 2 whole-number values: read as 1.000 kr., the usual "
                "unit of Danish municipal budget tables");
  Table decimals = whole;
  decimals.rows[0].cells[1].text = "2,5";
  decimals.rows[0].cells[1].value = 2.5;
  CHECK(InferUnit(decimals, note).name == "mio. kr.");
  CHECK(note == "no unit printed; 2 values with decimals, all below 1.000: read as mio. kr.");
}

}  // namespace afstem

#include "parsers/tables/table_detector.h"

namespace afstem {
namespace {

// One line of words at `y`; each entry is a word and its left edge.
void AddLine(Page& page, double y, std::vector<std::pair<std::string, double>> words) {
  for (auto& [text, x] : words) {
    const double width = 5.0 * static_cast<double>(text.size());
    page.words.push_back(Word{text, Box{x, y, x + width, y + 11.5}, true, "F", 10});
  }
}

}  // namespace

TEST_CASE("a small table from boxes: rows, empty cells, a bad cell kept",
          "[parsers][tables]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  AddLine(page, 100, {{"Post", 72}, {"2025", 300}, {"2026", 360}, {"I", 420}, {"alt", 428}});
  AddLine(page, 116, {{"1.", 72}, {"Rådgivning", 84}, {"1.200", 295}, {"(75)", 365}, {"1.125", 415}});
  AddLine(page, 130, {{"og", 84}, {"sparring", 100}});
  AddLine(page, 146, {{"2.", 72}, {"Kurser", 84}, {"12", 305}, {"mio.", 320}, {"–", 375}});
  AddLine(page, 162, {{"Total", 72}, {"\u00F7", 295}, {"150", 303}, {"-75", 362}});
  std::vector<Page> pages{page};
  std::vector<Table> tables = DetectTables(pages, Rules());
  REQUIRE(tables.size() == 1);
  const Table& table = tables[0];
  REQUIRE(table.columns.size() == 4);
  CHECK(table.columns[1].role == ColumnRole::kYear);
  CHECK(table.columns[3].role == ColumnRole::kRowTotal);
  REQUIRE(table.rows.size() == 3);
  // The second line continues row 1's label (no ordinal of its own).
  REQUIRE(table.rows[0].cells[0].lines.size() == 2);
  CHECK(table.rows[1].cells[3].page == 0);  // empty "I alt" cell stays empty
  CHECK(table.rows[2].is_total);

  ExtractedDocument document;
  document.pages = pages;
  document.tables = tables;
  for (Table& t : document.tables) {
    for (TableRow& row : t.rows) {
      for (TableCell& cell : row.cells) {
        for (const TextLine& line : cell.lines) {
          for (const Token& token : line.tokens) {
            cell.text += (cell.text.empty() ? "" : " ") + token.text;
          }
        }
      }
    }
  }
  InterpretTables(document, Rules());
  const Table& read = document.tables[0];
  CHECK(read.unit == "1.000 kr.");
  CHECK(read.unit_source == Basis::kInferred);
  CHECK(read.rows[1].cells[1].problem == "not a number: \"12 mio.\"");
  CHECK_FALSE(read.rows[1].cells[1].value.has_value());
  CHECK_FALSE(read.rows[1].cells[2].value.has_value());  // "–" is empty
  REQUIRE(document.initiatives.size() == 2);
  CHECK(document.initiatives[0].ordinal == "1");
  CHECK(document.initiatives[0].title == "Rådgivning og sparring");
  REQUIRE(document.allocations.size() == 2);  // the bad cell gives none
  CHECK(document.allocations[0].amount_dkk == 1'200'000);
  CHECK(document.allocations[1].amount_dkk == -75'000);
  // Row total of row 1, and the total row's cells.
  REQUIRE(document.stated_totals.size() == 3);
  CHECK(document.stated_totals[0].scope == TotalScope::kTableRow);
  CHECK(document.stated_totals[0].amount_dkk == 1'125'000);
  CHECK(document.stated_totals[1].scope == TotalScope::kTableColumn);
  CHECK(document.stated_totals[1].year == 2025);
  CHECK(document.stated_totals[1].amount_dkk == -150'000);
  CHECK(document.stated_totals[2].amount_dkk == -75'000);
}

// The bases of an association's accounts: "Regnskab 2023" and bare years
// beside "Budget 2023" of the same year are actual; the budget stays budget.
// In a budget document a bare year is a budget year; in annual accounts
// (documents.kind regnskab) it is actual.
TEST_CASE("year columns get their basis from the header and the document", "[parsers][tables]") {
  auto read = [](const std::vector<std::pair<std::string, double>>& header, const std::string& kind) {
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    AddLine(page, 100, header);
    AddLine(page, 116, {{"Kontingent", 72}, {"31.600", 230}, {"31.600", 300}, {"39.000", 370}});
    AddLine(page, 130, {{"Renter", 72}, {"1.005", 235}, {"2.676", 305}, {"0", 385}});
    std::vector<Page> pages{page};
    ExtractedDocument document;
    document.tables = DetectTables(pages, Rules());
    document.pages = pages;
    document.header.kind = kind;
    for (Table& t : document.tables) {
      for (TableRow& row : t.rows) {
        for (TableCell& cell : row.cells) {
          for (const TextLine& line : cell.lines) {
            for (const Token& token : line.tokens) cell.text += (cell.text.empty() ? "" : " ") + token.text;
          }
        }
      }
    }
    InterpretTables(document, Rules());
    std::vector<std::string> bases;
    for (const Allocation& allocation : document.allocations) {
      if (allocation.initiative == 0) {
        bases.push_back(std::string(ToString(allocation.basis)) + ":" + std::to_string(allocation.year));
      }
    }
    return bases;
  };
  CHECK(read({{"Post", 72}, {"2023", 230}, {"2022", 300}, {"Budget", 360}, {"2023", 395}}, "") ==
        std::vector<std::string>{"actual:2023", "actual:2022", "budget:2023"});
  CHECK(read({{"Post", 72}, {"Regnskab", 215}, {"2022", 258}, {"2023", 300}, {"2024", 370}}, "") ==
        std::vector<std::string>{"actual:2022", "budget:2023", "budget:2024"});
  CHECK(read({{"Post", 72}, {"2024", 230}, {"2025", 300}, {"2026", 370}}, "") ==
        std::vector<std::string>{"budget:2024", "budget:2025", "budget:2026"});
  CHECK(read({{"Post", 72}, {"2024", 230}, {"2025", 300}, {"2026", 370}}, "regnskab") ==
        std::vector<std::string>{"actual:2024", "actual:2025", "actual:2026"});
}

}  // namespace afstem
