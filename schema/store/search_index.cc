// Full-text search (search_index.h): DocumentStore::SearchPages.

#include "schema/store/search_index.h"

#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"

namespace afstem {

Result<std::vector<SearchHit>> DocumentStore::SearchPages(const std::string& fts_query, std::int64_t limit) {
  // char(1) and char(2) are kSnippetMarkStart and kSnippetMarkEnd.
  auto query = db_->Prepare(
      "SELECT d.file_name, d.id, p.page_number, bm25(pages_fts) AS rank, "
      "snippet(pages_fts, 0, char(1), char(2), '…', 16) "
      "FROM pages_fts JOIN pages AS p ON p.id = pages_fts.rowid "
      "JOIN documents AS d ON d.id = p.document_id "
      "WHERE pages_fts MATCH ?1 ORDER BY rank, d.file_name COLLATE da, p.page_number LIMIT ?2");
  if (!query.ok()) {
    // The SQL is ours: SQLite refusing it means the index is not there.
    Status status = query.status();
    if (status.IsInvalidArgument()) return Status::Corruption(status.message());
    return status;
  }
  sql::Statement& row = *query.value();
  row.Bind(1, std::string_view(fts_query)).Bind(2, limit);
  std::vector<SearchHit> hits;
  while (true) {
    auto step = row.Step();
    if (!step.ok()) return step.status();  // kInvalidArgument: FTS5 rejected the query
    if (!step.value()) return hits;
    hits.push_back(
        {row.ColumnText(0), row.ColumnInt(1), row.ColumnInt(2), row.ColumnDouble(3), row.ColumnText(4)});
  }
}

}  // namespace afstem
