// `afstem report` end to end: the faithful, injected-error and bad fixtures
// imported, the site written, and its pages and pictures checked; a re-run
// that replaces the old site whole, a folder that is not ours refused, a
// moved PDF noted instead of drawn, and usage errors.

#include "ingest/cli/cli_report.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/exit_codes.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

namespace fs = std::filesystem;
using Run = testing::CliRun;
using testing::Lines;

Run Report(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunReport(args, out, err);
  return Run{code, out.str(), err.str()};
}

// Imports `inputs` into dir/a.sqlite; returns its path.
std::string Ingest(const testing::TempDir& dir, const std::vector<std::string>& inputs, int expected_exit) {
  std::string db = (dir / "a.sqlite").string();
  std::vector<std::string> args = {"--db", db};
  args.insert(args.end(), inputs.begin(), inputs.end());
  std::ostringstream out, err;
  REQUIRE(RunIngest(args, out, err) == expected_exit);
  return db;
}

std::string Fixtures(const std::string& folder) { return (testing::SourceDir() / "fixtures" / folder).string(); }

std::string ReadFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE(file);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

// Rows of `query`, columns joined with '|'.
std::vector<std::string> Rows(const std::string& db_path, const std::string& query) {
  auto db = sql::Database::Open(db_path);
  REQUIRE(db.ok());
  auto statement = db.value()->Prepare(query);
  REQUIRE(statement.ok());
  std::vector<std::string> rows;
  while (statement.value()->Step().value()) {
    std::string row;
    for (int column = 0; column < statement.value()->ColumnCount(); ++column) {
      row += (column > 0 ? "|" : "") + statement.value()->ColumnText(column);
    }
    rows.push_back(row);
  }
  return rows;
}

struct PngSize {
  std::uint32_t width = 0, height = 0;
};

// The size in a PNG's IHDR; fails the test unless `bytes` starts like a PNG.
PngSize PngDimensions(const std::string& bytes) {
  REQUIRE(bytes.size() > 33);
  REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  REQUIRE(bytes.compare(12, 4, "IHDR") == 0);
  auto big_endian = [&bytes](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
  };
  return PngSize{big_endian(16), big_endian(20)};
}

}  // namespace

