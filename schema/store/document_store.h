// The load stage: writes extracted documents into the SQLite database, one
// transaction per document, so a document is either wholly present or absent.
// Documents are identified by the SHA-256 of their bytes. Not thread-safe:
// one writer (the CLI's batch driver) owns the store.
#ifndef AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_
#define AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "schema/model/records.h"
#include "schema/store/sqlite.h"
#include "schema/model/status.h"

namespace afstem {

struct StoredDocument {
  std::int64_t id = 0;
  bool failed = false;
  std::string path;  // path it was imported from
};

// How many findings of each severity a document has.
struct FindingCounts {
  std::int64_t errors = 0, warnings = 0, infos = 0;
  void Add(Severity severity);
  // A severity as stored ("error", …); any other word counts as info.
  void Add(const std::string& severity);
  FindingCounts& operator+=(const FindingCounts& other);
  // "1 error, 0 warnings, 3 info".
  std::string Describe() const;
};

class DocumentStore {
 public:
  // Opens or creates the database at `path` with WAL journaling,
  // synchronous=NORMAL and enforced foreign keys, and migrates its schema.
  // `afstem_version` is recorded with every document written.
  static Result<std::unique_ptr<DocumentStore>> Open(
      const std::string& path, std::string afstem_version);

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

  sql::Database& database() { return *db_; }

 private:
  DocumentStore(std::unique_ptr<sql::Database> db, std::string afstem_version)
      : db_(std::move(db)), afstem_version_(std::move(afstem_version)) {}

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
  Status InsertLayout(std::int64_t document_id, const ExtractedDocument& document);

  std::unique_ptr<sql::Database> db_;
  std::string afstem_version_;
};

// Formats seconds since the epoch as ISO 8601 UTC ("2024-10-28T09:00:00Z").
std::string FormatIsoUtc(std::int64_t unix_seconds);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_DOCUMENT_STORE_H_
