// The store's typed reads (schema/store/finding_reader.h, search_index.h,
// export_queries.h, report_queries.h, schema_catalog.h) on a hand-made
// database, compared exactly: the severity order, findings read back one
// way, search hits and their failures, exports, the report's reads, the
// column catalog, and the text order passed in through StoreOptions.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

int ByteOrder(std::string_view a, std::string_view b) { return a.compare(b); }
int ReverseOrder(std::string_view a, std::string_view b) { return b.compare(a); }

std::unique_ptr<DocumentStore> OpenStore(const std::string& path, TextOrder order = ByteOrder) {
  StoreOptions options;
  options.afstem_version = "test";
  options.text_order = std::move(order);
  auto store = DocumentStore::Open(path, std::move(options));
  REQUIRE(store.ok());
  return std::move(store).value();
}

// Two documents ("b.pdf" id 1 with three findings, "a.pdf" id 2 with one)
// and a failed one ("c.pdf" id 3), written through a separate connection.
std::string HandMadeDatabase(const testing::TempDir& dir) {
  const std::string path = (dir / "store.sqlite").string();
  OpenStore(path);  // creates the schema
  auto db = sql::Database::Open(path);
  REQUIRE(db.ok());
  Status status = db.value()->Execute(R"sql(
INSERT INTO documents (id, sha256, file_name, path, file_size, status, error, imported_at, afstem_version,
                       title, page_count)
  VALUES (1, 's1', 'b.pdf', '/in/b.pdf', 10, 'ok', NULL, '2024-01-01T00:00:00Z', 'test', 'Bee', 2),
         (2, 's2', 'a.pdf', '/in/a.pdf', 20, 'ok', NULL, '2024-01-02T00:00:00Z', 'test', NULL, 1),
         (3, 's3', 'c.pdf', '/in/c.pdf', 0, 'failed', 'empty file (0 bytes)', '2024-01-03T00:00:00Z', 'test',
          NULL, NULL);
INSERT INTO document_files (document_id, path, file_name) VALUES
  (1, '/other/b.pdf', 'b.pdf'), (1, '/in/b.pdf', 'b.pdf');
INSERT INTO initiatives (id, document_id, ordinal, title, page, origin) VALUES
  (10, 1, '1', 'Zebra', 1, 'text'), (11, 1, NULL, 'Abe', 2, 'table');
INSERT INTO allocations (initiative_id, year, amount_dkk, origin, unit, unit_source) VALUES
  (10, 2024, 100, 'text', 'kr.', 'stated'), (10, 2024, 50, 'text', 'kr.', 'stated'),
  (10, 2025, 7, 'text', 'kr.', 'stated');
INSERT INTO findings (id, document_id, rule, severity, label, message, page, x0, y0, x1, y1, parts, parameters,
                      year, stated_dkk, computed_dkk, difference_dkk, tolerance_dkk)
  VALUES (5, 1, 'group_sum', 'info', 'g', 'm', 2, 1, 2, 3, 4,
          '[{"label":"a","amount_dkk":5,"text":"5 kr.","page":2,"box":[1,2,3,4]},{"label":"b","text":"x"}]',
          '{}', 2024, 9, 5, 4, 0.5),
         (6, 1, 'table_column_sum', 'error', 'h', 'n', NULL, NULL, NULL, NULL, NULL, 'not json', '{"k":1}',
          NULL, NULL, NULL, NULL, NULL),
         (7, 1, 'unit_inferred', 'warning', 'u', 'w', 1, NULL, NULL, NULL, NULL, '[]', '{}',
          NULL, NULL, NULL, NULL, NULL),
         (8, 2, 'group_sum', 'error', 'e', 'x', 3, NULL, NULL, NULL, NULL, '[]', '{}',
          NULL, 10, 8, 2, NULL),
         (9, 1, 'group_sum', 'error', 'i', 'y', 1, NULL, NULL, NULL, NULL, '[]', '{}',
          NULL, NULL, NULL, NULL, NULL);
INSERT INTO tables (id, document_id, ordinal, first_page, last_page, x0, y0, x1, y1, column_count, row_count,
                    header, unit, unit_dkk, unit_source, unit_note)
  VALUES (20, 1, 1, 1, 1, 0, 0, 100, 100, 2, 1, '["Tekst","2024"]', '1.000 kr.', 1000, 'stated', 'header');
INSERT INTO table_cells (table_id, row, column, page, x0, y0, x1, y1, text, value) VALUES
  (20, 0, 1, 1, 1, 2, 3, 4, 'Tekst', NULL), (20, 0, 2, 1, 5, 6, 7, 8, '2024', NULL),
  (20, 1, 1, NULL, NULL, NULL, NULL, NULL, '', NULL), (20, 1, 2, 1, 9, 10, 11, 12, '1.300', 1300),
  (20, 5, 9, NULL, NULL, NULL, NULL, NULL, 'outside the grid', NULL);
)sql");
  INFO(status.message());
  REQUIRE(status.ok());
  return path;
}

