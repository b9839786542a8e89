// What `afstem export tables` writes: every detected table, read from the
// store (schema/store/export_queries.h), in three forms.
//
//   csv     each table as a grid: its header row, then one line per row
//           (CRLF, RFC 4180); with several tables each is preceded by a
//           caption line ("doc.pdf, table 1, pages 2-3, mio. kr.") and
//           followed by an empty line.
//   json    {"tables": [{document, table, first_page, last_page, unit,
//           unit_source, rows: [[{text, value?, page?, box?}, ...], ...]}]}
//   ndjson  the same table objects, one per line.
//
// Cell numbers are printed with 10 significant digits, as always.
#ifndef AFSTEM_INGEST_EXPORT_EXPORT_TABLES_H_
#define AFSTEM_INGEST_EXPORT_EXPORT_TABLES_H_

#include <iosfwd>
#include <vector>

#include "schema/store/export_queries.h"

namespace afstem {

void WriteTablesCsv(const std::vector<ExportTable>& tables, std::ostream& out);
void WriteTablesJson(const std::vector<ExportTable>& tables, std::ostream& out);
void WriteTablesNdjson(const std::vector<ExportTable>& tables, std::ostream& out);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXPORT_EXPORT_TABLES_H_