TEST_CASE("report: every document, finding and picture of the fixtures", "[e2e][report]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {Fixtures("pdf"), Fixtures("injected"), Fixtures("bad")}, kExitSomeFailed);
  const fs::path site = dir / "site";
  Run run = Report({"--db", db, "--out", site.string()});
  REQUIRE(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  CHECK(Lines(run.out) == std::vector<std::string>{"report      " + (site / "index.html").string(),
                                                   "documents   17 (12 loaded, 5 failed)",
                                                   "findings    29 (5 errors, 0 warnings, 24 info)",
                                                   "images      29 written, 0 unavailable"});
  const std::string index = ReadFile(site / "index.html");
  CHECK(index.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", 0) == 0);
  for (const std::string& row : Rows(db, "SELECT id, file_name, status, coalesce(error, '') FROM documents")) {
    const std::string id = row.substr(0, row.find('|'));
    INFO(row);
    CHECK(index.find("<tr id=\"document-" + id + "\"") != std::string::npos);
    CHECK(fs::is_regular_file(site / "documents" / (id + ".html")));
  }
  CHECK(Count(index, "<tr id=\"document-") == 17);
  CHECK(Count(index, "<tr class=\"finding severity-error\">") == 5);
  CHECK(Count(index, "<tr id=\"failed-") == 5);
  CHECK(index.find("<td class=\"reason\">truncated PDF (no %%EOF at the end)</td>") != std::string::npos);
  CHECK(index.find("<td class=\"reason\">encrypted: a user password is required to open it</td>") !=
        std::string::npos);
  CHECK(fs::is_regular_file(site / "style.css"));
  CHECK(fs::is_regular_file(site / ".afstem-report"));
}

TEST_CASE("report: each injected error is on its document's page with its picture", "[e2e][report]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {Fixtures("pdf"), Fixtures("injected")}, kExitOk);
  const fs::path site = dir / "site";
  REQUIRE(Report({"--db", db, "--out", site.string()}).exit_code == kExitOk);
  const std::vector<std::string> errors =
      Rows(db, "SELECT f.document_id, f.id, d.file_name FROM findings f JOIN documents d ON d.id = f.document_id "
               "WHERE f.severity = 'error' ORDER BY f.id");
  REQUIRE(errors.size() == 5);
  for (const std::string& row : errors) {
    INFO(row);
    const std::string document_id = row.substr(0, row.find('|'));
    const std::string finding_id = row.substr(row.find('|') + 1, row.rfind('|') - row.find('|') - 1);
    const std::string page = ReadFile(site / "documents" / (document_id + ".html"));
    CHECK(page.find("<article class=\"finding severity-error\" id=\"finding-" + finding_id + "\">") !=
          std::string::npos);
    CHECK(page.find("<img src=\"../images/finding-" + finding_id + ".png\"") != std::string::npos);
  }
  // memo_total_row_off.pdf: its Samlet 2024 cell (p. 4) against 19 rows on pages 2 to 4.
  const std::string total_row_off = Rows(db, "SELECT id FROM documents WHERE file_name = 'memo_total_row_off.pdf'")[0];
  const std::string page = ReadFile(site / "documents" / (total_row_off + ".html"));
  CHECK(page.find("<dd class=\"stated\">8.655.000 kr.</dd>") != std::string::npos);
  CHECK(page.find("<dd class=\"computed\">8.555.000 kr.</dd>") != std::string::npos);
  CHECK(page.find("<dd class=\"difference\">+100.000 kr.</dd>") != std::string::npos);
  CHECK(page.find("<dd class=\"tolerance\">±10.000 kr.</dd>") != std::string::npos);
  CHECK(page.find("<figcaption>Page 4. Red: the stated total 8.655.000 kr.; blue: 9 of its 19 parts; the others "
                  "are on pages 2 and 3; difference +100.000 kr.</figcaption>") != std::string::npos);
  // Its initiatives × years table: Danish order, Danish numbers, totals.
  CHECK(page.find("<table class=\"initiatives\" lang=\"da\">") != std::string::npos);
  CHECK(page.find("<td class=\"title\">Brobyggerugen</td><td class=\"amount\">2</td><td class=\"amount\"></td>"
                  "<td class=\"amount\"></td><td class=\"amount\">500.000</td>") != std::string::npos);
  CHECK(page.find("<tfoot><tr class=\"totals\"><th colspan=\"3\">Total</th><td class=\"amount\">2.755.000</td>"
                  "<td class=\"amount\">8.555.000</td>") != std::string::npos);
  CHECK(page.find("Aktivitetspulje til støtte") < page.find("Brobyggerugen"));
}

TEST_CASE("report: every finding with a page has its PNG", "[e2e][report]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {Fixtures("pdf"), Fixtures("injected")}, kExitOk);
  const fs::path site = dir / "site";
  REQUIRE(Report({"--db", db, "--out", site.string()}).exit_code == kExitOk);
  const std::vector<std::string> findings =
      Rows(db, "SELECT f.id, f.document_id, p.width_pt, p.height_pt FROM findings f "
               "JOIN pages p ON p.document_id = f.document_id AND p.page_number = f.page ORDER BY f.id");
  REQUIRE(findings.size() == 29);
  for (const std::string& row : findings) {
    INFO(row);
    std::istringstream fields(row);
    std::string id, document_id, width_pt, height_pt;
    std::getline(fields, id, '|');
    std::getline(fields, document_id, '|');
    std::getline(fields, width_pt, '|');
    std::getline(fields, height_pt, '|');
    const fs::path png = site / "images" / ("finding-" + id + ".png");
    REQUIRE(fs::is_regular_file(png));
    const PngSize size = PngDimensions(ReadFile(png));
    // At 2 pixels per point: at least the 320 × 110 pt minimum region, at
    // most the whole page.
    CHECK(size.width >= 640);
    CHECK(size.height >= 220);
    CHECK(size.width <= std::stod(width_pt) * 2 + 2);
    CHECK(size.height <= std::stod(height_pt) * 2 + 2);
    const std::string page = ReadFile(site / "documents" / (document_id + ".html"));
    // Shown at the page's real size: 4/3 CSS pixels per point.
    CHECK(page.find("<img src=\"../images/finding-" + id + ".png\" width=\"" + std::to_string((size.width * 2 + 1) / 3) +
                    "\" height=\"" + std::to_string((size.height * 2 + 1) / 3) + "\"") != std::string::npos);
  }
  CHECK(std::distance(fs::directory_iterator(site / "images"), fs::directory_iterator()) == 29);
}

TEST_CASE("report: a re-run replaces the old report whole", "[e2e][report]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {Fixtures("injected")}, kExitOk);
  const fs::path site = dir / "site";
  REQUIRE(Report({"--db", db, "--out", site.string()}).exit_code == kExitOk);
  const std::string first = ReadFile(site / "index.html");
  testing::WriteFile(site / "stale.html", "old");
  testing::WriteFile(site / "images" / "finding-999.png", "old");
  Run again = Report({"--db", db, "--out", site.string() + "/"});
  CHECK(again.exit_code == kExitOk);
  CHECK(again.err.empty());
  CHECK_FALSE(fs::exists(site / "stale.html"));
  CHECK_FALSE(fs::exists(site / "images" / "finding-999.png"));
  CHECK(ReadFile(site / "index.html") == first);
  // Nothing is left beside it: no staging folder, no old copy.
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().rfind(".site.", 0) == std::string::npos);
  }
}

