// The bad-input matrix, end to end through `afstem ingest`: each kind of bad
// input next to a good file. Every case gives one clear line naming the file
// and the reason, a failed row (or a warning finding when the file loads),
// loses nothing else, and sets the exit code.

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

namespace fs = std::filesystem;
using testing::Lines;

const fs::path kGood = testing::FixturePdf("notat_racisme_2025.pdf");

struct MatrixRun {
  int exit_code = 0;
  std::vector<std::string> err;
  std::string db;
};

// `afstem ingest --db DIR/a.sqlite ARGS... GOOD` with `fault` in
// AFSTEM_TEST_WORKER_FAULT.
MatrixRun Ingest(const testing::TempDir& dir, std::vector<std::string> args, const std::string& fault = "") {
  MatrixRun run;
  run.db = (dir / "a.sqlite").string();
  args.insert(args.begin(), {"--db", run.db, "--jobs", "2"});
  args.push_back(kGood.string());
  if (!fault.empty()) setenv("AFSTEM_TEST_WORKER_FAULT", fault.c_str(), 1);
  std::ostringstream out, err;
  run.exit_code = RunIngest(args, out, err);
  unsetenv("AFSTEM_TEST_WORKER_FAULT");
  run.err = Lines(err.str());
  return run;
}

std::string Query(const std::string& db_path, const std::string& sql) {
  auto db = sql::Database::Open(db_path);
  REQUIRE(db.ok());
  auto query = db.value()->Prepare(sql);
  REQUIRE(query.ok());
  std::string rows;
  while (true) {
    auto step = query.value()->Step();
    REQUIRE(step.ok());
    if (!step.value()) return rows;
    rows += (rows.empty() ? "" : "\n") + query.value()->ColumnText(0);
  }
}

// The good file loaded beside the bad one.
void CheckGoodLoaded(const MatrixRun& run) {
  CHECK(Query(run.db, "SELECT status || ' ' || page_count FROM documents WHERE file_name = "
                      "'notat_racisme_2025.pdf'") == "ok 4");
  CHECK(run.err.back().find("notat_racisme_2025.pdf: loaded as document") != std::string::npos);
}

// A failed case: exit 1, one line naming the file and the reason, a failed
// row with that reason (when the file could be hashed), the good file loaded.
void CheckFailed(const MatrixRun& run, const std::string& path, const std::string& reason, bool has_row = true) {
  CHECK(run.exit_code == kExitSomeFailed);
  REQUIRE(run.err.size() == 2);
  CHECK(run.err[0] == "afstem: " + path + ": error: " + reason);
  if (has_row) {
    CHECK(Query(run.db, "SELECT status || ': ' || error FROM documents WHERE path = '" + path + "'") ==
          "failed: " + reason);
  }
  CheckGoodLoaded(run);
}

std::string Bad(const std::string& name) { return testing::BadFixture(name).string(); }
std::string Variant(const std::string& name) {
  return (testing::SourceDir() / "fixtures" / "variants" / name).string();
}

}  // namespace

TEST_CASE("bad input: not a PDF", "[e2e][bad-input]") {
  testing::TempDir dir;
  CheckFailed(Ingest(dir, {Bad("not_a_pdf.pdf")}), Bad("not_a_pdf.pdf"), "not a PDF (no %PDF- header)");
}

TEST_CASE("bad input: empty file", "[e2e][bad-input]") {
  testing::TempDir dir;
  CheckFailed(Ingest(dir, {Bad("empty.pdf")}), Bad("empty.pdf"), "empty file (0 bytes)");
}

TEST_CASE("bad input: truncated", "[e2e][bad-input]") {
  testing::TempDir dir;
  CheckFailed(Ingest(dir, {Bad("truncated.pdf")}), Bad("truncated.pdf"), "truncated PDF (no %%EOF at the end)");
}

TEST_CASE("bad input: user-password encrypted", "[e2e][bad-input]") {
  testing::TempDir dir;
  CheckFailed(Ingest(dir, {Bad("encrypted_user_password.pdf")}), Bad("encrypted_user_password.pdf"),
              "encrypted: a user password is required to open it");
}

TEST_CASE("bad input: zero pages", "[e2e][bad-input]") {
  testing::TempDir dir;
  CheckFailed(Ingest(dir, {Bad("zero_pages.pdf")}), Bad("zero_pages.pdf"), "PDF has no pages");
}

TEST_CASE("bad input: more pages than --max-pages", "[e2e][bad-input]") {
  testing::TempDir dir;
  const std::string nine = testing::FixturePdf("integrationshandleplan_2024.pdf").string();
  CheckFailed(Ingest(dir, {"--max-pages", "8", nine}), nine, "too many pages (9, over --max-pages 8)");
}

