// The output formats of `afstem export`, as one table: each format's name
// and its two writers, one for record exports (initiatives, allocations,
// findings, documents: export_records.h) and one for tables
// (export_tables.h). Adding a format is a row here and its writers.
#ifndef AFSTEM_INGEST_EXPORT_EXPORT_FORMAT_H_
#define AFSTEM_INGEST_EXPORT_EXPORT_FORMAT_H_

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "schema/store/export_queries.h"

namespace afstem {

struct ExportFormat {
  std::string_view name;  // as given to --format: "csv"
  void (*write_records)(const ExportRecords& records, std::ostream& out);
  void (*write_tables)(const std::vector<ExportTable>& tables, std::ostream& out);
};

// Every format, in the order --help lists them.
std::span<const ExportFormat> ExportFormats();

// The format called `name`, or nullptr when there is none.
const ExportFormat* FindExportFormat(std::string_view name);

// The names joined for people: ExportFormatNames(", ", " or ") is
// "csv, json or ndjson"; ExportFormatNames("|", "|") is "csv|json|ndjson".
std::string ExportFormatNames(std::string_view separator, std::string_view last_separator);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXPORT_EXPORT_FORMAT_H_
