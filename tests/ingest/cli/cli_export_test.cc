// `afstem export` end to end: the memo's table as a CSV grid (header + 24
// rows of 6 columns), JSON with boxes; initiatives, allocations, findings
// and documents as CSV, JSON and NDJSON that agree field by field; and
// usage errors.

#include "ingest/cli/cli_export.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using Run = testing::CliRun;
using testing::Lines;

Run Export(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunExport(args, out, err);
  return Run{code, out.str(), err.str()};
}

std::string IngestFixtures(const testing::TempDir& dir) {
  const std::string db = (dir / "a.sqlite").string();
  std::ostringstream out, err;
  REQUIRE(RunIngest({"--db", db, (testing::SourceDir() / "fixtures" / "pdf").string(),
                     (testing::SourceDir() / "fixtures" / "injected").string()},
                    out, err) == kExitOk);
  return db;
}

// RFC 4180 records (CRLF line ends, quoted fields with "" for a quote).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
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
    } else if (c == ',') {
      record.push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(field);
      records.push_back(record);
      record.clear();
      field.clear();
      ++i;
    } else {
      field += c;
    }
  }
  REQUIRE(field.empty());
  REQUIRE(record.empty());
  return records;
}

// Each JSON record's fields as CSV would print them (SQLite's JSON
// functions do the parsing): null -> "", numbers and strings as text.
std::vector<std::vector<std::string>> JsonRecords(const std::string& json, const std::string& name,
                                                  const std::vector<std::string>& columns) {
  auto db = sql::Database::Open(":memory:");
  REQUIRE(db.ok());
  auto valid = db.value()->Prepare("SELECT json_valid(?1)");
  REQUIRE(valid.ok());
  valid.value()->Bind(1, std::string_view(json));
  REQUIRE(valid.value()->Step().value());
  REQUIRE(valid.value()->ColumnInt(0) == 1);
  std::vector<std::vector<std::string>> records;
  auto each = db.value()->Prepare("SELECT value FROM json_each(?1, ?2)");
  REQUIRE(each.ok());
  each.value()->Bind(1, std::string_view(json)).Bind(2, std::string_view("$." + name));
  auto field = db.value()->Prepare("SELECT json_extract(?1, ?2)");
  REQUIRE(field.ok());
  while (each.value()->Step().value()) {
    const std::string object = each.value()->ColumnText(0);
    std::vector<std::string> record;
    for (const std::string& column : columns) {
      field.value()->Bind(1, std::string_view(object)).Bind(2, std::string_view("$.\"" + column + "\""));
      REQUIRE(field.value()->Step().value());
      record.push_back(field.value()->ColumnText(0));
      field.value()->Reset();
    }
    records.push_back(record);
  }
  return records;
}

}  // namespace

TEST_CASE("export csv tables: the memo opens as 24 rows of 6 columns",
          "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "csv", "--document", "notat_racisme_2025.pdf", "tables"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 25);  // header + 23 rows + Samlet
  CHECK(lines[0] == "Indsats,2023,2024,2025,2026,Finansiering");
  CHECK(lines[1] == "1. Virksomhedsrettet indsats til bekæmpelse af ubevidst diskrimination "
                    "på københavnske arbejdspladser.,800,600,600,600,Integrationsbevilling");
  CHECK(lines[2] == "\"2. Støtte til foreningen Mino Danmark, der arbejder for at styrke "
                    "minoritetsetniske danskeres muligheder, stemmer og samfundsdeltagelse.\","
                    "300,300,300,300,Integrationsbevilling");
  CHECK(lines[8] == "8. Lancering af samarbejde med foreningen Brobyggerne om levering af "
                    "Brobyggerspil til dialog om fællesskab trods forskelligheder til skoler "
                    "og fritidstilbud,,,,,Udgift afholdt i 2022 (0.465)");
  CHECK(lines[24] == "Samlet,2.755,8.555,7.755,7.755,");
}

TEST_CASE("export json tables: cells with numbers, pages and boxes", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "json", "--document", "notat_racisme_2025.pdf", "tables"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.rfind("{\"tables\":[{\"document\":\"notat_racisme_2025.pdf\",\"table\":1,"
                      "\"first_page\":2,\"last_page\":4,\"unit\":\"1.000 kr.\","
                      "\"unit_source\":\"inferred\",\"rows\":[",
                      0) == 0);
  CHECK(run.out.find("{\"text\":\"2.755\",\"value\":2755,\"page\":4,\"box\":[") != std::string::npos);
}

TEST_CASE("export csv initiatives: the memo's 23 table rows and 10 prose initiatives", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "csv", "--document", "notat_racisme_2025.pdf", "initiatives"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  const auto csv = ParseCsv(run.out);
  REQUIRE(csv.size() == 1 + 23 + 10);
  CHECK(csv[0] == std::vector<std::string>{"initiative_id", "document", "ordinal", "title", "funding_source",
                                           "funding_url", "committee", "origin", "page", "2023", "2024",
                                           "2025", "2026", "total_dkk"});
  // Table row 1: 800 / 600 / 600 / 600 in 1.000 kr.
  CHECK(csv[1][2] == "1");
  CHECK(csv[1][4] == "Integrationsbevilling");
  CHECK(std::vector<std::string>(csv[1].begin() + 7, csv[1].end()) ==
        std::vector<std::string>{"table", "2", "800000", "600000", "600000", "600000", "2600000"});
  // Row 23 ("Nye indsatser"): 3 mio. in 2025 and 2026 only.
  CHECK(csv[23][2] == "23");
  CHECK(std::vector<std::string>(csv[23].begin() + 9, csv[23].end()) ==
        std::vector<std::string>{"", "", "3000000", "3000000", "6000000"});
  // The first prose initiative: 300.000 kr. in 2025, tagged (KFU).
  CHECK(csv[24][2] == "");
  CHECK(csv[24][6] == "KFU");
  CHECK(std::vector<std::string>(csv[24].begin() + 7, csv[24].end()) ==
        std::vector<std::string>{"text", "1", "", "", "300000", "", "300000"});
  int table_rows = 0, prose = 0;
  for (std::size_t r = 1; r < csv.size(); ++r) {
    table_rows += csv[r][7] == "table" ? 1 : 0;
    prose += csv[r][7] == "text" ? 1 : 0;
  }
  CHECK(table_rows == 23);
  CHECK(prose == 10);
}

