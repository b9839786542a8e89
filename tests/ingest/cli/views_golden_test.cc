// The analyst views (schema/sql/007_views.sql) over the seed fixtures and
// the injected-error variants: the rows a person would check by hand
// against the printed documents.

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/exit_codes.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

// Every row of `sql`, its columns joined with '|' (NULL as "").
std::vector<std::string> Rows(sql::Database& db, const std::string& sql) {
  auto query = db.Prepare(sql);
  REQUIRE(query.ok());
  std::vector<std::string> rows;
  while (query.value()->Step().value()) {
    std::string row;
    for (int c = 0; c < query.value()->ColumnCount(); ++c) row += (c ? "|" : "") + query.value()->ColumnText(c);
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

TEST_CASE("views return the fixtures' expected rows", "[e2e][schema][views]") {
  testing::TempDir dir;
  const std::string db_path = (dir / "a.sqlite").string();
  std::ostringstream out, err;
  REQUIRE(RunIngest({"--db", db_path, (testing::SourceDir() / "fixtures" / "pdf").string(),
                     (testing::SourceDir() / "fixtures" / "injected").string()},
                    out, err) == kExitOk);
  auto raw = sql::Database::Open(db_path);
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();

  SECTION("initiative_years: the memo's table and prose money per year") {
    // The table's "Samlet" row prints 2.755 / 8.555 / 7.755 / 7.755 (1.000
    // kr.); the prose adds 3 mio. kr. in 2025 over ten initiatives.
    CHECK(Rows(db, "SELECT origin, year, sum(amount_dkk), count(*) FROM initiative_years "
                   "WHERE document = 'notat_racisme_2025.pdf' GROUP BY origin, year") ==
          std::vector<std::string>{"table|2023|2755000|4", "table|2024|8555000|19", "table|2025|7755000|6",
                                   "table|2026|7755000|6", "text|2025|3000000|10"});
    CHECK(Rows(db, "SELECT ordinal, year, amount_dkk, funding_source FROM initiative_years "
                   "WHERE document = 'notat_racisme_2025.pdf' AND ordinal = '1' ORDER BY year") ==
          std::vector<std::string>{"1|2023|800000|Integrationsbevilling", "1|2024|600000|Integrationsbevilling",
                                   "1|2025|600000|Integrationsbevilling", "1|2026|600000|Integrationsbevilling"});
  }
  SECTION("document_years: the memo's totals") {
    CHECK(Rows(db, "SELECT year, allocated_dkk, initiatives FROM document_years "
                   "WHERE document = 'notat_racisme_2025.pdf' ORDER BY year") ==
          std::vector<std::string>{"2023|2755000|4", "2024|8555000|19", "2025|10755000|16", "2026|7755000|6"});
  }
  SECTION("finding_details: exactly the five injected errors, with page sizes") {
    CHECK(Rows(db, "SELECT document, rule, severity_rank, year, stated_dkk, computed_dkk, difference_dkk, page, "
                   "table_ordinal, round(page_width_pt, 1) FROM finding_details WHERE severity = 'error' "
                   "ORDER BY document") ==
          std::vector<std::string>{
              "memo_group_total_off.pdf|group_sum|1|2025|1900000|1700000|200000|2||595.3",
              "memo_headline_off.pdf|document_sum|1|2025|3000000|3200000|-200000|1||595.3",
              "memo_mio_row_total_off.pdf|table_row_sum|1||5200000|5100000|100000|2|1|595.3",
              "memo_row_cell_changed.pdf|table_column_sum|1|2024|8555000|8655000|-100000|4|1|595.3",
              "memo_total_row_off.pdf|table_column_sum|1|2024|8655000|8555000|100000|4|1|595.3"});
  }
  SECTION("document_overview: one row per document") {
    CHECK(Rows(db, "SELECT count(*), sum(status = 'ok') FROM document_overview") ==
          std::vector<std::string>{"12|12"});
    CHECK(Rows(db, "SELECT page_count, initiatives, allocations, allocated_dkk, first_year, last_year, errors, "
                   "warnings, infos FROM document_overview WHERE file_name = 'notat_racisme_2025.pdf'") ==
          std::vector<std::string>{"4|33|45|29820000|2023|2026|0|0|3"});
    CHECK(Rows(db, "SELECT errors FROM document_overview WHERE file_name = 'memo_total_row_off.pdf'") ==
          std::vector<std::string>{"1"});
  }
}

}  // namespace afstem
