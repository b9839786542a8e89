// docs/schema.md must describe every table and column the migrations create,
// and nothing that does not exist, so the documentation cannot drift.

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "schema/document_store.h"
#include "test_support.h"

namespace afstem {
namespace {

// Table name -> the `column` names listed in its "### `table`" section.
std::map<std::string, std::set<std::string>> DocumentedColumns() {
  std::ifstream in(testing::SourceDir() / "docs" / "schema.md");
  REQUIRE(in);
  std::map<std::string, std::set<std::string>> tables;
  std::string current;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("### `", 0) == 0) {
      current = line.substr(5, line.find('`', 5) - 5);
      tables[current];
    } else if (line.rfind("## ", 0) == 0) {
      current.clear();
    } else if (!current.empty() && line.rfind("| `", 0) == 0) {
      tables[current].insert(line.substr(3, line.find('`', 3) - 3));
    }
  }
  return tables;
}

}  // namespace

TEST_CASE("docs/schema.md matches the schema", "[schema][docs]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  sql::Database& db = store.value()->database();
  std::map<std::string, std::set<std::string>> actual;
  auto tables = db.Prepare(
      "SELECT t.name, p.name FROM pragma_table_list AS t, pragma_table_info(t.name) AS p "
      "WHERE t.schema = 'main' AND t.type IN ('table', 'virtual') "
      "AND t.name NOT LIKE 'sqlite_%'");
  REQUIRE(tables.ok());
  while (tables.value()->Step().value()) {
    actual[tables.value()->ColumnText(0)].insert(tables.value()->ColumnText(1));
  }
  CHECK(DocumentedColumns() == actual);
}

}  // namespace afstem
