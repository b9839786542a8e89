// The load stage: schema creation and migration, the contract columns,
// atomic replace, failure rows and foreign keys.

#include "schema/store/document_store.h"

#include <catch2/catch.hpp>
#include <set>

#include "schema/store/migrations.h"
#include "schema/store/sqlite.h"
#include "schema/store/word_blob.h"
#include "tests/support/store_test_peer.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::set<std::string> Columns(sql::Database& db, const std::string& table) {
  auto statement = db.Prepare("SELECT name FROM pragma_table_info('" + table + "')");
  REQUIRE(statement.ok());
  std::set<std::string> columns;
  while (statement.value()->Step().value()) {
    columns.insert(statement.value()->ColumnText(0));
  }
  return columns;
}

std::int64_t Count(sql::Database& db, const std::string& sql) {
  auto value = db.QueryInt(sql);
  REQUIRE(value.ok());
  return value.value();
}

ExtractedDocument TwoPageDocument() {
  ExtractedDocument document;
  document.info.title = "Notat";
  document.info.created_unix = 1730106000;  // 2024-10-28T09:00:00Z
  for (int number = 1; number <= 2; ++number) {
    Page page;
    page.number = number;
    page.width = 595.276;
    page.height = 841.89;
    page.words = {{"Samlet", {72, 700, 110, 711}, true, "F", 10}};
    page.raw_text = "Samlet";
    page.text = "Samlet";
    document.pages.push_back(page);
  }
  document.links = {{2, {400, 100, 480, 112}, "https://www.kk.dk/x"}};
  return document;
}

SourceFile Source(const std::string& sha) {
  return SourceFile{"in/notat.pdf", "notat.pdf", sha, 1234};
}

}  // namespace

TEST_CASE("a new database gets the latest schema and contract columns",
          "[schema][store]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  sql::Database& db = DocumentStoreTestPeer::Connection(*store.value());  // its own settings
  CHECK(Count(db, "PRAGMA user_version") == LatestSchemaVersion());
  CHECK(Count(db, "PRAGMA foreign_keys") == 1);
  auto mode = db.Prepare("PRAGMA journal_mode");
  REQUIRE(mode.value()->Step().value());
  CHECK(mode.value()->ColumnText(0) == "wal");

  std::set<std::string> documents = Columns(db, "documents");
  for (const char* column : {"id", "sha256", "file_name", "title", "page_count",
                             "status", "error"}) {
    CHECK(documents.count(column) == 1);
  }
  std::set<std::string> pages = Columns(db, "pages");
  for (const char* column : {"id", "document_id", "page_number", "raw_text", "text"}) {
    CHECK(pages.count(column) == 1);
  }
  std::set<std::string> links = Columns(db, "links");
  for (const char* column : {"id", "document_id", "page", "x0", "y0", "x1", "y1", "uri"}) {
    CHECK(links.count(column) == 1);
  }
}

TEST_CASE("reopening migrates nothing twice; a newer database is refused",
          "[schema][store]") {
  testing::TempDir dir;
  const std::string path = (dir / "a.sqlite").string();
  { REQUIRE(DocumentStore::Open(path, "test").ok()); }
  { REQUIRE(DocumentStore::Open(path, "test").ok()); }
  {
    auto db = sql::Database::Open(path);
    REQUIRE(db.value()->Execute("PRAGMA user_version = 999").ok());
  }
  auto store = DocumentStore::Open(path, "test");
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().message() ==
        "database " + path + " has schema version 999, newer than this afstem "
        "understands (" + std::to_string(LatestSchemaVersion()) + "); upgrade afstem");
}

