// The store: the load stage's writer (one transaction per document, so a
// document is wholly present or absent; documents keyed by SHA-256), and the
// one typed interface the CLI, the report and the exports read through; no
// SQL outside schema/. Not thread-safe: one owner (the CLI) uses it at a time.

#ifndef AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_
#define AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/store/export_queries.h"
#include "schema/store/finding_reader.h"
#include "schema/model/records.h"
#include "schema/model/status.h"
#include "schema/store/report_queries.h"
#include "schema/store/schema_catalog.h"
#include "schema/store/search_index.h"

namespace afstem {

namespace sql {
class Database;
}  // namespace sql

struct StoredDocument {
  std::int64_t id = 0;
  bool failed = false;
  std::string path;  // path it was imported from
};

// How many findings of each severity a document has (by SeverityRank:
// anything not an error or a warning counts as info).
struct FindingCounts {
  std::int64_t errors = 0, warnings = 0, infos = 0;
  void Add(Severity severity);
  // A severity as stored ("error", …); any other word counts as info.
  void Add(const std::string& severity);
  FindingCounts& operator+=(const FindingCounts& other);
  // "1 error, 0 warnings, 3 info".
  std::string Describe() const;
};

// A loaded document ('ok'), as `afstem check` lists them.
struct DocumentName {
  std::int64_t id = 0;
  std::string file_name;
};

// Compares two UTF-8 strings: <0, 0 or >0. Must not throw.
using TextOrder = std::function<int(std::string_view, std::string_view)>;

struct StoreOptions {
  std::string afstem_version;  // recorded with every document written
  // The order text is sorted in for people, wherever a read below says "by
  // file name" or "by title": Danish (ingest/cli/open_store.h passes ICU's, with
  // æ, ø, å after z). Kept for as long as the store is open. When empty,
  // those reads fail ("no such collation sequence: da").
  TextOrder text_order;
};

// Returns the findings of a document, given its money records as stored
// (see LoadMoneyRecords in money_records.h): the reconcile stage.
using Reconciler = std::function<std::vector<Finding>(const ExtractedDocument& records)>;

class DocumentStore {
 public:
  // Opens or creates the database at `path` with WAL journaling,
  // synchronous=NORMAL and enforced foreign keys, and migrates its schema.
  static Result<std::unique_ptr<DocumentStore>> Open(const std::string& path,
                                                     StoreOptions options);
  // As above, with no text order.
  static Result<std::unique_ptr<DocumentStore>> Open(
      const std::string& path, std::string afstem_version);
  ~DocumentStore();
  DocumentStore(const DocumentStore&) = delete;
  DocumentStore& operator=(const DocumentStore&) = delete;

  // The document with this SHA-256, if any.
  Result<std::optional<StoredDocument>> Find(const std::string& sha256);

  // Stores `document` as status 'ok'. If a document with the same SHA-256
  // exists it is replaced within the same transaction, keeping its id.
  // Returns the document id. On failure nothing is changed.
  Result<std::int64_t> SaveDocument(const SourceFile& source,
                                    const ExtractedDocument& document);

  // Stores a 'failed' row with `reason` (replacing any row with the same
  // SHA-256, keeping its id). Returns the document id.
  Result<std::int64_t> SaveFailure(const SourceFile& source,
                                   const std::string& reason,
                                   const std::vector<std::string>& diagnostics);

  // Records that the document was seen at `path` (document_files); a path
  // already recorded is left as it is.
  Status RecordFilePath(std::int64_t document_id, const std::string& path);

  // The stored findings of a document, by severity.
  Result<FindingCounts> CountFindings(std::int64_t document_id);

  // The loaded documents (status 'ok') by file name, then id.
  Result<std::vector<DocumentName>> ListLoadedDocuments();

  // Runs `reconcile` on the document's stored money records and replaces
  // its findings with the result, in one transaction. On failure the old
  // findings stay; it fails on a database error or when the document's
  // records cannot be read back (LoadMoneyRecords in money_records.h).
  Status RecheckFindings(std::int64_t document_id, const Reconciler& reconcile);

  // Reading back; the types and the order of findings are in
  // finding_reader.h. Documents by file name, then id; within a document,
  // FindingBefore. Fails (returning nothing) on a database error.
  Result<std::vector<StoredFinding>> ReadFindings(const FindingFilter& filter);

  // Full-text search (search_index.h): at most `limit` pages matching the
  // FTS5 query `fts_query`, best first (bm25), ties by file name and page.
  // Fails with kInvalidArgument when FTS5 rejects the query (a syntax
  // error in a raw query); any other code is a database failure (kBusy,
  // kIoError, kCorruption: also when the index is missing).
  Result<std::vector<SearchHit>> SearchPages(const std::string& fts_query, std::int64_t limit);

  // Exports (export_queries.h). Export `name`, one of RecordExportNames(),
  // for every document, or for the documents with file name `document` when
  // it is not empty. Records by file name and document id, then: initiatives
  // by id; allocations by initiative, year, id; findings as ReadFindings.
  // Fails with kInvalidArgument "cannot export NAME" for a name not in the
  // list.
  Result<ExportRecords> LoadRecordExport(const std::string& name, const std::string& document);
  // Every table (of the documents named `document`, when not empty) by file
  // name, document id and ordinal, with its cells laid out in a grid.
  Result<std::vector<ExportTable>> LoadTableExport(const std::string& document);

  // The report's reads (report_queries.h). All documents by file name, then
  // id; paths by document id, the document's own path first, then as
  // recorded; initiative sums by document id, title, initiative id, year.
  Result<std::vector<DocumentDetails>> ReadDocumentDetails();
  Result<std::vector<DocumentPath>> ReadDocumentPaths();
  Result<std::vector<InitiativeYearSum>> ReadInitiativeYearSums();

  // Every table, view and virtual table with its columns (schema_catalog.h).
  Result<ColumnCatalog> ListColumns();

 private:
  friend class DocumentStoreTestPeer;  // tests only: tests/schema/store/store_test_peer.h

  DocumentStore(std::unique_ptr<sql::Database> db, std::string afstem_version);

  // Deletes the row for `sha256` (children cascade); returns its old id and
  // adds the paths it was seen under to `paths`.
  Result<std::optional<std::int64_t>> RemoveExisting(const std::string& sha256,
                                                     std::vector<std::string>& paths);
  // Records `paths` and the source's own path for the document.
  Status RecordFilePaths(std::int64_t document_id, const SourceFile& source,
                         const std::vector<std::string>& paths);
  Result<std::int64_t> InsertDocumentRow(
      const SourceFile& source, const ExtractedDocument* document,
      const std::string* failure, const std::vector<std::string>& diagnostics,
      std::optional<std::int64_t> reuse_id);
  Status InsertPages(std::int64_t document_id, const ExtractedDocument& document);
  Status InsertLinks(std::int64_t document_id, const ExtractedDocument& document);
  Status InsertGraphics(std::int64_t document_id, const ExtractedDocument& document);
  // The words of OCR pages with their confidence (ocr_words).
  Status InsertOcrWords(std::int64_t document_id, const ExtractedDocument& document);
  Status InsertLayout(std::int64_t document_id, const ExtractedDocument& document);

  std::unique_ptr<sql::Database> db_;
  std::string afstem_version_;
};

// Formats seconds since the epoch as ISO 8601 UTC ("2024-10-28T09:00:00Z").
std::string FormatIsoUtc(std::int64_t unix_seconds);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_