TEST_CASE("bad input: larger than --max-size", "[e2e][bad-input]") {
  testing::TempDir dir;
  const std::string large = Variant("owner_password_only.pdf");
  const auto size = static_cast<std::int64_t>(fs::file_size(large));
  REQUIRE(size > 52'000);  // and the good memo is smaller
  REQUIRE(fs::file_size(kGood) < 52'000);
  MatrixRun run = Ingest(dir, {"--max-size", "52000", large});
  char expected[96];
  std::snprintf(expected, sizeof(expected), "file too large (%.1f KB, over --max-size 52.0 KB)",
                static_cast<double>(size) / 1e3);
  CheckFailed(run, large, expected);
}

TEST_CASE("bad input: a crash inside the PDF library (simulated)", "[e2e][bad-input]") {
  testing::TempDir dir;
  const std::string victim = testing::FixturePdf("bilag_social_kontrol_2024.pdf").string();
  CheckFailed(Ingest(dir, {victim}, "crash:bilag_social_kontrol_2024.pdf"), victim, "crashed (SIGSEGV)");
}

TEST_CASE("bad input: a hang inside the PDF library (simulated)", "[e2e][bad-input]") {
  testing::TempDir dir;
  const std::string victim = testing::FixturePdf("bilag_social_kontrol_2024.pdf").string();
  CheckFailed(Ingest(dir, {"--timeout", "1", victim}, "hang:bilag_social_kontrol_2024.pdf"), victim,
              "timed out after 1 s");
}

TEST_CASE("bad input: a file that disappeared (broken link)", "[e2e][bad-input]") {
  testing::TempDir dir;
  fs::create_directory(dir / "in");
  fs::create_symlink(dir / "gone.pdf", dir / "in" / "vanished.pdf");
  const std::string path = (dir / "in" / "vanished.pdf").string();
  CheckFailed(Ingest(dir, {(dir / "in").string()}), path, "no such file or directory (a broken link)",
              /*has_row=*/false);
}

TEST_CASE("bad input: a file that cannot be read (a pipe)", "[e2e][bad-input]") {
  testing::TempDir dir;
  const std::string path = (dir / "stuck.pdf").string();
  REQUIRE(mkfifo(path.c_str(), 0600) == 0);
  CheckFailed(Ingest(dir, {path}), path, "not a regular file", /*has_row=*/false);
}

TEST_CASE("bad input: a folder with a symlink loop", "[e2e][bad-input]") {
  testing::TempDir dir;
  fs::create_directories(dir / "in" / "sub");
  fs::create_directory_symlink(dir / "in", dir / "in" / "sub" / "loop");
  fs::copy_file(testing::FixturePdf("bilag_social_kontrol_2024.pdf"), dir / "in" / "sub" / "bilag.pdf");
  MatrixRun run = Ingest(dir, {(dir / "in").string()});
  CHECK(run.exit_code == kExitOk);
  REQUIRE(run.err.size() == 2);
  CHECK(run.err[0].find("bilag.pdf: loaded as document 1") != std::string::npos);
  CheckGoodLoaded(run);
}

TEST_CASE("bad input: owner password only loads", "[e2e][bad-input]") {
  testing::TempDir dir;
  MatrixRun run = Ingest(dir, {Variant("owner_password_only.pdf")});
  CHECK(run.exit_code == kExitOk);
  CHECK(Query(run.db, "SELECT status || ' ' || page_count FROM documents WHERE file_name = "
                      "'owner_password_only.pdf'") == "ok 4");
  CheckGoodLoaded(run);
}

TEST_CASE("bad input: image-only pages load with a warning per page", "[e2e][bad-input]") {
  testing::TempDir dir;
  MatrixRun run = Ingest(dir, {Variant("image_only.pdf")});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err[0] == "afstem: " + Variant("image_only.pdf") +
                          ": loaded as document 1 (2 pages, 0 links; findings: 0 errors, 2 warnings, 0 info)");
  CHECK(Query(run.db, "SELECT rule || ' ' || severity || ' p' || page || ': ' || message FROM findings "
                      "WHERE document_id = 1 ORDER BY id") ==
        "no_text_layer warning p1: no text layer on page 1 (a scanned image?): its amounts cannot be read or "
        "checked.\n"
        "no_text_layer warning p2: no text layer on page 2 (a scanned image?): its amounts cannot be read or "
        "checked.");
  CheckGoodLoaded(run);
}

TEST_CASE("bad input: a broken xref is repaired, loaded and warned about", "[e2e][bad-input]") {
  testing::TempDir dir;
  MatrixRun run = Ingest(dir, {Variant("damaged_xref.pdf")});
  CHECK(run.exit_code == kExitOk);
  CHECK(Query(run.db, "SELECT status || ' ' || page_count || ' ' || (diagnostics IS NOT NULL) FROM documents "
                      "WHERE file_name = 'damaged_xref.pdf'") == "ok 4 1");
  CHECK(Query(run.db, "SELECT rule || ' ' || severity FROM findings WHERE document_id = 1 AND "
                      "severity = 'warning'") == "damaged_pdf warning");
  CheckGoodLoaded(run);
}

}  // namespace afstem
