// `afstem export` command (cli_export.h).

#include "ingest/cli/cli_export.h"

#include <cstdio>
#include <memory>
#include <ostream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/cli_options.h"
#include "ingest/cli/open_store.h"
#include "ingest/export/export_records.h"
#include "schema/store/export_queries.h"
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

using CellOut = ExportCell;
using TableOut = ExportTable;

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
  DocumentStore& db = *store.value();
  if (parsed.what != "tables") {
    auto records = db.LoadRecordExport(parsed.what, parsed.document);
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
  auto tables = db.LoadTableExport(parsed.document);
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