std::vector<std::int64_t> Ids(const std::vector<StoredFinding>& findings) {
  std::vector<std::int64_t> ids;
  for (const StoredFinding& finding : findings) ids.push_back(finding.id);
  return ids;
}

}  // namespace

TEST_CASE("store: one severity order", "[schema][store]") {
  CHECK(SeverityRank("error") == 0);
  CHECK(SeverityRank("warning") == 1);
  CHECK(SeverityRank("info") == 2);
  CHECK(SeverityRank("unknown") == 2);
  StoredFinding error, warning, nowhere;
  error.severity = "error";
  error.page = 9;
  error.id = 3;
  warning.severity = "warning";
  warning.page = 1;
  warning.id = 1;
  nowhere.severity = "error";
  nowhere.id = 4;
  CHECK(FindingBefore(error, warning));
  CHECK(FindingBefore(nowhere, error));  // no page first
  CHECK_FALSE(FindingBefore(error, error));
}

TEST_CASE("store: findings read back by document, severity, page, id", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  auto findings = store->ReadFindings(FindingFilter{});
  REQUIRE(findings.ok());
  // a.pdf before b.pdf; within b.pdf errors (no page first), warning, info.
  CHECK(Ids(findings.value()) == std::vector<std::int64_t>{8, 6, 9, 7, 5});
  const StoredFinding& info = findings.value()[4];
  CHECK(info.document_id == 1);
  CHECK(info.file_name == "b.pdf");
  CHECK(info.rule == "group_sum");
  CHECK(info.severity == "info");
  CHECK(info.label == "g");
  CHECK(info.message == "m");
  CHECK(info.year == 2024);
  CHECK(info.stated == 9);
  CHECK(info.computed == 5);
  CHECK(info.difference == 4);
  CHECK(info.tolerance == 0.5);
  CHECK(info.page == 2);
  REQUIRE(info.box.has_value());
  CHECK(*info.box == Box{1, 2, 3, 4});
  CHECK(info.parameters == "{}");
  CHECK(info.part_list.empty());  // not asked for
  const StoredFinding& bad_parts = findings.value()[1];
  CHECK(bad_parts.parts == "not json");
  CHECK(bad_parts.parameters == "{\"k\":1}");
  CHECK_FALSE(bad_parts.page.has_value());
  CHECK_FALSE(bad_parts.box.has_value());
  CHECK_FALSE(bad_parts.tolerance.has_value());

  FindingFilter only_a;
  only_a.file_name = "a.pdf";
  auto a = store->ReadFindings(only_a);
  REQUIRE(a.ok());
  CHECK(Ids(a.value()) == std::vector<std::int64_t>{8});
}

TEST_CASE("store: a finding's parts are parsed on request; bad JSON is no parts", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  FindingFilter filter;
  filter.parse_parts = true;
  auto findings = store->ReadFindings(filter);
  REQUIRE(findings.ok());
  const StoredFinding& info = findings.value()[4];
  REQUIRE(info.part_list.size() == 2);
  CHECK(info.part_list[0].label == "a");
  CHECK(info.part_list[0].text == "5 kr.");
  CHECK(info.part_list[0].amount_dkk == 5);
  CHECK(info.part_list[0].page == 2);
  REQUIRE(info.part_list[0].box.has_value());
  CHECK(*info.part_list[0].box == Box{1, 2, 3, 4});
  CHECK(info.part_list[1].label == "b");
  CHECK_FALSE(info.part_list[1].amount_dkk.has_value());
  CHECK_FALSE(info.part_list[1].page.has_value());
  CHECK_FALSE(info.part_list[1].box.has_value());
  CHECK(findings.value()[1].part_list.empty());  // "not json"
}

TEST_CASE("store: the text order comes from StoreOptions", "[schema][store]") {
  testing::TempDir dir;
  const std::string path = HandMadeDatabase(dir);
  {
    auto store = OpenStore(path, ReverseOrder);
    auto documents = store->ListLoadedDocuments();
    REQUIRE(documents.ok());
    REQUIRE(documents.value().size() == 2);  // the failed c.pdf is not listed
    CHECK(documents.value()[0].file_name == "b.pdf");
    CHECK(documents.value()[0].id == 1);
    CHECK(documents.value()[1].file_name == "a.pdf");
  }
  {
    auto store = OpenStore(path, ByteOrder);
    auto documents = store->ListLoadedDocuments();
    REQUIRE(documents.ok());
    CHECK(documents.value()[0].file_name == "a.pdf");
  }
  auto unordered = DocumentStore::Open(path, "test");
  REQUIRE(unordered.ok());
  auto documents = unordered.value()->ListLoadedDocuments();
  REQUIRE_FALSE(documents.ok());
  CHECK(documents.status().message().find("no such collation sequence: da") != std::string::npos);
}

