// `afstem export` command (cli_export.h).

#include "ingest/cli_export.h"

#include <cstdio>
#include <ostream>

#include "ingest/cli_args.h"
#include "ingest/cli_ingest.h"
#include "ingest/export_records.h"
#include "ingest/open_store.h"
#include "schema/export_queries.h"
#include "schema/json_text.h"

namespace afstem {

const char kExportUsage[] =
    "usage: afstem export [--db FILE] --format csv|json|ndjson [--document NAME] WHAT\n"
    "\n"
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
    "  ndjson  the same objects, one per line\n"
    "\n"
    "options:\n"
    "  --db FILE        database file (default: ./afstem.sqlite)\n"
    "  --document NAME  only the document with this file name\n"
    "  -h, --help       show this help\n";

namespace {

struct ExportArgs {
  std::string db = "afstem.sqlite";
  std::string format;
  std::string document;
  std::string what;
  bool help = false;
};

std::string ParseExportArgs(const std::vector<std::string>& args, ExportArgs& parsed) {
  ArgReader reader(args);
  while (reader.Next()) {
    const std::string& arg = reader.arg();
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
    } else if (arg == "--db") {
      if (!reader.Value(parsed.db)) return "--db needs a FILE";
    } else if (arg == "--format") {
      if (!reader.Value(parsed.format)) return "--format needs csv, json or ndjson";
    } else if (arg == "--document") {
      if (!reader.Value(parsed.document)) return "--document needs a NAME";
    } else if (!arg.empty() && arg[0] == '-') {
      return "unknown option " + arg;
    } else if (parsed.what.empty()) {
      parsed.what = arg;
    } else {
      return "unexpected argument " + arg;
    }
  }
  if (!reader.error().empty()) return reader.error();
  if (parsed.help) return "";
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
  return parsed.what.empty() ? "say what to export: " + known : "cannot export " + parsed.what + " (one of " + known + ")";
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

std::string Number(double value) {
  char text[40];
  std::snprintf(text, sizeof(text), "%.10g", value);
  return text;
}

// JSON: {"tables": [...]}; NDJSON: one table object per line.
void WriteJson(const std::vector<TableOut>& tables, bool ndjson, std::ostream& out) {
  if (!ndjson) out << "{\"tables\": [";
  for (std::size_t t = 0; t < tables.size(); ++t) {
    const TableOut& table = tables[t];
    if (!ndjson) out << (t ? ",\n  " : "\n  ");
    out << "{\"document\": " << JsonString(table.document)
        << ", \"table\": " << table.ordinal << ", \"first_page\": " << table.first_page
        << ", \"last_page\": " << table.last_page << ", \"unit\": " << JsonString(table.unit)
        << ", \"unit_source\": " << JsonString(table.unit_source) << ", \"rows\": [";
    for (std::size_t r = 0; r < table.grid.size(); ++r) {
      out << (r ? "," : "") << (ndjson ? " [" : "\n    [");
      for (std::size_t k = 0; k < table.grid[r].size(); ++k) {
        const CellOut& cell = table.grid[r][k];
        out << (k ? ", " : "") << "{\"text\": " << JsonString(cell.text);
        if (cell.has_value) out << ", \"value\": " << Number(cell.value);
        if (cell.has_place) {
          out << ", \"page\": " << cell.page << ", \"box\": [" << Number(cell.x0) << ", "
              << Number(cell.y0) << ", " << Number(cell.x1) << ", " << Number(cell.y1) << "]";
        }
        out << "}";
      }
      out << "]";
    }
    out << (ndjson ? "]}\n" : "]}");
  }
  if (!ndjson) out << "\n]}\n";
}

}  // namespace

int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ExportArgs parsed;
  const std::string usage_error = ParseExportArgs(args, parsed);  // parsed before parsed.help is read
  if (auto stop = UsageOrHelp("export", usage_error, parsed.help, kExportUsage, out, err)) return *stop;
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