TEST_CASE("migration 9 keeps version-8 money rows and their links, and accepts origin ocr",
          "[schema][store]") {
  testing::TempDir dir;
  const std::string path = (dir / "v8.sqlite").string();
  {
    auto db = sql::Database::Open(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->Execute("PRAGMA foreign_keys = ON").ok());
    REQUIRE(MigrateTo(*db.value(), 8).ok());
    CHECK(Count(*db.value(), "PRAGMA user_version") == 8);
    REQUIRE(db.value()->Execute(
        "INSERT INTO documents (id, sha256, file_name, path, file_size, status, imported_at, afstem_version) "
        "  VALUES (1, 'ab', 'a.pdf', 'in/a.pdf', 10, 'ok', '2026-01-01T00:00:00Z', 'test');"
        "INSERT INTO pages (document_id, page_number, width_pt, height_pt, rotation, word_count, raw_text, text, words) "
        "  VALUES (1, 1, 595, 842, 0, 0, '', '', x''), (1, 2, 595, 842, 0, 3, 'a b c', 'a b c', x'');"
        "INSERT INTO initiatives (id, document_id, title, origin) VALUES (7, 1, 'Tema 1', 'text');"
        "INSERT INTO allocations (initiative_id, year, amount_dkk, origin, unit, unit_source, precision_dkk) "
        "  VALUES (7, 2025, 300000, 'text', 'kr.', 'stated', 500);"
        "INSERT INTO stated_totals (id, document_id, scope, label, amount_dkk) VALUES (1, 1, 'group', 'g', 300000);"
        "INSERT INTO stated_total_parts VALUES (1, 7);").ok());
  }
  auto store = DocumentStore::Open(path, "test");
  REQUIRE(store.ok());
  sql::Database& db = DocumentStoreTestPeer::Connection(*store.value());
  CHECK(Count(db, "PRAGMA user_version") == LatestSchemaVersion());
  CHECK(Count(db, "PRAGMA foreign_keys") == 1);
  CHECK(Count(db, "SELECT count(*) FROM initiatives WHERE id = 7 AND origin = 'text' AND title = 'Tema 1'") == 1);
  CHECK(Count(db, "SELECT count(*) FROM allocations WHERE initiative_id = 7 AND amount_dkk = 300000 "
                  "AND precision_dkk = 500 AND year_source = 'stated'") == 1);
  CHECK(Count(db, "SELECT count(*) FROM stated_total_parts WHERE initiative_id = 7") == 1);
  CHECK(Count(db, "SELECT count(*) FROM pages WHERE text_source = 'none'") == 1);  // the page without words
  CHECK(Count(db, "SELECT count(*) FROM pages WHERE text_source = 'pdf' AND ocr_rotation = 0") == 1);
  CHECK(Count(db, "SELECT count(*) FROM initiative_years WHERE initiative_id = 7") == 1);  // views still read them
  REQUIRE(db.Execute("INSERT INTO initiatives (document_id, title, origin) VALUES (1, 'Scan', 'ocr')").ok());
  CHECK_FALSE(db.Execute("INSERT INTO initiatives (document_id, title, origin) VALUES (1, 'X', 'scan')").ok());
  // The rebuilt tables' foreign keys still cascade from the document.
  REQUIRE(db.Execute("DELETE FROM documents WHERE id = 1").ok());
  CHECK(Count(db, "SELECT count(*) FROM allocations") == 0);
  CHECK(Count(db, "SELECT count(*) FROM stated_total_parts") == 0);
  CHECK(Count(db, "SELECT count(*) FROM initiatives") == 0);
}

