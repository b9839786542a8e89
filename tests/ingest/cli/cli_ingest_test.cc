// End-to-end `afstem ingest` through RunIngest: bad inputs beside a good one,
// re-runs that change nothing, --force, and usage errors.

#include "ingest/cli/cli_ingest.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <sstream>

#include "ingest/cli/open_store.h"
#include "schema/store/sqlite.h"
#include "tests/support/store_test_peer.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using Run = testing::CliRun;
using testing::Lines;

Run Ingest(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunIngest(args, out, err);
  return Run{code, out.str(), err.str()};
}

// Every row of the tables a re-run must not touch, as text.
std::string CanonicalDump(const std::string& db_path) {
  auto db = sql::Database::Open(db_path);
  REQUIRE(db.ok());
  std::string dump;
  for (const char* query :
       {"SELECT id, sha256, file_name, path, title, page_count, status, "
        "error, imported_at FROM documents ORDER BY id",
        "SELECT document_id, page_number, width_pt, height_pt, word_count, "
        "raw_text, text, hex(words) FROM pages ORDER BY document_id, page_number",
        "SELECT document_id, page, x0, y0, x1, y1, uri FROM links ORDER BY id"}) {
    auto statement = db.value()->Prepare(query);
    REQUIRE(statement.ok());
    sql::Statement& rows = *statement.value();
    while (rows.Step().value()) {
      for (int column = 0; column < rows.ColumnCount(); ++column) dump += rows.ColumnText(column) + "|";
      dump += "\n";
    }
  }
  return dump;
}

const std::string kGood =
    testing::FixturePdf("notat_racisme_2025_libreoffice.pdf").string();

}  // namespace

TEST_CASE("four bad files fail one by one and the good one loads",
          "[e2e][ingest]") {
  testing::TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  const std::string not_pdf = testing::BadFixture("not_a_pdf.pdf").string();
  const std::string empty = testing::BadFixture("empty.pdf").string();
  const std::string truncated = testing::BadFixture("truncated.pdf").string();
  const std::string locked =
      testing::BadFixture("encrypted_user_password.pdf").string();
  Run run = Ingest({"--db", db, not_pdf, empty, truncated, locked, kGood});

  CHECK(run.exit_code == kExitSomeFailed);
  std::vector<std::string> err = Lines(run.err);
  REQUIRE(err.size() == 5);
  CHECK(err[0] == "afstem: " + not_pdf + ": error: not a PDF (no %PDF- header)");
  CHECK(err[1] == "afstem: " + empty + ": error: empty file (0 bytes)");
  CHECK(err[2] == "afstem: " + truncated +
                      ": error: truncated PDF (no %%EOF at the end)");
  CHECK(err[3] == "afstem: " + locked +
                      ": error: encrypted: a user password is required to open it");
  CHECK(err[4] == "afstem: " + kGood + ": loaded as document 5 (4 pages, 21 links; findings: 0 errors, 0 warnings, 3 info)");
  CHECK(Lines(run.out)[0] ==
        "documents   1 loaded, 0 replaced, 0 skipped (already imported), 4 failed");

  auto database = sql::Database::Open(db);
  REQUIRE(database.ok());
  auto rows = database.value()->Prepare(
      "SELECT file_name, status, coalesce(error, ''), coalesce(page_count, -1), "
      "(SELECT count(*) FROM pages WHERE document_id = documents.id) "
      "FROM documents ORDER BY id");
  REQUIRE(rows.ok());
  std::vector<std::string> found;
  while (rows.value()->Step().value()) {
    sql::Statement& row = *rows.value();
    found.push_back(row.ColumnText(0) + "|" + row.ColumnText(1) + "|" +
                    row.ColumnText(2) + "|" + std::to_string(row.ColumnInt(3)) +
                    "|" + std::to_string(row.ColumnInt(4)));
  }
  CHECK(found == std::vector<std::string>{
                     "not_a_pdf.pdf|failed|not a PDF (no %PDF- header)|-1|0",
                     "empty.pdf|failed|empty file (0 bytes)|-1|0",
                     "truncated.pdf|failed|truncated PDF (no %%EOF at the end)|-1|0",
                     "encrypted_user_password.pdf|failed|encrypted: a user "
                     "password is required to open it|-1|0",
                     "notat_racisme_2025_libreoffice.pdf|ok||4|4"});
}

TEST_CASE("a path that does not exist fails without a row", "[e2e][ingest]") {
  testing::TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  const std::string missing = (dir / "missing.pdf").string();
  Run run = Ingest({"--db", db, missing, kGood});
  CHECK(run.exit_code == kExitSomeFailed);
  CHECK(Lines(run.err)[0] ==
        "afstem: " + missing + ": error: no such file or directory");
  auto database = sql::Database::Open(db);
  CHECK(database.value()->QueryInt("SELECT count(*) FROM documents").value() == 1);
}

