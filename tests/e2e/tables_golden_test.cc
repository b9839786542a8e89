// Golden tests of every table in every fixture: each detected table's grid
// (header row, then every row, every cell's normalized text) equals the
// ground truth in tests/golden/tables/<fixture>/table-<n>.csv, and its unit
// and pages equal table-<n>.meta. Prints the table-accuracy report: cells
// right / cells, rows right / rows.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "parsers/tables/table_rules.h"
#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

namespace fs = std::filesystem;
using Grid = std::vector<std::vector<std::string>>;

// RFC 4180: fields separated by commas, quoted fields may hold commas,
// doubled quotes and line breaks.
Grid ParseCsv(const std::string& text) {
  Grid rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      any = true;
    } else if (c == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      any = false;
    } else if (c != '\r') {
      field += c;
      any = true;
    }
  }
  if (any) {
    row.push_back(field);
    rows.push_back(row);
  }
  return rows;
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::map<std::string, std::string> ReadMeta(const fs::path& path) {
  std::map<std::string, std::string> meta;
  std::istringstream in(ReadText(path));
  for (std::string line; std::getline(in, line);) {
    const std::size_t eq = line.find('=');
    if (eq != std::string::npos) meta[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return meta;
}

Grid GridOf(const Table& table) {
  Grid grid;
  std::vector<std::string> header;
  for (const TableColumn& column : table.columns) header.push_back(column.header);
  grid.push_back(header);
  for (const TableRow& row : table.rows) {
    std::vector<std::string> cells;
    for (const TableCell& cell : row.cells) cells.push_back(cell.text);
    grid.push_back(cells);
  }
  return grid;
}

struct Accuracy {
  int cells = 0, cells_right = 0, rows = 0, rows_right = 0, tables = 0, tables_found = 0;
};

// Compares one expected grid with the detected one, counting as it goes.
void Compare(const Grid& expected, const Grid& actual, Accuracy& accuracy,
             const std::string& where) {
  for (std::size_t r = 0; r < expected.size(); ++r) {
    bool row_right = r < actual.size() && actual[r].size() == expected[r].size();
    for (std::size_t c = 0; c < expected[r].size(); ++c) {
      const bool right = r < actual.size() && c < actual[r].size() &&
                         actual[r][c] == expected[r][c];
      ++accuracy.cells;
      if (right) {
        ++accuracy.cells_right;
      } else {
        row_right = false;
        UNSCOPED_INFO(where << " row " << r << " column " << c + 1 << ": expected \""
                            << expected[r][c] << "\", got \""
                            << (r < actual.size() && c < actual[r].size() ? actual[r][c] : "(none)")
                            << "\"");
      }
    }
    ++accuracy.rows;
    if (row_right) ++accuracy.rows_right;
  }
  CHECK(actual.size() == expected.size());
}

}  // namespace

TEST_CASE("every fixture table: every cell exact; accuracy report",
          "[e2e][golden][tables]") {
  const fs::path root = testing::SourceDir() / "tests" / "golden" / "tables";
  REQUIRE(fs::is_directory(root));
  const auto rules = std::move(TableRules::Create()).value();
  Accuracy accuracy;
  std::vector<fs::path> fixtures;
  for (const auto& entry : fs::directory_iterator(root)) fixtures.push_back(entry.path());
  std::sort(fixtures.begin(), fixtures.end());
  for (const fs::path& dir : fixtures) {
    const std::string name = dir.filename().string();
    ExtractedDocument document = testing::ProcessPdf(testing::FixturePdf(name + ".pdf"));
    int expected_tables = 0;
    while (fs::exists(dir / ("table-" + std::to_string(expected_tables + 1) + ".csv"))) {
      ++expected_tables;
    }
    CHECK(static_cast<int>(document.tables.size()) == expected_tables);
    for (int n = 1; n <= expected_tables; ++n) {
      const std::string where = name + " table " + std::to_string(n);
      INFO(where);
      ++accuracy.tables;
      Grid expected = ParseCsv(ReadText(dir / ("table-" + std::to_string(n) + ".csv")));
      if (n > static_cast<int>(document.tables.size())) {
        Compare(expected, {}, accuracy, where);
        continue;
      }
      ++accuracy.tables_found;
      const Table& table = document.tables[static_cast<std::size_t>(n - 1)];
      Compare(expected, GridOf(table), accuracy, where);
      std::map<std::string, std::string> meta = ReadMeta(dir / ("table-" + std::to_string(n) + ".meta"));
      if (meta["unit"] == "none") {
        CHECK(table.unit_source == Basis::kInferred);
      } else {
        auto unit = rules->StatedUnit(meta["unit"]);
        REQUIRE(unit.has_value());
        CHECK(table.unit == unit->name);
        CHECK(table.unit_source == Basis::kStated);
      }
      CHECK(std::to_string(table.first_page) + "-" + std::to_string(table.last_page) ==
            meta["pages"]);
    }
  }
  std::cout << "table accuracy: " << accuracy.tables_found << "/" << accuracy.tables
            << " tables found, " << accuracy.cells_right << "/" << accuracy.cells
            << " cells right, " << accuracy.rows_right << "/" << accuracy.rows
            << " rows right\n";
  CHECK(accuracy.cells_right == accuracy.cells);
  CHECK(accuracy.rows_right == accuracy.rows);
  CHECK(accuracy.tables > 0);
}

}  // namespace afstem
