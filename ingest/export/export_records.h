// What `afstem export` writes for initiatives, allocations, findings and
// documents: each a flat record set read from the database with a fixed,
// documented column order, and three writers for it.
//
//   csv     RFC 4180: a header line, then one line per record; UTF-8;
//           amounts as integers (whole kroner), empty for NULL.
//   json    {"NAME": [{...}, ...]}: the same fields, typed (numbers,
//           strings, null), plus provenance: "box": [x0, y0, x1, y1] in PDF
//           points next to "page", and JSON columns (a finding's "parts")
//           embedded as JSON.
//   ndjson  the same objects, one per line, nothing around them.
//
// Initiatives have one column per year present in the export ("2024",
// "2025", ...: that year's amount) and "total_dkk"; allocations have one
// record per initiative, year and allocation.
#ifndef AFSTEM_INGEST_EXPORT_EXPORT_RECORDS_H_
#define AFSTEM_INGEST_EXPORT_EXPORT_RECORDS_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "schema/store/sqlite.h"
#include "schema/model/status.h"

namespace afstem {

struct ExportValue {
  sql::Statement::Kind kind = sql::Statement::Kind::kNull;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;  // text, or a JSON column's JSON
};

struct ExportRecord {
  std::vector<ExportValue> values;  // one per ExportRecords::columns
  std::optional<std::vector<double>> box;  // x0, y0, x1, y1 (JSON only)
  std::vector<std::string> json;            // one per json_columns (JSON only)
};

struct ExportRecords {
  std::string name;                       // "initiatives"
  std::vector<std::string> columns;       // CSV header and JSON keys, in order
  std::vector<std::string> json_columns;  // JSON-only fields holding JSON
  std::vector<ExportRecord> records;
};

// The exports this file knows, in the order usage lists them.
const std::vector<std::string>& RecordExportNames();

// Reads export `name` (one of RecordExportNames()) for every document, or
// for the documents whose file name is `document` when it is not empty.
Result<ExportRecords> LoadRecordExport(sql::Database& db, const std::string& name,
                                       const std::string& document);

void WriteRecordsCsv(const ExportRecords& records, std::ostream& out);
void WriteRecordsJson(const ExportRecords& records, std::ostream& out);
void WriteRecordsNdjson(const ExportRecords& records, std::ostream& out);

// RFC 4180 field: quoted only when it holds a comma, quote or line break.
std::string CsvField(const std::string& text);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXPORT_EXPORT_RECORDS_H_
