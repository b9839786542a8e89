// `afstem datasette-metadata` command (cli_metadata.h).

#include "ingest/cli_metadata.h"

#include <filesystem>
#include <map>
#include <ostream>
#include <set>

#include "ingest/cli_args.h"
#include "ingest/exit_codes.h"
#include "ingest/open_store.h"
#include "ingest/version.h"
#include "schema/json_text.h"
#include "schema/schema_catalog.h"

namespace afstem {

const char kMetadataUsage[] =
    "usage: afstem datasette-metadata [--db FILE]\n"
    "\n"
    "Writes a Datasette metadata.json for the database to stdout:\n"
    "  afstem datasette-metadata > metadata.json\n"
    "  datasette afstem.sqlite -m metadata.json\n"
    "Tables, views and columns are described as in docs/schema.md; amounts\n"
    "are whole Danish kroner; pages are searchable (pages_fts).\n"
    "\n"
    "options:\n"
    "  --db FILE   database file (default: ./afstem.sqlite)\n"
    "  -h, --help  show this help\n";

namespace {

// How Datasette should show a table by default. Only tables whose columns
// exist are given these (checked when writing).
struct TableDisplay {
  const char* table;
  const char* sort;       // ascending sort column, or nullptr
  const char* sort_desc;  // descending sort column, or nullptr
  const char* label_column;
  std::vector<const char*> facets;
};

const std::vector<TableDisplay>& Displays() {
  static const std::vector<TableDisplay> displays = {
      {"documents", nullptr, "imported_at", "file_name", {"status", "producer"}},
      {"document_overview", "file_name", nullptr, nullptr, {"status"}},
      {"initiatives", "id", nullptr, "title", {"origin", "funding_source"}},
      {"initiative_years", "initiative_id", nullptr, nullptr, {"document", "year", "origin"}},
      {"allocations", "id", nullptr, nullptr, {"year", "origin", "category"}},
      {"findings", "id", nullptr, "label", {"severity", "rule"}},
      {"finding_details", "severity_rank", nullptr, nullptr, {"severity", "rule", "document"}},
      {"stated_totals", "id", nullptr, "label", {"scope", "year"}},
      {"document_years", "document_id", nullptr, nullptr, {"year"}},
      {"pages", "id", nullptr, nullptr, {}},
      {"tables", "id", nullptr, nullptr, {"unit"}},
  };
  return displays;
}

bool IsAmountColumn(const std::string& column) {
  return column.size() > 4 && column.compare(column.size() - 4, 4, "_dkk") == 0;
}

std::string TableJson(const DocumentedTable& table, const std::set<std::string>& existing) {
  std::string json = "{\"description\": " + JsonString(PlainText(table.description));
  json += ", \"columns\": {";
  bool first = true;
  for (const DocumentedColumn& column : table.columns) {
    if (!existing.count(column.name)) continue;
    std::string meaning = PlainText(column.meaning);
    if (IsAmountColumn(column.name) && meaning.find("kroner") == std::string::npos) {
      meaning += " (Danish kroner)";
    }
    json += (first ? "" : ", ") + JsonString(column.name) + ": " + JsonString(meaning);
    first = false;
  }
  json += "}";
  for (const TableDisplay& display : Displays()) {
    if (table.name != display.table) continue;
    if (display.sort && existing.count(display.sort)) json += ", \"sort\": " + JsonString(display.sort);
    if (display.sort_desc && existing.count(display.sort_desc)) {
      json += ", \"sort_desc\": " + JsonString(display.sort_desc);
    }
    if (display.label_column && existing.count(display.label_column)) {
      json += ", \"label_column\": " + JsonString(display.label_column);
    }
    std::string facets;
    for (const char* facet : display.facets) {
      if (existing.count(facet)) facets += (facets.empty() ? "" : ", ") + JsonString(facet);
    }
    if (!facets.empty()) json += ", \"facets\": [" + facets + "]";
  }
  return json + "}";
}

}  // namespace

Result<std::string> DatasetteMetadata(DocumentStore& store, const std::string& database_name,
                                      const std::vector<DocumentedTable>& documentation) {
  auto actual = store.ListColumns();
  if (!actual.ok()) return actual.status();
  std::string tables;
  for (const DocumentedTable& table : documentation) {
    const auto existing = actual.value().find(table.name);
    if (existing == actual.value().end()) continue;
    std::string json = TableJson(table, existing->second);
    // Datasette's search box on pages, backed by the external-content index.
    if (table.name == "pages" && actual.value().count("pages_fts")) {
      json.insert(json.size() - 1, ", \"fts_table\": \"pages_fts\", \"fts_pk\": \"id\"");
    }
    if (table.name == "pages_fts") json.insert(json.size() - 1, ", \"hidden\": true");
    tables += (tables.empty() ? "\n      " : ",\n      ") + JsonString(table.name) + ": " + json;
  }
  std::string queries;
  for (const CannedQuery& query : CannedQueries()) {
    queries += (queries.empty() ? "\n      " : ",\n      ") + JsonString(query.name) +
               ": {\"title\": " + JsonString(query.title) + ", \"sql\": " + JsonString(query.sql) + "}";
  }
  return "{\n  \"title\": \"afstem\",\n"
         "  \"description\": \"Initiatives and money from Danish municipal committee PDFs, and every "
         "stated total that does not add up. Amounts are whole Danish kroner (DKK). Made by afstem " +
         std::string(kVersion) + ".\",\n" +
         "  \"databases\": {\n    " + JsonString(database_name) + ": {\n" +
         "      \"description\": \"Tables and views as documented in docs/schema.md.\",\n" +
         "      \"tables\": {" + tables + "\n      },\n" + "      \"queries\": {" + queries +
         "\n      }\n    }\n  }\n}\n";
}

int RunDatasetteMetadata(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path = "afstem.sqlite";
  bool help = false;
  std::string usage_error;
  ArgReader reader(args);
  while (usage_error.empty() && reader.Next()) {
    const std::string& arg = reader.arg();
    if (arg == "-h" || arg == "--help") {
      help = true;
    } else if (arg == "--db") {
      if (!reader.Value(db_path)) usage_error = "--db needs a FILE";
    } else {
      usage_error = (!arg.empty() && arg[0] == '-' ? "unknown option " : "unexpected argument ") + arg;
    }
  }
  if (usage_error.empty()) usage_error = reader.error();
  if (auto stop = UsageOrHelp("datasette-metadata", usage_error, help, kMetadataUsage, out, err)) return *stop;
  auto store = OpenExistingDocumentStore(db_path);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  auto metadata = DatasetteMetadata(*store.value(), std::filesystem::path(db_path).stem().string(),
                                    ParseSchemaDoc(SchemaDocMarkdown()));
  if (!metadata.ok()) {
    err << "afstem: " << db_path << ": " << metadata.status().message() << "\n";
    return kExitSomeFailed;
  }
  out << metadata.value();
  return kExitOk;
}

}  // namespace afstem