TEST_CASE("ingesting the same files again changes nothing; --force replaces",
          "[e2e][ingest]") {
  testing::TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  const std::string folder = (testing::SourceDir() / "fixtures" / "pdf").string();
  Run first = Ingest({"--db", db, folder});
  REQUIRE(first.exit_code == kExitOk);
  const std::string before = CanonicalDump(db);

  Run second = Ingest({"--db", db, folder});
  CHECK(second.exit_code == kExitOk);
  CHECK(CanonicalDump(db) == before);
  std::vector<std::string> err = Lines(second.err);
  REQUIRE_FALSE(err.empty());
  for (const std::string& line : err) {
    CHECK(line.find(": already imported as document ") != std::string::npos);
  }
  CHECK(Lines(second.out)[0].find(" 0 loaded, 0 replaced, " +
                                  std::to_string(err.size()) +
                                  " skipped (already imported), 0 failed") !=
        std::string::npos);

  Run forced = Ingest({"--db", db, "--force", kGood});
  CHECK(forced.exit_code == kExitOk);
  CHECK(Lines(forced.err)[0].find(": replaced as document ") != std::string::npos);
  auto database = sql::Database::Open(db);
  CHECK(database.value()->QueryInt("SELECT count(*) FROM documents").value() ==
        static_cast<std::int64_t>(err.size()));
}

TEST_CASE("usage errors exit 2, --help exits 0", "[e2e][ingest]") {
  CHECK(Ingest({}).exit_code == kExitUsage);
  CHECK(Lines(Ingest({}).err)[0] == "afstem ingest: no PATH given");
  CHECK(Ingest({"--bogus", "x.pdf"}).exit_code == kExitUsage);
  CHECK(Ingest({"--db"}).exit_code == kExitUsage);
  for (const std::vector<std::string>& bad :
       std::vector<std::vector<std::string>>{{"--jobs", "0", "x.pdf"},
                                             {"--jobs=many", "x.pdf"},
                                             {"--timeout", "2G", "x.pdf"},
                                             {"--timeout", "1e999", "x.pdf"},
                                             {"--max-memory", "1M", "x.pdf"},
                                             {"--max-size", "big", "x.pdf"},
                                             {"--max-pages", "-3", "x.pdf"},
                                             {"--force=yes", "x.pdf"}}) {
    INFO(bad[0] + " " + bad[1]);
    Run run = Ingest(bad);
    CHECK(run.exit_code == kExitUsage);
    CHECK(Lines(run.err)[0].rfind("afstem ingest: --", 0) == 0);
  }
  Run help = Ingest({"--help"});
  CHECK(help.exit_code == kExitOk);
  CHECK(Lines(help.out)[0] == "usage: afstem ingest [--db FILE] [--jobs N] [--force] [OPTIONS] PATH...");
}

}  // namespace afstem

namespace afstem {

TEST_CASE("a database that cannot be opened stops with one line",
          "[e2e][ingest]") {
  testing::TempDir dir;
  Run run = Ingest({"--db", dir.path().string(), kGood});
  CHECK(run.exit_code == kExitSomeFailed);
  CHECK(run.out.empty());
  CHECK(run.err == "afstem: cannot open database " + dir.path().string() +
                       ": unable to open database file\n");
}

}  // namespace afstem

namespace afstem {

TEST_CASE("after ingest: full-text search finds the memo; COLLATE da sorts "
          "Danish", "[e2e][ingest]") {
  testing::TempDir dir;
  const std::string db = (dir / "a.sqlite").string();
  Run run = Ingest({"--db", db, (testing::SourceDir() / "fixtures" / "pdf").string()});
  REQUIRE(run.exit_code == kExitOk);
  auto store = OpenDocumentStore(db);
  REQUIRE(store.ok());
  auto hits = store.value()->SearchPages("hadforbrydelser", 1000);
  REQUIRE(hits.ok());
  std::vector<std::string> found;
  for (const SearchHit& hit : hits.value()) found.push_back(hit.file_name + ":" + std::to_string(hit.page));
  // The word is hyphenated across lines on several of these pages
  // ("hadforbry-/delser"): only the normalized text can find it there.
  CHECK(std::count(found.begin(), found.end(), "notat_racisme_2025.pdf:1") == 1);
  CHECK(std::count(found.begin(), found.end(), "notat_racisme_2025.pdf:2") == 1);
  CHECK(std::count(found.begin(), found.end(), "notat_racisme_2025_libreoffice.pdf:1") == 1);

  // The text order OpenDocumentStore gave the store's own connection.
  sql::Database& database = DocumentStoreTestPeer::Connection(*store.value());
  REQUIRE(database.Execute(
      "CREATE TEMP TABLE titles (title TEXT);"
      "INSERT INTO titles VALUES ('Ærø'), ('Zealand'), ('Aabenraa'), ('Østerbro'),"
      " ('Amager'), ('Åben Skole'), ('Brobyggerugen');").ok());
  auto sorted = database.Prepare("SELECT title FROM titles ORDER BY title COLLATE da");
  std::vector<std::string> titles;
  while (sorted.value()->Step().value()) titles.push_back(sorted.value()->ColumnText(0));
  CHECK(titles == std::vector<std::string>{"Amager", "Brobyggerugen", "Zealand", "Ærø",
                                           "Østerbro", "Åben Skole", "Aabenraa"});
}

}  // namespace afstem