TEST_CASE("migration 10 keeps the /Title as pdf_title; sections and section_id are written",
          "[schema][store]") {
  testing::TempDir dir;
  const std::string path = (dir / "v9.sqlite").string();
  {
    auto db = sql::Database::Open(path);
    REQUIRE(db.ok());
    REQUIRE(MigrateTo(*db.value(), 9).ok());
    REQUIRE(db.value()->Execute(
        "INSERT INTO documents (id, sha256, file_name, path, file_size, title, status, imported_at, afstem_version) "
        "  VALUES (1, 'ab', 'a.pdf', 'in/a.pdf', 10, 'Microsoft Word - Dokument1', 'ok', '2026-01-01T00:00:00Z', 'test');"
        "INSERT INTO initiatives (id, document_id, title, origin) VALUES (7, 1, 'Tema 1', 'text');").ok());
  }
  auto store = DocumentStore::Open(path, "test");
  REQUIRE(store.ok());
  sql::Database& db = DocumentStoreTestPeer::Connection(*store.value());
  CHECK(Count(db, "PRAGMA user_version") == LatestSchemaVersion());
  CHECK(Count(db, "SELECT count(*) FROM documents WHERE title = 'Microsoft Word - Dokument1' "
                  "AND pdf_title = title AND title_source IS NULL AND kind IS NULL") == 1);
  CHECK(Count(db, "SELECT count(*) FROM initiatives WHERE id = 7 AND section_id IS NULL") == 1);

  ExtractedDocument document = TwoPageDocument();
  document.info.title = "Dokument1";
  document.header = DocumentHeader{"Udmøntning af frie midler", TitleSource::kPage, "", "notat",
                                   "2025-03-01", "Økonomiudvalget", 1, Box{70, 60, 300, 80}};
  document.sections.push_back(Section{-1, 1, "1.", "1", "Indsatser", "1. Indsatser", false, 1, Box{70, 100, 300, 112}});
  document.sections.push_back(Section{0, 2, "", "", "Økonomi", "Økonomi", true, 2, Box{70, 40, 300, 52}});
  Initiative initiative;
  initiative.origin = Origin::kText;
  initiative.title = "1. Indsatser";
  initiative.page = 1;
  initiative.section = 1;
  document.initiatives.push_back(initiative);
  REQUIRE(store.value()->SaveDocument(Source("cc"), document).ok());
  CHECK(Count(db, "SELECT count(*) FROM documents WHERE sha256 = 'cc' AND title = 'Udmøntning af frie midler' "
                  "AND pdf_title = 'Dokument1' AND title_source = 'page' AND kind = 'notat' "
                  "AND document_date = '2025-03-01' AND committee = 'Økonomiudvalget'") == 1);
  CHECK(Count(db, "SELECT count(*) FROM sections AS s JOIN sections AS p ON p.id = s.parent_id "
                  "WHERE s.title = 'Økonomi' AND s.level = 2 AND s.generic = 1 AND s.number IS NULL "
                  "AND p.number = '1' AND p.label = '1.' AND p.ordinal = 1") == 1);
  CHECK(Count(db, "SELECT count(*) FROM initiatives AS i JOIN sections AS s ON s.id = i.section_id "
                  "WHERE i.title = '1. Indsatser' AND s.title = 'Økonomi'") == 1);
  // Re-importing replaces the sections with the document.
  REQUIRE(store.value()->SaveDocument(Source("cc"), document).ok());
  CHECK(Count(db, "SELECT count(*) FROM sections") == 2);
}

TEST_CASE("migration 11 gives existing money the budget basis; new rows keep theirs", "[schema][store]") {
  testing::TempDir dir;
  const std::string path = (dir / "v10.sqlite").string();
  {
    auto db = sql::Database::Open(path);
    REQUIRE(db.ok());
    REQUIRE(MigrateTo(*db.value(), 10).ok());
    REQUIRE(db.value()->Execute(
        "INSERT INTO documents (id, sha256, file_name, path, file_size, status, imported_at, afstem_version) "
        "  VALUES (1, 'ab', 'a.pdf', 'in/a.pdf', 10, 'ok', '2026-01-01T00:00:00Z', 'test');"
        "INSERT INTO initiatives (id, document_id, title, origin) VALUES (7, 1, 'Kontingent', 'table');"
        "INSERT INTO allocations (initiative_id, year, amount_dkk, origin, unit, unit_source) "
        "  VALUES (7, 2023, 31600, 'table', 'kr.', 'stated');"
        "INSERT INTO stated_totals (document_id, scope, label, year, amount_dkk) "
        "  VALUES (1, 'table_column', 'I alt', 2023, 31600);").ok());
  }
  auto store = DocumentStore::Open(path, "test");
  REQUIRE(store.ok());
  sql::Database& db = DocumentStoreTestPeer::Connection(*store.value());
  CHECK(Count(db, "SELECT count(*) FROM allocations WHERE basis = 'budget'") == 1);
  CHECK(Count(db, "SELECT count(*) FROM stated_totals WHERE basis = 'budget'") == 1);
  CHECK_FALSE(db.Execute("UPDATE allocations SET basis = 'regnskab'").ok());
  ExtractedDocument document = TwoPageDocument();
  Initiative initiative;
  initiative.title = "Renter";
  initiative.page = 1;
  document.initiatives.push_back(initiative);
  Allocation allocation;
  allocation.initiative = 0;
  allocation.year = 2022;
  allocation.amount_dkk = 2676;
  allocation.basis = AmountBasis::kActual;
  allocation.unit = "kr.";
  document.allocations.push_back(allocation);
  REQUIRE(store.value()->SaveDocument(Source("cc"), document).ok());
  CHECK(Count(db, "SELECT count(*) FROM allocations WHERE basis = 'actual' AND year = 2022 AND amount_dkk = 2676") == 1);
}

