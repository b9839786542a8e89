// What `afstem export` writes for initiatives, allocations, findings and
// documents: each a flat record set read from the store with a fixed,
// documented column order (schema/store/export_queries.h), and three writers for it.
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

#include "schema/store/export_queries.h"

namespace afstem {

// The records come from DocumentStore::LoadRecordExport; RecordExportNames()
// lists the exports (schema/store/export_queries.h).
void WriteRecordsCsv(const ExportRecords& records, std::ostream& out);
void WriteRecordsJson(const ExportRecords& records, std::ostream& out);
void WriteRecordsNdjson(const ExportRecords& records, std::ostream& out);

// RFC 4180 field: quoted only when it holds a comma, quote or line break.
std::string CsvField(const std::string& text);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXPORT_EXPORT_RECORDS_H_
