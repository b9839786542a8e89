// The report's reads (report_queries.h): DocumentStore::ReadDocumentDetails,
// ReadDocumentPaths and ReadInitiativeYearSums.

#include "schema/store/report_queries.h"

#include <functional>

#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"

namespace afstem {
namespace {

// Runs `query` and appends `convert(row)` for every row to `out`.
template <typename T>
Result<std::vector<T>> ReadAll(sql::Database& db, const char* query,
                               const std::function<T(const sql::Statement&)>& convert) {
  auto statement = db.Prepare(query);
  if (!statement.ok()) return statement.status();
  std::vector<T> out;
  while (true) {
    auto step = statement.value()->Step();
    if (!step.ok()) return step.status();
    if (!step.value()) return out;
    out.push_back(convert(*statement.value()));
  }
}

DocumentDetails DetailsFromRow(const sql::Statement& row) {
  DocumentDetails document;
  document.id = row.ColumnInt(0);
  document.file_name = row.ColumnText(1);
  document.path = row.ColumnText(2);
  document.sha256 = row.ColumnText(3);
  document.status = row.ColumnText(4);
  document.error = row.ColumnText(5);
  document.diagnostics = row.ColumnText(6);
  document.title = row.ColumnText(7);
  document.author = row.ColumnText(8);
  document.subject = row.ColumnText(9);
  document.creator = row.ColumnText(10);
  document.producer = row.ColumnText(11);
  document.created_at = row.ColumnText(12);
  document.modified_at = row.ColumnText(13);
  document.imported_at = row.ColumnText(14);
  document.pdf_version = row.ColumnText(15);
  document.file_size = row.ColumnOptionalInt(16);
  document.page_count = row.ColumnOptionalInt(17);
  return document;
}

}  // namespace

Result<std::vector<DocumentDetails>> DocumentStore::ReadDocumentDetails() {
  return ReadAll<DocumentDetails>(
      *db_,
      "SELECT id, file_name, path, sha256, status, coalesce(error, ''), coalesce(diagnostics, ''), "
      "coalesce(title, ''), coalesce(author, ''), coalesce(subject, ''), coalesce(creator, ''), "
      "coalesce(producer, ''), coalesce(created_at, ''), coalesce(modified_at, ''), "
      "coalesce(imported_at, ''), coalesce(pdf_version, ''), file_size, page_count "
      "FROM documents ORDER BY file_name COLLATE da, id",
      DetailsFromRow);
}

Result<std::vector<DocumentPath>> DocumentStore::ReadDocumentPaths() {
  return ReadAll<DocumentPath>(
      *db_,
      "SELECT f.document_id, f.path FROM document_files f JOIN documents d ON d.id = f.document_id "
      "ORDER BY f.document_id, f.path <> d.path, f.rowid",
      [](const sql::Statement& row) { return DocumentPath{row.ColumnInt(0), row.ColumnText(1)}; });
}

Result<std::vector<InitiativeYearSum>> DocumentStore::ReadInitiativeYearSums() {
  // LEFT JOIN: an initiative without allocations still gets its row.
  return ReadAll<InitiativeYearSum>(
      *db_,
      "SELECT i.document_id, i.id, coalesce(i.ordinal, ''), i.title, i.page, a.year, sum(a.amount_dkk) "
      "FROM initiatives i LEFT JOIN allocations a ON a.initiative_id = i.id "
      "GROUP BY i.id, a.year ORDER BY i.document_id, i.title COLLATE da, i.id, a.year",
      [](const sql::Statement& row) {
        return InitiativeYearSum{row.ColumnInt(0),   row.ColumnInt(1),   row.ColumnText(2), row.ColumnText(3),
                                 row.ColumnOptionalInt(4), row.ColumnOptionalInt(5), row.ColumnOptionalInt(6)};
      });
}

}  // namespace afstem
