// `afstem datasette-metadata` command (cli_metadata.h).

#include "ingest/cli/cli_metadata.h"

#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <set>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/exit_codes.h"
#include "ingest/cli/open_store.h"
#include "schema/model/json_text.h"
#include "schema/model/version.h"
#include "schema/store/schema_catalog.h"

namespace afstem {

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

Json TableJson(const DocumentedTable& table, const std::set<std::string>& existing) {
  Json columns = Json::object();
  for (const DocumentedColumn& column : table.columns) {
    if (!existing.count(column.name)) continue;
    std::string meaning = PlainText(column.meaning);
    if (IsAmountColumn(column.name) && meaning.find("kroner") == std::string::npos) {
      meaning += " (Danish kroner)";
    }
    columns[column.name] = meaning;
  }
  Json json = {{"description", PlainText(table.description)}, {"columns", std::move(columns)}};
  for (const TableDisplay& display : Displays()) {
    if (table.name != display.table) continue;
    if (display.sort && existing.count(display.sort)) json["sort"] = display.sort;
    if (display.sort_desc && existing.count(display.sort_desc)) json["sort_desc"] = display.sort_desc;
    if (display.label_column && existing.count(display.label_column)) {
      json["label_column"] = display.label_column;
    }
    Json facets = Json::array();
    for (const char* facet : display.facets) {
      if (existing.count(facet)) facets.push_back(facet);
    }
    if (!facets.empty()) json["facets"] = std::move(facets);
  }
  return json;
}

// The one description of `afstem datasette-metadata`'s options.
std::unique_ptr<CommandLine> MetadataCommandLine(std::string& db_path) {
  auto line = std::make_unique<CommandLine>(
      "datasette-metadata", "[--db FILE]",
      "Writes a Datasette metadata.json for the database to stdout:\n"
      "  afstem datasette-metadata > metadata.json\n"
      "  datasette afstem.sqlite -m metadata.json\n"
      "Tables, views and columns are described as in docs/schema.md; amounts\n"
      "are whole Danish kroner; pages are searchable (pages_fts).\n",
      "");
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", db_path);
  return line;
}

}  // namespace

std::string MetadataUsage() {
  std::string unused;
  return MetadataCommandLine(unused)->Help();
}


Result<std::string> DatasetteMetadata(DocumentStore& store, const std::string& database_name,
                                      const std::vector<DocumentedTable>& documentation) {
  auto actual = store.ListColumns();
  if (!actual.ok()) return actual.status();
  Json tables = Json::object();
  for (const DocumentedTable& table : documentation) {
    const auto existing = actual.value().find(table.name);
    if (existing == actual.value().end()) continue;
    Json json = TableJson(table, existing->second);
    // Datasette's search box on pages, backed by the external-content index.
    if (table.name == "pages" && actual.value().count("pages_fts")) {
      json["fts_table"] = "pages_fts";
      json["fts_pk"] = "id";
    }
    if (table.name == "pages_fts") json["hidden"] = true;
    tables[table.name] = std::move(json);
  }
  Json queries = Json::object();
  for (const CannedQuery& query : CannedQueries()) {
    queries[query.name] = {{"title", query.title}, {"sql", query.sql}};
  }
  const Json metadata = {
      {"title", "afstem"},
      {"description",
       "Initiatives and money from Danish municipal committee PDFs, and every stated total that does not add "
       "up. Amounts are whole Danish kroner (DKK). Made by afstem " + std::string(kVersion) + "."},
      {"databases",
       {{database_name,
         {{"description", "Tables and views as documented in docs/schema.md."},
          {"tables", std::move(tables)},
          {"queries", std::move(queries)}}}}}};
  return JsonText(metadata, 2) + "\n";
}

int RunDatasetteMetadata(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path = "afstem.sqlite";
  if (auto stop = MetadataCommandLine(db_path)->Parse(args, out, err)) return *stop;
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
