// What `afstem report` reads from the store besides findings
// (finding_reader.h): every document's row, the paths each was seen under,
// and each initiative's allocations summed per year. The report assembles
// its pages from these in ingest/report/report_data.cc.
#ifndef AFSTEM_SCHEMA_STORE_REPORT_QUERIES_H_
#define AFSTEM_SCHEMA_STORE_REPORT_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>

namespace afstem {

// A row of `documents`, loaded or failed; text columns "" when NULL.
struct DocumentDetails {
  std::int64_t id = 0;
  std::string file_name, path, sha256, status, error, diagnostics;
  std::string title, author, subject, creator, producer;
  std::string created_at, modified_at, imported_at, pdf_version;
  std::optional<std::int64_t> file_size, page_count;
};

// A path a document was seen under (document_files).
struct DocumentPath {
  std::int64_t document_id = 0;
  std::string path;
};

// An initiative and, for one year, the sum of its allocations. An
// initiative without allocations has one of these with no year and no sum.
struct InitiativeYearSum {
  std::int64_t document_id = 0, initiative_id = 0;
  std::string ordinal;  // "" when unnumbered
  std::string title;
  std::optional<std::int64_t> page;
  std::optional<std::int64_t> year;        // nullopt for amounts without a year
  std::optional<std::int64_t> amount_dkk;  // nullopt when there are no allocations
};

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_REPORT_QUERIES_H_
