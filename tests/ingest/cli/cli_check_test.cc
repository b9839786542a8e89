// `afstem check` end to end: exit 0 on the faithful fixtures, 3 with the
// injected errors, the report's lines, --severity, JSON fields, a re-run
// that stores exactly what the import stored, and usage errors.

#include "ingest/cli/cli_check.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using Run = testing::CliRun;
using testing::Lines;

Run Check(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunCheck(args, out, err);
  return Run{code, out.str(), err.str()};
}

std::string Ingest(const testing::TempDir& dir, const std::vector<std::string>& folders) {
  const std::string db = (dir / "a.sqlite").string();
  std::vector<std::string> args = {"--db", db};
  for (const std::string& folder : folders) args.push_back((testing::SourceDir() / "fixtures" / folder).string());
  std::ostringstream out, err;
  REQUIRE(RunIngest(args, out, err) == kExitOk);
  return db;
}

// Every stored finding, one line each, by document in id order.
std::vector<std::string> StoredFindings(const std::string& db_path) {
  auto db = sql::Database::Open(db_path);
  REQUIRE(db.ok());
  auto query = db.value()->Prepare(
      "SELECT document_id || '|' || rule || '|' || severity || '|' || coalesce(year, '') || '|' || "
      "coalesce(stated_dkk, '') || '|' || coalesce(computed_dkk, '') || '|' || coalesce(tolerance_dkk, '') || "
      "'|' || label || '|' || message || '|' || coalesce(page, '') || '|' || coalesce(x0, '') || '|' || "
      "coalesce(table_id, '') || '|' || coalesce(table_row, '') || '|' || coalesce(stated_total_id, '') || "
      "'|' || parts || '|' || parameters FROM findings ORDER BY document_id, id");
  REQUIRE(query.ok());
  std::vector<std::string> rows;
  while (true) {
    auto step = query.value()->Step();
    REQUIRE(step.ok());
    if (!step.value()) return rows;
    rows.push_back(query.value()->ColumnText(0));
  }
}

}  // namespace

TEST_CASE("check: the faithful fixtures have nothing wrong, exit 0", "[e2e][check]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {"pdf"});
  Run run = Check({"--db", db});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  const std::vector<std::string> lines = Lines(run.out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back() == "6 documents checked: 0 errors, 0 warnings, 6 info");
  Run errors_only = Check({"--db", db, "--severity", "error"});
  CHECK(errors_only.exit_code == kExitOk);
  CHECK(Lines(errors_only.out) ==
        std::vector<std::string>{"6 documents checked: 0 errors, 0 warnings, 6 info (showing error and worse)"});
}

TEST_CASE("check: injected errors are reported by document, exit 3", "[e2e][check]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {"pdf", "injected"});
  Run run = Check({"--db", db, "--severity", "warning"});
  CHECK(run.exit_code == kExitErrorFindings);
  CHECK(run.err.empty());
  const std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 16);  // five documents: name, finding, blank; count line
  CHECK(lines[0] == "memo_group_total_off.pdf (document 7)");
  CHECK(lines[1] ==
        "  error   group_sum          p. 2   \"2. Videreførelse af eksisterende civilsamfundsinitiativer\", 2025: "
        "stated 1.900.000 kr., but the sum of its 4 bullets is 1.700.000 kr.: 200.000 kr. more than the parts; "
        "every amount is printed to the krone, so rounding explains none of it");
  CHECK(lines[12] == "memo_total_row_off.pdf (document 12)");
  CHECK(lines[13] ==
        "  error   table_column_sum   p. 4   table 1 (p. 2), \"Samlet\", 2024: stated 8.655.000 kr., but the sum "
        "of its 19 rows is 8.555.000 kr.: 100.000 kr. more than the parts, where rounding of the printed "
        "figures explains at most ±10.000 kr.");
  CHECK(lines.back() == "12 documents checked: 5 errors, 0 warnings, 24 info (showing warning and worse)");
}

TEST_CASE("check: JSON carries every field", "[e2e][check]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {"injected"});
  Run run = Check({"--db", db, "--format", "json", "--severity", "error"});
  CHECK(run.exit_code == kExitErrorFindings);
  CHECK(run.out.rfind("{\"documents\":[", 0) == 0);
  CHECK(run.out.find(
            "\"rule\":\"table_column_sum\",\"severity\":\"error\",\"year\":2024,\"stated_dkk\":8655000,"
            "\"computed_dkk\":8555000,\"difference_dkk\":100000,\"tolerance_dkk\":10000,") != std::string::npos);
  CHECK(run.out.find("\"parts\":[{\"label\":\"row 1\",\"amount_dkk\":600000,\"text\":\"600\",\"precision_dkk\":500,"
                     "\"page\":2,\"box\":[") != std::string::npos);
  CHECK(run.out.find("\"parameters\":{\"unit\":\"1.000 kr.\",\"part_rows\":[1,2,") != std::string::npos);
  for (const char* field : {"\"id\":", "\"label\":", "\"message\":", "\"page\":", "\"box\":", "\"table_id\":",
                            "\"table_row\":", "\"table_column\":", "\"stated_total_id\":"}) {
    CHECK(run.out.find(field) != std::string::npos);
  }
  CHECK(run.out.find("\"documents_checked\":6,\"counts\":{\"error\":5,\"warning\":0,\"info\":18}}") !=
        std::string::npos);
}

TEST_CASE("check: a re-run stores exactly the findings the import stored", "[e2e][check]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {"pdf", "injected"});
  const std::vector<std::string> at_import = StoredFindings(db);
  CHECK(at_import.size() == 29);
  CHECK(Check({"--db", db}).exit_code == kExitErrorFindings);
  CHECK(StoredFindings(db) == at_import);
}

TEST_CASE("check: usage errors and a missing database", "[e2e][check]") {
  testing::TempDir dir;
  CHECK(Check({"--format", "xml"}).exit_code == kExitUsage);
  CHECK(Check({"--severity", "fatal"}).exit_code == kExitUsage);
  CHECK(Check({"--bogus"}).exit_code == kExitUsage);
  Run joined = Check({"--help=yes"});
  CHECK(joined.exit_code == kExitUsage);
  CHECK(Lines(joined.err)[0] == "afstem check: --help takes no value");
  // "--db=FILE" is "--db FILE".
  CHECK(Check({"--db=" + (dir / "none.sqlite").string()}).exit_code == kExitSomeFailed);
  Run missing = Check({"--db", (dir / "none.sqlite").string()});
  CHECK(missing.exit_code == kExitSomeFailed);
  CHECK(missing.err == "afstem: " + (dir / "none.sqlite").string() +
                           ": no database here (import PDFs with afstem ingest first)\n");
  CHECK_FALSE(std::filesystem::exists(dir / "none.sqlite"));
  CHECK(Check({"--help"}).out == CheckUsage());
}

}  // namespace afstem
