// Table export writers (export_tables.h).

#include "ingest/export/export_tables.h"

#include <ostream>
#include <string>

#include "ingest/export/export_records.h"
#include "schema/model/json_text.h"

namespace afstem {
namespace {

// A cell's number as the tables export has always printed it: "%.10g".
Json Number(double value) { return JsonNumber(value, 10); }

Json TableJson(const ExportTable& table) {
  Json rows = Json::array();
  for (const auto& grid_row : table.grid) {
    Json row = Json::array();
    for (const ExportCell& cell : grid_row) {
      Json item = {{"text", cell.text}};
      if (cell.has_value) item["value"] = Number(cell.value);
      if (cell.has_place) {
        item["page"] = cell.page;
        item["box"] = {Number(cell.x0), Number(cell.y0), Number(cell.x1), Number(cell.y1)};
      }
      row.push_back(std::move(item));
    }
    rows.push_back(std::move(row));
  }
  return {{"document", table.document}, {"table", table.ordinal},      {"first_page", table.first_page},
          {"last_page", table.last_page}, {"unit", table.unit},       {"unit_source", table.unit_source},
          {"rows", std::move(rows)}};
}

// JSON: {"tables": [...]}; NDJSON: one table object per line.
void WriteJson(const std::vector<ExportTable>& tables, bool ndjson, std::ostream& out) {
  Json list = Json::array();
  for (const ExportTable& table : tables) {
    if (ndjson) {
      out << JsonText(TableJson(table)) << "\n";
    } else {
      list.push_back(TableJson(table));
    }
  }
  if (!ndjson) out << JsonText(Json{{"tables", std::move(list)}}) << "\n";
}

}  // namespace

void WriteTablesCsv(const std::vector<ExportTable>& tables, std::ostream& out) {
  const bool captions = tables.size() > 1;
  for (const ExportTable& table : tables) {
    if (captions) {
      out << CsvField(table.document + ", table " + std::to_string(table.ordinal) +
                      ", pages " + std::to_string(table.first_page) + "-" +
                      std::to_string(table.last_page) + ", " + table.unit)
          << "\r\n";
    }
    for (const std::vector<ExportCell>& row : table.grid) {
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (k > 0) out << ',';
        out << CsvField(row[k].text);
      }
      out << "\r\n";
    }
    if (captions) out << "\r\n";
  }
}

void WriteTablesJson(const std::vector<ExportTable>& tables, std::ostream& out) {
  WriteJson(tables, /*ndjson=*/false, out);
}

void WriteTablesNdjson(const std::vector<ExportTable>& tables, std::ostream& out) {
  WriteJson(tables, /*ndjson=*/true, out);
}

}  // namespace afstem
