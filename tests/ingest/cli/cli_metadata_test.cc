// `afstem datasette-metadata`: valid JSON that names only tables and
// columns that exist, describes every documented one, configures the page
// search, and marks amounts as kroner.

#include "ingest/cli/cli_metadata.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/exit_codes.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::int64_t QueryCount(sql::Database& db, const std::string& sql, const std::string& json) {
  auto query = db.Prepare(sql);
  REQUIRE(query.ok());
  query.value()->Bind(1, std::string_view(json));
  REQUIRE(query.value()->Step().value());
  return query.value()->ColumnInt(0);
}

}  // namespace

TEST_CASE("datasette metadata validates against the database", "[e2e][metadata]") {
  testing::TempDir dir;
  const std::string db_path = (dir / "afstem.sqlite").string();
  std::ostringstream ingest_out, ingest_err;
  REQUIRE(RunIngest({"--db", db_path, testing::FixturePdf("notat_racisme_2025.pdf").string()}, ingest_out,
                    ingest_err) == kExitOk);
  std::ostringstream out, err;
  REQUIRE(RunDatasetteMetadata({"--db", db_path}, out, err) == kExitOk);
  CHECK(err.str().empty());
  const std::string json = out.str();
  auto raw = sql::Database::Open(db_path);
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();

  CHECK(QueryCount(db, "SELECT json_valid(?1)", json) == 1);
  // Datasette names the database after the file: "afstem".
  CHECK(QueryCount(db, "SELECT json_type(?1, '$.databases.afstem.tables') = 'object'", json) == 1);
  const std::string tables = "json_each(?1, '$.databases.afstem.tables')";
  // Every table named exists ...
  CHECK(QueryCount(db, "SELECT count(*) FROM " + tables +
                           " WHERE key NOT IN (SELECT name FROM pragma_table_list WHERE schema = 'main')",
                   json) == 0);
  // ... and so does every column named.
  CHECK(QueryCount(db, "SELECT count(*) FROM " + tables + " AS t, json_each(t.value, '$.columns') AS c "
                           "WHERE c.key NOT IN (SELECT name FROM pragma_table_info(t.key))",
                   json) == 0);
  // Every sort, label and facet column exists too.
  CHECK(QueryCount(db, "SELECT count(*) FROM " + tables + " AS t WHERE "
                           "(json_extract(t.value, '$.sort') IS NOT NULL AND json_extract(t.value, '$.sort') "
                           "NOT IN (SELECT name FROM pragma_table_info(t.key))) OR "
                           "(json_extract(t.value, '$.sort_desc') IS NOT NULL AND "
                           "json_extract(t.value, '$.sort_desc') NOT IN (SELECT name FROM pragma_table_info(t.key)))",
                   json) == 0);
  CHECK(QueryCount(db, "SELECT count(*) FROM " + tables + " AS t, json_each(t.value, '$.facets') AS f "
                           "WHERE f.value NOT IN (SELECT name FROM pragma_table_info(t.key))",
                   json) == 0);
  // The contract tables, the views and their columns are all described.
  for (const char* table : {"documents", "pages", "initiatives", "allocations", "stated_totals", "findings",
                            "initiative_years", "finding_details", "document_overview", "document_years"}) {
    INFO(table);
    CHECK(QueryCount(db, std::string("SELECT count(*) FROM pragma_table_info('") + table + "') "
                         "WHERE json_extract(?1, '$.databases.afstem.tables." + table +
                         ".columns.\"' || name || '\"') IS NULL",
                     json) == 0);
  }
  CHECK(QueryCount(db, "SELECT json_extract(?1, '$.databases.afstem.tables.pages.fts_table') = 'pages_fts'",
                   json) == 1);
  CHECK(QueryCount(db, "SELECT json_extract(?1, '$.databases.afstem.tables.allocations.columns.amount_dkk') "
                       "LIKE '%kroner%'", json) == 1);
  CHECK(QueryCount(db, "SELECT json_extract(?1, '$.databases.afstem.tables.finding_details.sort') "
                       "= 'severity_rank'", json) == 1);
  // The canned query runs.
  auto canned = db.Prepare(
      "SELECT json_extract(?1, '$.databases.afstem.queries.totals_that_do_not_add_up.sql')");
  REQUIRE(canned.ok());
  canned.value()->Bind(1, std::string_view(json));
  REQUIRE(canned.value()->Step().value());
  CHECK(db.Prepare(canned.value()->ColumnText(0)).ok());
}

TEST_CASE("datasette metadata usage errors", "[e2e][metadata]") {
  std::ostringstream out, err;
  CHECK(RunDatasetteMetadata({"--bogus"}, out, err) == kExitUsage);
  CHECK(testing::Lines(err.str()).at(0) == "afstem datasette-metadata: unknown option --bogus");
  std::ostringstream out2, err2;
  CHECK(RunDatasetteMetadata({"--db", "/nonexistent/a.sqlite"}, out2, err2) == kExitSomeFailed);
  CHECK(err2.str() == "afstem: /nonexistent/a.sqlite: no database here (import PDFs with afstem ingest first)\n");
}

}  // namespace afstem