TEST_CASE("report: a folder it did not write is refused, exit 2", "[e2e][report]") {
  testing::TempDir dir;
  const std::string db = Ingest(dir, {Fixtures("injected")}, kExitOk);
  const fs::path theirs = dir / "theirs";
  fs::create_directory(theirs);
  testing::WriteFile(theirs / "thesis.txt", "keep me");
  Run run = Report({"--db", db, "--out", theirs.string()});
  CHECK(run.exit_code == kExitUsage);
  CHECK(run.out.empty());
  CHECK(run.err == "afstem: " + theirs.string() +
                       ": is not empty and was not written by afstem report (it has no .afstem-report); "
                       "refusing to replace it\n");
  CHECK(ReadFile(theirs / "thesis.txt") == "keep me");
  CHECK(std::distance(fs::directory_iterator(theirs), fs::directory_iterator()) == 1);
  // An empty folder is fine.
  fs::create_directory(dir / "empty");
  CHECK(Report({"--db", db, "--out", (dir / "empty").string()}).exit_code == kExitOk);
  CHECK(fs::is_regular_file(dir / "empty" / "index.html"));
}

TEST_CASE("report: a PDF that has moved is noted instead of drawn", "[e2e][report]") {
  testing::TempDir dir;
  const fs::path moved = dir / "memo_headline_off.pdf";
  fs::copy_file(testing::SourceDir() / "fixtures" / "injected" / "memo_headline_off.pdf", moved);
  const std::string db = Ingest(dir, {moved.string()}, kExitOk);
  fs::remove(moved);
  const fs::path site = dir / "site";
  Run run = Report({"--db", db, "--out", site.string()});
  CHECK(run.exit_code == kExitOk);
  CHECK(Lines(run.out).back() == "images      0 written, 4 unavailable");
  CHECK(run.err == "afstem: memo_headline_off.pdf: page image unavailable: " + moved.string() +
                       " not found (4 findings without a picture)\n");
  const std::string page = ReadFile(site / "documents" / "1.html");
  CHECK(page.find("<p class=\"image-unavailable\">page image unavailable: " + moved.string() + " not found</p>") !=
        std::string::npos);
  CHECK(page.find("<article class=\"finding severity-error\"") != std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
}

TEST_CASE("report: usage errors and a missing database", "[e2e][report]") {
  testing::TempDir dir;
  Run help = Report({"--help"});
  CHECK(help.exit_code == kExitOk);
  CHECK(help.out == ReportUsage());
  Run no_out = Report({"--db", (dir / "a.sqlite").string()});
  CHECK(no_out.exit_code == kExitUsage);
  CHECK(Lines(no_out.err).front() == "afstem report: --out DIR is required");
  CHECK(Lines(Report({"--out", "x", "--colour"}).err).front() == "afstem report: unknown option --colour");
  CHECK(Lines(Report({"--out"}).err).front() == "afstem report: --out needs a DIR");
  Run no_db = Report({"--db", (dir / "none.sqlite").string(), "--out", (dir / "site").string()});
  CHECK(no_db.exit_code == kExitSomeFailed);
  CHECK(no_db.err == "afstem: " + (dir / "none.sqlite").string() +
                         ": no database here (import PDFs with afstem ingest first)\n");
  CHECK_FALSE(fs::exists(dir / "site"));
}

}  // namespace afstem
