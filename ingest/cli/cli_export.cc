// `afstem export` command (cli_export.h).

#include "ingest/cli/cli_export.h"

#include <memory>
#include <ostream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/cli_options.h"
#include "ingest/cli/open_store.h"
#include "ingest/export/export_format.h"
#include "schema/store/export_queries.h"

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
      "export", "[--db FILE] --format " + ExportFormatNames("|", "|") + " [--document NAME] WHAT",
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
  const std::string formats = ExportFormatNames(", ", " or ");
  line->Option("--format", "F", formats, "--format needs " + formats,
               [&parsed](const std::string& value) {
                 parsed.format = value;
                 return "";
               });
  line->Text("--document", "NAME", "only the document with this file name", parsed.document);
  line->Positionals("WHAT", what);
  line->Check([&parsed, &what]() -> std::string {
    if (what.size() > 1) return "unexpected argument " + what[1];
    parsed.what = what.empty() ? "" : what.front();
    if (FindExportFormat(parsed.format) == nullptr) {
      return "--format must be " + ExportFormatNames(", ", " or ");
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
  const ExportFormat& format = *FindExportFormat(parsed.format);  // checked by the parser
  if (parsed.what != "tables") {
    auto records = db.LoadRecordExport(parsed.what, parsed.document);
    if (!records.ok()) {
      err << "afstem: " << parsed.db << ": " << records.status().message() << "\n";
      return kExitSomeFailed;
    }
    format.write_records(records.value(), out);
    return kExitOk;
  }
  auto tables = db.LoadTableExport(parsed.document);
  if (!tables.ok()) {
    err << "afstem: " << tables.status().message() << "\n";
    return kExitSomeFailed;
  }
  format.write_tables(tables.value(), out);
  return kExitOk;
}

}  // namespace afstem
