// The money unit table read by table captions and headers: "mill. kr." and
// "kroner", one row each in parsers/money/money_units.cc, are table units.

#include <catch2/catch.hpp>

#include "parsers/tables/table_rules.h"
#include "parsers/tables/table_semantics.h"

namespace afstem {
namespace {

const TableRules& Tables() {
  static const std::unique_ptr<TableRules> rules = std::move(TableRules::Create()).value();
  return *rules;
}

// A one-column table of year 2026 under `caption`, one row per value.
Table YearTable(const std::string& caption, const std::string& header,
                const std::vector<std::string>& values) {
  Table table;
  table.caption = caption;
  table.columns.resize(2);
  table.columns[0].header = "Indsats";
  table.columns[0].role = ColumnRole::kLabel;
  table.columns[1].header = header;
  table.columns[1].role = ColumnRole::kYear;
  table.columns[1].year = 2026;
  for (std::size_t i = 0; i < values.size(); ++i) {
    TableRow row;
    row.cells.resize(2);
    row.cells[0].text = "Indsats " + std::to_string(i + 1);
    row.cells[1].text = values[i];
    table.rows.push_back(row);
  }
  return table;
}

}  // namespace

TEST_CASE("mill. kr. and kroner in table captions and headers", "[parsers][money][tables]") {
  const auto mill = Tables().StatedUnit("(mill. kr.)");
  REQUIRE(mill.has_value());
  CHECK(mill->name == "mio. kr.");
  CHECK(mill->dkk == 1'000'000);
  const auto kroner = Tables().StatedUnit("Beløb i kroner");
  REQUIRE(kroner.has_value());
  CHECK(kroner->name == "kr.");
  CHECK(kroner->dkk == 1);
  CHECK(Tables().StatedUnit("2026 (kroner)")->dkk == 1);
  // An amount's unit, not the table's.
  CHECK_FALSE(Tables().StatedUnit("der er afsat 450.000 kroner").has_value());
  CHECK_FALSE(Tables().StatedUnit("afsat 2,5 mill. kr. i alt").has_value());

  ExtractedDocument document;
  document.tables.push_back(YearTable("Tabel 1. Indsatser (mill. kr.)", "2026", {"2,5", "0,4"}));
  document.tables.push_back(YearTable("Tabel 2", "2026 (kroner)", {"450.000"}));
  document.tables.push_back(YearTable("Beløb i kroner", "2026", {"450.000"}));
  InterpretTables(document, Tables());
  CHECK(document.tables[0].unit == "mio. kr.");
  CHECK(document.tables[0].unit_source == Basis::kStated);
  CHECK(document.tables[1].unit == "kr.");
  CHECK(document.tables[1].unit_note == "header: 2026 (kroner)");
  CHECK(document.tables[2].unit == "kr.");
  CHECK(document.tables[2].unit_note == "caption: Beløb i kroner");
  REQUIRE(document.allocations.size() == 4);
  CHECK(document.allocations[0].amount_dkk == 2'500'000);
  CHECK(document.allocations[0].precision_dkk == 50'000);
  CHECK(document.allocations[1].amount_dkk == 400'000);
  CHECK(document.allocations[2].amount_dkk == 450'000);
  CHECK(document.allocations[3].amount_dkk == 450'000);
  CHECK(document.allocations[3].unit == "kr.");
}

}  // namespace afstem
