// docs/schema.md must describe every table, view and column the migrations
// create, and nothing that does not exist, so the documentation cannot
// drift; and the views must return the seed fixtures' expected rows.

#include "schema/store/schema_doc.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "schema/model/vocabulary.h"
#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::string ReadDoc() {
  std::ifstream in(testing::SourceDir() / "docs" / "schema.md");
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <typename E>
std::vector<std::string> Names() {
  std::vector<std::string> names;
  for (const Term<E>& term : Terms<E>()) names.emplace_back(term.name);
  return names;
}

}  // namespace

TEST_CASE("docs/schema.md lists each vocabulary's values as schema/model/vocabulary.h does", "[schema][docs]") {
  // (table, column) -> the values its meaning lists, in vocabulary order.
  const std::map<std::pair<std::string, std::string>, std::vector<std::string>> expected = {
      {{"blocks", "kind"}, Names<BlockKind>()},
      {{"pages", "kind"}, Names<PageKind>()},
      {{"pages", "text_source"}, Names<TextSource>()},
      {{"documents", "title_source"}, Names<TitleSource>()},
      {{"page_graphics", "kind"}, Names<GraphicKind>()},
      {{"tables", "unit_source"}, Names<Basis>()},
      {{"initiatives", "origin"}, Names<Origin>()},
      {{"allocations", "origin"}, Names<Origin>()},
      {{"allocations", "unit_source"}, Names<Basis>()},
      {{"allocations", "year_source"}, Names<Basis>()},
      {{"allocations", "basis"}, Names<AmountBasis>()},
      {{"stated_totals", "basis"}, Names<AmountBasis>()},
      {{"stated_totals", "scope"}, Names<TotalScope>()},
      {{"prose_amounts", "role"}, Names<MoneyRole>()},
      {{"table_columns", "role"}, Names<ColumnRole>()},
      {{"table_rows", "kind"}, Names<RowKind>()},
      {{"findings", "rule"}, Names<Rule>()},
      {{"findings", "severity"}, Names<Severity>()},
      {{"initiative_years", "origin"}, Names<Origin>()},
      {{"finding_details", "severity"}, Names<Severity>()},
  };
  std::size_t checked = 0;
  for (const DocumentedTable& table : ParseSchemaDoc(ReadDoc())) {
    for (const DocumentedColumn& column : table.columns) {
      const auto values = expected.find({table.name, column.name});
      if (values == expected.end()) continue;
      INFO(table.name + "." + column.name + ": " + column.meaning);
      CHECK(CodeSpans(column.meaning) == values->second);
      ++checked;
    }
  }
  CHECK(checked == expected.size());
}

TEST_CASE("docs/schema.md matches the schema", "[schema][docs]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  auto raw = sql::Database::Open((dir / "a.sqlite").string());
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();
  std::map<std::string, std::set<std::string>> actual;
  std::set<std::string> actual_views;
  auto tables = db.Prepare(
      "SELECT t.name, p.name, t.type FROM pragma_table_list AS t, pragma_table_info(t.name) AS p "
      "WHERE t.schema = 'main' AND t.type IN ('table', 'virtual', 'view') "
      "AND t.name NOT LIKE 'sqlite_%'");
  REQUIRE(tables.ok());
  while (tables.value()->Step().value()) {
    actual[tables.value()->ColumnText(0)].insert(tables.value()->ColumnText(1));
    if (tables.value()->ColumnText(2) == "view") actual_views.insert(tables.value()->ColumnText(0));
  }
  std::map<std::string, std::set<std::string>> documented;
  std::set<std::string> documented_views;
  for (const DocumentedTable& table : ParseSchemaDoc(ReadDoc())) {
    for (const DocumentedColumn& column : table.columns) documented[table.name].insert(column.name);
    if (table.is_view) documented_views.insert(table.name);
    CHECK_FALSE(table.description.empty());
  }
  CHECK(documented == actual);
  CHECK(documented_views == actual_views);
  CHECK(actual_views == std::set<std::string>{"document_overview", "document_years", "finding_details",
                                              "initiative_years"});
}

TEST_CASE("the built-in schema documentation is docs/schema.md", "[schema][docs]") {
  CHECK(SchemaDocMarkdown() == ReadDoc());
}

TEST_CASE("schema documentation parser", "[schema][docs]") {
  const auto tables = ParseSchemaDoc(
      "# Title\n\nprose\n\n## Tables\n\n### `things`\n\nWhat things are,\nin two lines.\n\n"
      "| column | type | meaning |\n|---|---|---|\n| `id` | INTEGER | primary key |\n"
      "| `kind` | TEXT | `a` or `b` \\| `c` |\n\nMore prose.\n\n## Views\n\n### `thing_view`\n\nA view.\n\n"
      "| `n` | INTEGER | count |\n\n## Other\n\n| `stray` | TEXT | not a column |\n");
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].name == "things");
  CHECK_FALSE(tables[0].is_view);
  CHECK(tables[0].description == "What things are, in two lines.");
  REQUIRE(tables[0].columns.size() == 2);
  CHECK(tables[0].columns[1].name == "kind");
  CHECK(tables[0].columns[1].type == "TEXT");
  CHECK(tables[1].name == "thing_view");
  CHECK(tables[1].is_view);
  CHECK(tables[1].description == "A view.");
  REQUIRE(tables[1].columns.size() == 1);
  CHECK(tables[1].columns[0].name == "n");
  CHECK(PlainText("`ok` or `failed`") == "ok or failed");
  CHECK(CodeSpans("`table` (or `text` for prose)") == std::vector<std::string>{"table", "text"});
  CHECK(CodeSpans("no code, `unclosed").empty());
}

}  // namespace afstem
