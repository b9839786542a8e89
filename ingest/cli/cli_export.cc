// `afstem export` command (cli_export.h).

#include "ingest/cli/cli_export.h"

#include <cstdio>
#include <memory>
#include <ostream>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/cli_ingest.h"
#include "ingest/export/export_records.h"
#include "ingest/cli/open_store.h"
#include "schema/model/json_text.h"

namespace afstem {

namespace {

struct ExportArgs {
  std::string db = "afstem.sqlite";
  std::string format;
  std::string document;
  std::string what;
};

// The one description of `afstem export`'s options, parsed into `parsed`.
std::unique_ptr<CommandLine> ExportCommandLine(ExportArgs& parsed, std::vector<std::string>& what) {
  auto line = std::make_unique<CommandLine>(
      "export", "[--db FILE] --format csv|json|ndjson [--document NAME] WHAT",
      "Writes WHAT to stdout, UTF-8, in a stable column order:\n"
      "  initiatives  one record per initiative: document, ordinal, title, funding,\n"
      "               page, then one column per year (\"2024\": that year's amount)\n"
      "               and total_dkk\n"
      "  allocations  one record per allocation: initiative, year, amount_dkk,\n"
      "               category, unit, page\n"
      "  findings     one record per finding: severity, rule, stated, computed,\n"
      "               difference, message, page\n"
      "  documents    one record per document: status, error, pages, counts\n"
      "  tables       every detected table as a grid (csv) or its cells (json)\n"
      "Amounts are whole kroner, as integers.\n"
      "  csv     RFC 4180 with a header line (tables: each table's own header\n"
      "          row; several tables are each preceded by a caption line and\n"
      "          followed by an empty line)\n"
      "  json    {\"WHAT\": [...]}: the same fields typed, plus provenance: page\n"
      "          and box [x0, y0, x1, y1] in PDF points; a finding's parts\n"
      "  ndjson  the same objects, one per line\n",
      "");
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
  line->Option("--format", "F", "csv, json or ndjson", "--format needs csv, json or ndjson",
               [&parsed](const std::string& value) {
                 parsed.format = value;
                 return "";
               });
  line->Text("--document", "NAME", "only the document with this file name", parsed.document);
  line->Positionals("WHAT", what);
  line->Check([&parsed, &what]() -> std::string {
    if (what.size() > 1) return "unexpected argument " + what[1];
    parsed.what = what.empty() ? "" : what.front();
    if (parsed.format != "csv" && parsed.format != "json" && parsed.format != "ndjson") {
      return "--format must be csv, json or ndjson";
    }
    std::string known;
    for (const std::string& name : RecordExportNames()) {
      if (parsed.what == name) return "";
      known += name + ", ";
    }
    if (parsed.what == "tables") return "";
    known += "tables";
    return parsed.what.empty() ? "say what to export: " + known
                               : "cannot export " + parsed.what + " (one of " + known + ")";
  });
  return line;
}

struct CellOut {
  std::string text;
  bool has_place = false;
  std::int64_t page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool has_value = false;
  double value = 0;
};

struct TableOut {
  std::int64_t id = 0;
  std::string document;
  std::int64_t ordinal = 0, first_page = 0, last_page = 0, columns = 0, rows = 0;
  std::string unit, unit_source;
  std::vector<std::vector<CellOut>> grid;  // [row][column], row 0 = header
};

Result<std::vector<TableOut>> LoadTables(sql::Database& db, const std::string& document) {
  auto tables = db.Prepare(
      "SELECT t.id, d.file_name, t.ordinal, t.first_page, t.last_page, t.column_count, "
      "t.row_count, t.unit, t.unit_source FROM tables AS t "
      "JOIN documents AS d ON d.id = t.document_id "
      "WHERE ?1 = '' OR d.file_name = ?1 ORDER BY d.file_name COLLATE da, d.id, t.ordinal");
  if (!tables.ok()) return tables.status();
  tables.value()->Bind(1, std::string_view(document));
  std::vector<TableOut> out;
  while (true) {
    auto row = tables.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    sql::Statement& t = *tables.value();
    TableOut table{t.ColumnInt(0), t.ColumnText(1), t.ColumnInt(2), t.ColumnInt(3),
                   t.ColumnInt(4), t.ColumnInt(5), t.ColumnInt(6), t.ColumnText(7),
                   t.ColumnText(8), {}};
    table.grid.assign(static_cast<std::size_t>(table.rows + 1),
                      std::vector<CellOut>(static_cast<std::size_t>(table.columns)));
    out.push_back(std::move(table));
  }
  auto cells = db.Prepare(
      "SELECT row, column, text, page, x0, y0, x1, y1, value FROM table_cells "
      "WHERE table_id = ?");
  if (!cells.ok()) return cells.status();
  for (TableOut& table : out) {
    sql::Statement& c = *cells.value();
    c.Bind(1, table.id);
    while (true) {
      auto row = c.Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      const auto r = static_cast<std::size_t>(c.ColumnInt(0));
      const auto k = static_cast<std::size_t>(c.ColumnInt(1) - 1);
      if (r >= table.grid.size() || k >= table.grid[r].size()) continue;
      CellOut& cell = table.grid[r][k];
      cell.text = c.ColumnText(2);
      cell.has_place = !c.ColumnIsNull(3);
      cell.page = c.ColumnInt(3);
      cell.x0 = c.ColumnDouble(4);
      cell.y0 = c.ColumnDouble(5);
      cell.x1 = c.ColumnDouble(6);
      cell.y1 = c.ColumnDouble(7);
      cell.has_value = !c.ColumnIsNull(8);
      cell.value = c.ColumnDouble(8);
    }
    c.Reset();
  }
  return out;
}

void WriteCsv(const std::vector<TableOut>& tables, std::ostream& out) {
  const bool captions = tables.size() > 1;
  for (const TableOut& table : tables) {
    if (captions) {
      out << CsvField(table.document + ", table " + std::to_string(table.ordinal) +
                      ", pages " + std::to_string(table.first_page) + "-" +
                      std::to_string(table.last_page) + ", " + table.unit)
          << "\r\n";
    }
    for (const std::vector<CellOut>& row : table.grid) {
      for (std::size_t k = 0; k < row.size(); ++k) {
        if (k > 0) out << ',';
        out << CsvField(row[k].text);
      }
      out << "\r\n";
    }
    if (captions) out << "\r\n";
  }
}

// A cell's number as the tables export has always printed it: "%.10g".
Json Number(double value) { return JsonNumber(value, 10); }

Json TableJson(const TableOut& table) {
  Json rows = Json::array();
  for (const auto& grid_row : table.grid) {
    Json row = Json::array();
    for (const CellOut& cell : grid_row) {
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
void WriteJson(const std::vector<TableOut>& tables, bool ndjson, std::ostream& out) {
  Json list = Json::array();
  for (const TableOut& table : tables) {
    if (ndjson) {
      out << JsonText(TableJson(table)) << "\n";
    } else {
      list.push_back(TableJson(table));
    }
  }
  if (!ndjson) out << JsonText(Json{{"tables", std::move(list)}}) << "\n";
}

}  // namespace

std::string ExportUsage() {
  ExportArgs unused;
  std::vector<std::string> what;
  return ExportCommandLine(unused, what)->Help();
}

int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ExportArgs parsed;
  std::vector<std::string> what;
  if (auto stop = ExportCommandLine(parsed, what)->Parse(args, out, err)) return *stop;
  auto store = OpenExistingDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  sql::Database& db = store.value()->database();
  if (parsed.what != "tables") {
    auto records = LoadRecordExport(db, parsed.what, parsed.document);
    if (!records.ok()) {
      err << "afstem: " << parsed.db << ": " << records.status().message() << "\n";
      return kExitSomeFailed;
    }
    if (parsed.format == "csv") {
      WriteRecordsCsv(records.value(), out);
    } else if (parsed.format == "json") {
      WriteRecordsJson(records.value(), out);
    } else {
      WriteRecordsNdjson(records.value(), out);
    }
    return kExitOk;
  }
  auto tables = LoadTables(db, parsed.document);
  if (!tables.ok()) {
    err << "afstem: " << tables.status().message() << "\n";
    return kExitSomeFailed;
  }
  if (parsed.format == "csv") {
    WriteCsv(tables.value(), out);
  } else {
    WriteJson(tables.value(), parsed.format == "ndjson", out);
  }
  return kExitOk;
}

}  // namespace afstem