TEST_CASE("export: JSON and NDJSON hold the CSV's records, field for field", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  for (const char* what : {"initiatives", "allocations", "findings", "documents"}) {
    INFO(what);
    const auto csv = ParseCsv(Export({"--db", db, "--format", "csv", what}).out);
    REQUIRE(csv.size() > 1);
    Run json = Export({"--db", db, "--format", "json", what});
    REQUIRE(json.exit_code == kExitOk);
    const auto records = JsonRecords(json.out, what, csv[0]);
    CHECK(records == std::vector<std::vector<std::string>>(csv.begin() + 1, csv.end()));
    // NDJSON: the same objects, one per line.
    std::string as_array = "{\"" + std::string(what) + "\": [";
    const auto lines = Lines(Export({"--db", db, "--format", "ndjson", what}).out);
    for (std::size_t i = 0; i < lines.size(); ++i) as_array += (i ? "," : "") + lines[i];
    CHECK(JsonRecords(as_array + "]}", what, csv[0]) == records);
  }
}

TEST_CASE("export findings: the injected error with its box and parts", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "ndjson", "--document", "memo_total_row_off.pdf", "findings"});
  REQUIRE(run.exit_code == kExitOk);
  const std::string first = Lines(run.out).at(0);
  CHECK(first.find("\"document\":\"memo_total_row_off.pdf\",\"severity\":\"error\","
                   "\"rule\":\"table_column_sum\"") != std::string::npos);
  CHECK(first.find("\"year\":2024,\"stated_dkk\":8655000,\"computed_dkk\":8555000,"
                   "\"difference_dkk\":100000,\"tolerance_dkk\":10000") != std::string::npos);
  CHECK(first.find("\"page\":4,\"box\":[") != std::string::npos);
  CHECK(first.find("\"parts\":[{\"label\":\"row 1\",\"amount_dkk\":600000") != std::string::npos);
  const auto csv = ParseCsv(Export({"--db", db, "--format", "csv", "--document", "memo_total_row_off.pdf",
                                    "findings"}).out);
  CHECK(csv[0] == std::vector<std::string>{"finding_id", "document", "severity", "rule", "label", "year",
                                           "stated_dkk", "computed_dkk", "difference_dkk", "tolerance_dkk",
                                           "message", "page"});
  // Allocations say what each amount is: the memo's table is a budget.
  const auto allocations = ParseCsv(Export({"--db", db, "--format", "csv", "--document", "notat_racisme_2025.pdf",
                                            "allocations"}).out);
  REQUIRE(allocations.size() > 1);
  CHECK(std::vector<std::string>(allocations[0].begin(), allocations[0].begin() + 8) ==
        std::vector<std::string>{"allocation_id", "initiative_id", "document", "ordinal", "initiative", "year",
                                 "basis", "amount_dkk"});
  CHECK(allocations[1][6] == "budget");
}

TEST_CASE("export documents: one record per document with its counts", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  const auto csv = ParseCsv(Export({"--db", db, "--format", "csv", "documents"}).out);
  REQUIRE(csv.size() == 1 + 12);
  CHECK(csv[0] == std::vector<std::string>{"document_id", "file_name", "title", "kind", "document_date",
                                           "committee", "status", "error", "page_count", "initiatives", "allocations", "allocated_dkk", "first_year",
                                           "last_year", "errors", "warnings", "infos", "sha256", "path",
                                           "imported_at"});
  bool memo_seen = false;
  for (const auto& record : csv) {
    if (record[1] != "notat_racisme_2025.pdf") continue;
    memo_seen = true;
    CHECK(record[2] ==
          "Foreløbige bud på indsatser, som kan støttes ifm. udmøntning af frie midler i 2025 samt oversigt over "
          "indsatser mod racisme mv. på BIUs område i 2023-2026.");
    CHECK(record[3] == "notat");
    CHECK(record[4].empty());  // the memo prints no date or committee of its own above its text
    CHECK(record[5].empty());
    CHECK(record[6] == "ok");
    CHECK(record[9] == "33");
    CHECK(record[14] == "0");
  }
  CHECK(memo_seen);
}

TEST_CASE("export usage errors", "[e2e][export]") {
  CHECK(Export({"--format", "csv"}).exit_code == kExitUsage);
  CHECK(Lines(Export({"--format", "csv"}).err)[0] ==
        "afstem export: say what to export: initiatives, allocations, findings, documents, tables");
  CHECK(Lines(Export({"--format", "csv", "pages"}).err)[0] ==
        "afstem export: cannot export pages (one of initiatives, allocations, findings, documents, tables)");
  CHECK(Export({"--db", "/nonexistent/a.sqlite", "--format", "csv", "findings"}).exit_code == kExitSomeFailed);
  CHECK(Lines(Export({"--format", "xml", "tables"}).err)[0] ==
        "afstem export: --format must be csv, json or ndjson");
  CHECK(Export({"--format", "csv", "pages"}).exit_code == kExitUsage);
  CHECK(Export({"--help"}).exit_code == kExitOk);
}

}  // namespace afstem
