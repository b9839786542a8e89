// Total levels read from the figures (parsers/tables/table_levels.h): signed
// subtotals, a grand total over subtotals, the guard against coincidences,
// and a total left unchecked with its reason.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parsers/money/table_number.h"
#include "parsers/tables/table_levels.h"

namespace afstem {
namespace {

// A table of year columns; rows labelled "I alt …" are totals by label.
Table Make(const std::vector<std::string>& years, const std::vector<std::vector<std::string>>& rows) {
  Table table;
  table.columns.push_back(TableColumn{"", {}, 1, ColumnRole::kLabel, 0, AmountBasis::kBudget});
  for (const std::string& year : years) {
    table.columns.push_back(TableColumn{year, {}, 1, ColumnRole::kYear, std::stoi(year), AmountBasis::kActual});
  }
  for (const auto& cells : rows) {
    TableRow row;
    row.is_total = cells[0].rfind("I alt", 0) == 0;
    for (const std::string& text : cells) {
      TableCell cell;
      cell.text = text;
      const ParsedNumber number = ParseTableNumber(text);
      if (&text != &cells[0] && number.error.empty() && !number.empty) cell.value = number.value;
      row.cells.push_back(cell);
    }
    table.rows.push_back(row);
  }
  return table;
}

// "row: parts with signs" per reading, e.g. "2: +0 -1", "5 unchecked".
std::vector<std::string> Readings(const Table& table) {
  std::vector<std::string> lines;
  for (const TotalReading& reading : ReadTotals(table)) {
    std::string line = std::to_string(reading.row) + (reading.inferred ? " inferred:" : ":");
    if (!reading.checked) line += " unchecked";
    for (std::size_t i = 0; i < reading.parts.size(); ++i) {
      line += (reading.signs[i] > 0 ? " +" : " -") + std::to_string(reading.parts[i]);
    }
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("levels: subtotals without a total word, expenses printed positive", "[parsers][tables]") {
  const Table table = Make({"2024", "2023"}, {{"Renteindtægter", "412", "388"},
                                              {"Renteudgifter", "97", "121"},
                                              {"Netto renteindtægter", "315", "267"},
                                              {"Gebyrindtægter", "84", "79"},
                                              {"Udgifter til personale", "203", "188"},
                                              {"Nedskrivninger", "-12", "25"},
                                              {"Resultat før skat", "208", "133"}});
  CHECK(Readings(table) == std::vector<std::string>{"2 inferred: +0 -1", "6 inferred: +2 +3 -4 -5"});
}

TEST_CASE("levels: a grand total sums the subtotals, not their items again", "[parsers][tables]") {
  const Table table = Make({"2025", "2026"}, {{"Drift A", "100", "110"},
                                              {"Drift B", "200", "230"},
                                              {"I alt drift", "300", "340"},
                                              {"Anlæg C", "1.000", "500"},
                                              {"I alt anlæg", "1.000", "500"},
                                              {"I alt", "1.300", "840"}});
  CHECK(Readings(table) == std::vector<std::string>{"2: +0 +1", "4: +3", "5: +2 +4"});
}

TEST_CASE("levels: no total from figures that repeat in every column", "[parsers][tables]") {
  // 250 = 175 + 75 in each year only because each row prints one figure
  // for all years: the columns are multiples of each other.
  const Table table = Make({"2024", "2025"}, {{"A", "175", "175"}, {"B", "75", "75"}, {"C", "250", "250"}});
  CHECK(Readings(table).empty());
}

TEST_CASE("levels: a coincidence that leaves the total below it without a reading is undone",
          "[parsers][tables]") {
  // 12 = 162 - 150 in both years, but "I alt" sums 150 + 12.
  const Table table = Make({"2024", "2023"}, {{"Årets resultat", "162", "104"},
                                              {"Andelshavere", "150", "96"},
                                              {"Overført til fonde", "12", "8"},
                                              {"I alt", "162", "104"}});
  CHECK(Readings(table) == std::vector<std::string>{"3: +1 +2"});
}

TEST_CASE("levels: a total in the middle that agrees with no reading is not checked", "[parsers][tables]") {
  const Table table = Make({"2018", "2017"}, {{"Udlån", "7.556", "8.235"},
                                              {"I alt afledte", "316", "352"},
                                              {"Øvrige", "1", "3"}});
  const std::vector<TotalReading> readings = ReadTotals(table);
  REQUIRE(readings.size() == 1);
  CHECK_FALSE(readings[0].checked);
  CHECK(readings[0].why.find("no reading of the table's levels") != std::string::npos);
}

}  // namespace afstem