TEST_CASE("a saved document has its pages, words and links", "[schema][store]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  auto id = store.value()->SaveDocument(Source("aa"), TwoPageDocument());
  REQUIRE(id.ok());
  auto raw = sql::Database::Open((dir / "a.sqlite").string());
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();
  CHECK(Count(db, "SELECT page_count FROM documents WHERE status = 'ok'") == 2);
  CHECK(Count(db, "SELECT count(*) FROM pages") == 2);
  CHECK(Count(db, "SELECT count(*) FROM links WHERE page = 2") == 1);

  auto row = db.Prepare("SELECT created_at, words FROM pages JOIN documents "
                        "ON documents.id = pages.document_id WHERE page_number = 1");
  REQUIRE(row.value()->Step().value());
  CHECK(row.value()->ColumnText(0) == "2024-10-28T09:00:00Z");
  auto words = DecodeWordBlob(row.value()->ColumnBlob(1));
  REQUIRE(words.ok());
  CHECK(words.value() == TwoPageDocument().pages[0].words);
}

TEST_CASE("saving the same sha256 again replaces it and keeps its id",
          "[schema][store]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  auto first = store.value()->SaveDocument(Source("aa"), TwoPageDocument());
  auto other = store.value()->SaveDocument(Source("bb"), TwoPageDocument());
  ExtractedDocument smaller = TwoPageDocument();
  smaller.pages.pop_back();
  smaller.links.clear();
  auto again = store.value()->SaveDocument(Source("aa"), smaller);
  REQUIRE(again.ok());
  CHECK(again.value() == first.value());
  CHECK(other.value() != first.value());
  auto raw = sql::Database::Open((dir / "a.sqlite").string());
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();
  CHECK(Count(db, "SELECT count(*) FROM documents") == 2);
  CHECK(Count(db, "SELECT count(*) FROM pages WHERE document_id = " +
                      std::to_string(first.value())) == 1);
  CHECK(Count(db, "SELECT count(*) FROM links") == 1);  // only "bb"'s
}

TEST_CASE("a failure row has status failed, the reason and no pages",
          "[schema][store]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  auto id = store.value()->SaveFailure(Source("cc"), "empty file (0 bytes)", {});
  REQUIRE(id.ok());
  auto found = store.value()->Find("cc");
  REQUIRE(found.ok());
  REQUIRE(found.value().has_value());
  CHECK(found.value()->failed);
  auto raw = sql::Database::Open((dir / "a.sqlite").string());
  REQUIRE(raw.ok());
  sql::Database& db = *raw.value();
  auto row = db.Prepare("SELECT status, error, page_count IS NULL FROM documents");
  REQUIRE(row.value()->Step().value());
  CHECK(row.value()->ColumnText(0) == "failed");
  CHECK(row.value()->ColumnText(1) == "empty file (0 bytes)");
  CHECK(row.value()->ColumnInt(2) == 1);
}

TEST_CASE("foreign keys are enforced and a failed save leaves nothing",
          "[schema][store]") {
  testing::TempDir dir;
  auto store = DocumentStore::Open((dir / "a.sqlite").string(), "test");
  REQUIRE(store.ok());
  sql::Database& db = DocumentStoreTestPeer::Connection(*store.value());  // its own settings
  CHECK_FALSE(db.Execute("INSERT INTO pages (document_id, page_number, width_pt, "
                         "height_pt, rotation, word_count, raw_text, text, words) "
                         "VALUES (42, 1, 1, 1, 0, 0, '', '', x'')").ok());
  // A link on a page the document does not have violates the page key, so
  // the whole document is rolled back.
  ExtractedDocument bad = TwoPageDocument();
  bad.links[0].page = 3;
  auto id = store.value()->SaveDocument(Source("dd"), bad);
  CHECK_FALSE(id.ok());
  CHECK(Count(db, "SELECT count(*) FROM documents") == 0);
  CHECK(Count(db, "SELECT count(*) FROM pages") == 0);
}

}  // namespace afstem
