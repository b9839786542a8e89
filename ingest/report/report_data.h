// What `afstem report` shows, read from the store into plain structs:
// every document (loaded or failed) with its other paths, its initiatives
// and their allocations summed per year, and its findings with their parts
// (schema/store/report_queries.h, schema/store/finding_reader.h). Text is sorted in the
// store's text order, so open it with one (open_store.h).

#ifndef AFSTEM_INGEST_REPORT_REPORT_DATA_H_
#define AFSTEM_INGEST_REPORT_REPORT_DATA_H_
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schema/store/finding_reader.h"
#include "schema/model/records.h"
#include "schema/model/status.h"
#include "schema/store/document_store.h"

namespace afstem {

// An allocation's year; std::nullopt for amounts stored without one.
using AllocationYear = std::optional<std::int64_t>;

struct ReportInitiative {
  std::int64_t id = 0;
  std::string ordinal;  // "12", or "" when unnumbered
  std::string title;
  std::optional<std::int64_t> page;
  // Kroner per year, summed over the initiative's allocations (categories
  // and origins added up). Empty when it has none.
  std::map<AllocationYear, std::int64_t> amounts;
};

// One element of a finding's `parts`.
using ReportFindingPart = StoredFindingPart;

struct ReportFinding {
  std::int64_t id = 0;
  std::string rule, severity, label, message;
  std::optional<std::int64_t> year, stated_dkk, computed_dkk, difference_dkk, page;
  std::optional<double> tolerance_dkk;
  std::optional<Box> box;  // of the stated total (or amount, or table)
  std::vector<ReportFindingPart> parts;
};

struct ReportDocument {
  std::int64_t id = 0;
  std::string file_name, path, sha256, status, error, diagnostics;
  std::string title, author, subject, creator, producer;  // "" when absent
  std::string created_at, modified_at, imported_at, pdf_version;
  std::optional<std::int64_t> file_size, page_count;
  // Paths from `document_files`, `path` first when it is listed there.
  std::vector<std::string> paths;
  std::vector<ReportInitiative> initiatives;  // by title (da collation), id
  std::vector<ReportFinding> findings;        // errors first, then by page, id

  bool ok() const { return status == "ok"; }
};

struct ReportData {
  std::vector<ReportDocument> documents;  // by file name (da collation), id
};

// Findings per severity.
struct SeverityCounts {
  std::int64_t errors = 0, warnings = 0, infos = 0;

  void Add(const SeverityCounts& more) {
    errors += more.errors;
    warnings += more.warnings;
    infos += more.infos;
  }
};
SeverityCounts CountSeverities(const std::vector<ReportFinding>& findings);

// Reads everything the report shows. Fails only when a query fails;
// a finding whose `parts` is not valid JSON is shown without parts.
Result<ReportData> LoadReportData(DocumentStore& store);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_REPORT_DATA_H_