TEST_CASE("store: rechecking replaces a document's findings", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  Finding finding;
  finding.rule = Rule::kGroupSum;
  finding.severity = Severity::kWarning;
  finding.label = "L";
  finding.message = "M";
  finding.page = 1;
  std::size_t pages_seen = 99;
  Status status = store->RecheckFindings(2, [&](const ExtractedDocument& records) {
    pages_seen = records.pages.size();
    return std::vector<Finding>{finding};
  });
  REQUIRE(status.ok());
  CHECK(pages_seen == 0);  // the hand-made a.pdf has no pages rows
  FindingFilter only_a;
  only_a.file_name = "a.pdf";
  auto findings = store->ReadFindings(only_a);
  REQUIRE(findings.ok());
  REQUIRE(findings.value().size() == 1);
  CHECK(findings.value()[0].severity == "warning");
  CHECK(findings.value()[0].label == "L");
  CHECK(findings.value()[0].page == 1);
  auto counts = store->CountFindings(2);
  REQUIRE(counts.ok());
  CHECK(counts.value().Describe() == "0 errors, 1 warning, 0 info");
}

TEST_CASE("store: full-text search hits and its two failures", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore((dir / "search.sqlite").string());
  ExtractedDocument document;
  for (int number = 1; number <= 2; ++number) {
    Page page;
    page.number = number;
    page.width = 595;
    page.height = 842;
    page.text = number == 1 ? "Samlet budget for skolen" : "Intet her";
    page.raw_text = page.text;
    document.pages.push_back(page);
  }
  REQUIRE(store->SaveDocument(SourceFile{"in/n.pdf", "n.pdf", "aa", 1}, document).ok());
  auto hits = store->SearchPages("\"budget\"", 20);
  REQUIRE(hits.ok());
  REQUIRE(hits.value().size() == 1);
  CHECK(hits.value()[0].file_name == "n.pdf");
  CHECK(hits.value()[0].page == 1);
  CHECK(hits.value()[0].snippet ==
        std::string("Samlet ") + kSnippetMarkStart + "budget" + kSnippetMarkEnd + " for skolen");
  CHECK(hits.value()[0].rank < 0);  // bm25: lower is better

  auto none = store->SearchPages("\"nothing\"", 20);
  REQUIRE(none.ok());
  CHECK(none.value().empty());

  auto bad = store->SearchPages("AND AND", 20);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(bad.status().message() == "database " + (dir / "search.sqlite").string() + ": fts5: syntax error near \"AND\"");
}

TEST_CASE("store: search without the index is a database failure, not a bad query", "[schema][store]") {
  testing::TempDir dir;
  const std::string path = (dir / "noindex.sqlite").string();
  OpenStore(path);
  auto db = sql::Database::Open(path);
  REQUIRE(db.ok());
  REQUIRE(db.value()->Execute("DROP TABLE pages_fts").ok());
  auto store = OpenStore(path);
  auto hits = store->SearchPages("\"budget\"", 20);
  REQUIRE_FALSE(hits.ok());
  CHECK(hits.status().code() == StatusCode::kCorruption);
  CHECK(hits.status().message() == "database " + path + ": cannot prepare statement: no such table: pages_fts");
}

TEST_CASE("store: record exports, findings through the one reader", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  CHECK(RecordExportNames() == std::vector<std::string>{"initiatives", "allocations", "findings", "documents"});
  auto findings = store->LoadRecordExport("findings", "a.pdf");
  REQUIRE(findings.ok());
  CHECK(findings.value().name == "findings");
  CHECK(findings.value().columns ==
        std::vector<std::string>{"finding_id", "document", "severity", "rule", "label", "year", "stated_dkk",
                                 "computed_dkk", "difference_dkk", "tolerance_dkk", "message", "page"});
  CHECK(findings.value().json_columns == std::vector<std::string>{"parts"});
  REQUIRE(findings.value().records.size() == 1);
  const ExportRecord& record = findings.value().records[0];
  REQUIRE(record.values.size() == 12);
  CHECK(record.values[0].kind == ExportValue::Kind::kInteger);
  CHECK(record.values[0].integer == 8);
  CHECK(record.values[1].kind == ExportValue::Kind::kText);
  CHECK(record.values[1].text == "a.pdf");
  CHECK(record.values[5].kind == ExportValue::Kind::kNull);  // year
  CHECK(record.values[6].integer == 10);
  CHECK(record.values[9].kind == ExportValue::Kind::kNull);  // tolerance
  CHECK(record.values[11].integer == 3);
  CHECK(record.json == std::vector<std::string>{"[]"});
  CHECK_FALSE(record.box.has_value());

  auto all = store->LoadRecordExport("findings", "");
  REQUIRE(all.ok());
  REQUIRE(all.value().records.size() == 5);
  CHECK(all.value().records[4].values[9].kind == ExportValue::Kind::kReal);
  CHECK(all.value().records[4].values[9].real == 0.5);
  CHECK(all.value().records[4].box == std::vector<double>{1, 2, 3, 4});

  auto initiatives = store->LoadRecordExport("initiatives", "b.pdf");
  REQUIRE(initiatives.ok());
  const std::vector<std::string>& columns = initiatives.value().columns;
  REQUIRE(columns.size() >= 3);
  CHECK(std::vector<std::string>(columns.end() - 3, columns.end()) ==
        std::vector<std::string>{"2024", "2025", "total_dkk"});
  REQUIRE(initiatives.value().records.size() == 2);
  const ExportRecord& zebra = initiatives.value().records[0];
  CHECK(zebra.values.front().integer == 10);
  CHECK(zebra.values[zebra.values.size() - 3].integer == 150);
  CHECK(zebra.values.back().integer == 157);
  CHECK(initiatives.value().records[1].values.back().kind == ExportValue::Kind::kNull);

  auto unknown = store->LoadRecordExport("bogus", "");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() == "cannot export bogus");
}

