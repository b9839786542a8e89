// What `afstem export` reads from the store: record sets (initiatives,
// allocations, findings, documents) with a fixed column order, and tables
// as grids of cells. Only the reading; the CSV/JSON/NDJSON writers are in
// ingest/export/export_records.h and ingest/cli/cli_export.cc.
#ifndef AFSTEM_SCHEMA_STORE_EXPORT_QUERIES_H_
#define AFSTEM_SCHEMA_STORE_EXPORT_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace afstem {

// One value of a record, typed as stored: what a JSON writer needs to tell
// 12 from "12" and null from "".
struct ExportValue {
  enum class Kind { kNull, kInteger, kReal, kText };
  Kind kind = Kind::kNull;
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

// The record exports, in the order usage lists them: "initiatives",
// "allocations", "findings", "documents".
const std::vector<std::string>& RecordExportNames();

// A table cell; row 0 of a grid is the header row.
struct ExportCell {
  std::string text;
  bool has_place = false;  // page and box are stored
  std::int64_t page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool has_value = false;  // the cell was read as a number
  double value = 0;
};

struct ExportTable {
  std::int64_t id = 0;
  std::string document;  // file name
  std::int64_t ordinal = 0, first_page = 0, last_page = 0, columns = 0, rows = 0;
  std::string unit, unit_source;
  std::vector<std::vector<ExportCell>> grid;  // [row][column], rows + 1 by columns
};

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_EXPORT_QUERIES_H_