TEST_CASE("store: tables export as grids", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  auto tables = store->LoadTableExport("");
  REQUIRE(tables.ok());
  REQUIRE(tables.value().size() == 1);
  const ExportTable& table = tables.value()[0];
  CHECK(table.id == 20);
  CHECK(table.document == "b.pdf");
  CHECK(table.unit == "1.000 kr.");
  CHECK(table.unit_source == "stated");
  REQUIRE(table.grid.size() == 2);
  REQUIRE(table.grid[0].size() == 2);
  CHECK(table.grid[0][1].text == "2024");
  CHECK(table.grid[0][1].has_place);
  CHECK(table.grid[0][1].x0 == 5);
  CHECK_FALSE(table.grid[1][0].has_place);
  CHECK(table.grid[1][1].has_value);
  CHECK(table.grid[1][1].value == 1300);
  auto none = store->LoadTableExport("a.pdf");
  REQUIRE(none.ok());
  CHECK(none.value().empty());
}

TEST_CASE("store: the report's reads", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore(HandMadeDatabase(dir));
  auto details = store->ReadDocumentDetails();
  REQUIRE(details.ok());
  REQUIRE(details.value().size() == 3);
  CHECK(details.value()[0].file_name == "a.pdf");
  CHECK(details.value()[0].title == "");
  CHECK(details.value()[1].title == "Bee");
  CHECK(details.value()[1].page_count == 2);
  CHECK(details.value()[2].status == "failed");
  CHECK(details.value()[2].error == "empty file (0 bytes)");
  CHECK_FALSE(details.value()[2].page_count.has_value());

  auto paths = store->ReadDocumentPaths();
  REQUIRE(paths.ok());
  REQUIRE(paths.value().size() == 2);
  CHECK(paths.value()[0].path == "/in/b.pdf");  // its own path first
  CHECK(paths.value()[1].path == "/other/b.pdf");

  auto sums = store->ReadInitiativeYearSums();
  REQUIRE(sums.ok());
  REQUIRE(sums.value().size() == 3);
  CHECK(sums.value()[0].title == "Abe");
  CHECK_FALSE(sums.value()[0].year.has_value());
  CHECK_FALSE(sums.value()[0].amount_dkk.has_value());
  CHECK(sums.value()[0].ordinal == "");
  CHECK(sums.value()[1].initiative_id == 10);
  CHECK(sums.value()[1].ordinal == "1");
  CHECK(sums.value()[1].year == 2024);
  CHECK(sums.value()[1].amount_dkk == 150);
  CHECK(sums.value()[2].year == 2025);
  CHECK(sums.value()[2].amount_dkk == 7);
}

TEST_CASE("store: the column catalog and the canned queries", "[schema][store]") {
  testing::TempDir dir;
  auto store = OpenStore((dir / "catalog.sqlite").string());
  auto columns = store->ListColumns();
  REQUIRE(columns.ok());
  REQUIRE(columns.value().count("findings") == 1);
  CHECK(columns.value().at("findings").count("severity") == 1);
  CHECK(columns.value().count("finding_details") == 1);  // views too
  CHECK(columns.value().count("pages_fts") == 1);        // and the FTS5 table
  for (const auto& [table, unused] : columns.value()) CHECK(table.rfind("sqlite_", 0) != 0);
  REQUIRE(CannedQueries().size() == 2);
  CHECK(std::string(CannedQueries()[0].name) == "totals_that_do_not_add_up");
  CHECK(std::string(CannedQueries()[1].name) == "money_per_year");
}

}  // namespace afstem
