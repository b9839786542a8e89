// `afstem check` command (cli_check.h).

#include "ingest/cli/cli_check.h"

#include <filesystem>
#include <memory>
#include <ostream>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/exit_codes.h"
#include "ingest/cli/open_store.h"
#include "parsers/reconcile/reconcile.h"
#include "schema/store/findings_store.h"
#include "schema/model/json_text.h"
#include "schema/store/money_records.h"

namespace afstem {

namespace {

struct CheckArgs {
  std::string db = "afstem.sqlite";
  std::string format = "text";
  std::string severity = "info";
};

int SeverityRank(const std::string& severity) {
  return Rank(FromString<Severity>(severity).value_or(Severity::kInfo));
}

// The one description of `afstem check`'s options, parsed into `parsed`.
std::unique_ptr<CommandLine> CheckCommandLine(CheckArgs& parsed) {
  auto line = std::make_unique<CommandLine>(
      "check", "[--db FILE] [--format text|json] [--severity error|warning|info]",
      "Checks every stated total in the database against the sum of its parts\n"
      "again (tables' total rows and \"I alt\" columns, groups, document amounts),\n"
      "stores the findings and prints them grouped by document.\n"
      "  text  one line per finding: severity, rule, page, where, and what is\n"
      "        stated vs computed with the tolerance; then a count line\n"
      "  json  {\"documents\": [...], \"counts\": {...}} with every field\n",
      "exit status: 3 if any error finding exists, 1 if a document could not be\n"
      "checked, 2 on a usage error, else 0.\n");
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
  line->Option("--format", "F", "text (default) or json", "--format needs text or json",
               [&parsed](const std::string& value) {
                 parsed.format = value;
                 return value == "text" || value == "json" ? "" : "--format must be text or json";
               });
  line->Option("--severity", "S", "show findings of severity S and worse (default: info)",
               "--severity needs error, warning or info", [&parsed](const std::string& value) {
                 parsed.severity = value;
                 return value == "error" || value == "warning" || value == "info"
                            ? ""
                            : "--severity must be error, warning or info";
               });
  return line;
}

struct DocumentRef {
  std::int64_t id = 0;
  std::string file_name;
};

Result<std::vector<DocumentRef>> LoadedDocuments(sql::Database& db) {
  auto query = db.Prepare(
      "SELECT id, file_name FROM documents WHERE status = 'ok' "
      "ORDER BY file_name COLLATE da, id");
  if (!query.ok()) return query.status();
  std::vector<DocumentRef> documents;
  while (true) {
    auto row = query.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return documents;
    documents.push_back({query.value()->ColumnInt(0), query.value()->ColumnText(1)});
  }
}

// Reconciles one stored document and replaces its findings.
Status Recheck(sql::Database& db, const DocumentRef& document) {
  auto stored = LoadMoneyRecords(db, document.id);
  if (!stored.ok()) return stored.status();
  const std::vector<Finding> findings = Reconcile(stored.value().records);
  return ReplaceFindings(db, document.id, findings, stored.value().ids);
}

struct StoredFinding {
  std::int64_t id = 0, document_id = 0;
  std::string file_name, rule, severity, label, message, parts, parameters;
  std::optional<std::int64_t> year, stated, computed, difference, page, table_id, table_row,
      table_column, stated_total_id;
  std::optional<double> tolerance;
  std::optional<Box> box;
};

std::optional<std::int64_t> IntOrNone(const sql::Statement& row, int column) {
  if (row.ColumnIsNull(column)) return std::nullopt;
  return row.ColumnInt(column);
}

Result<std::vector<StoredFinding>> StoredFindings(sql::Database& db) {
  auto query = db.Prepare(
      "SELECT f.id, f.document_id, d.file_name, f.rule, f.severity, f.label, f.message, f.parts, "
      "f.parameters, f.year, f.stated_dkk, f.computed_dkk, f.difference_dkk, f.page, f.table_id, "
      "f.table_row, f.table_column, f.stated_total_id, f.tolerance_dkk, f.x0, f.y0, f.x1, f.y1 "
      "FROM findings f JOIN documents d ON d.id = f.document_id "
      "ORDER BY d.file_name COLLATE da, d.id, "
      "CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.page, f.id");
  if (!query.ok()) return query.status();
  sql::Statement& row = *query.value();
  std::vector<StoredFinding> findings;
  while (true) {
    auto step = row.Step();
    if (!step.ok()) return step.status();
    if (!step.value()) return findings;
    StoredFinding finding;
    finding.id = row.ColumnInt(0);
    finding.document_id = row.ColumnInt(1);
    finding.file_name = row.ColumnText(2);
    finding.rule = row.ColumnText(3);
    finding.severity = row.ColumnText(4);
    finding.label = row.ColumnText(5);
    finding.message = row.ColumnText(6);
    finding.parts = row.ColumnText(7);
    finding.parameters = row.ColumnText(8);
    finding.year = IntOrNone(row, 9);
    finding.stated = IntOrNone(row, 10);
    finding.computed = IntOrNone(row, 11);
    finding.difference = IntOrNone(row, 12);
    finding.page = IntOrNone(row, 13);
    finding.table_id = IntOrNone(row, 14);
    finding.table_row = IntOrNone(row, 15);
    finding.table_column = IntOrNone(row, 16);
    finding.stated_total_id = IntOrNone(row, 17);
    if (!row.ColumnIsNull(18)) finding.tolerance = row.ColumnDouble(18);
    if (!row.ColumnIsNull(19)) {
      finding.box = Box{row.ColumnDouble(19), row.ColumnDouble(20), row.ColumnDouble(21), row.ColumnDouble(22)};
    }
    findings.push_back(std::move(finding));
  }
}

std::string Pad(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

void PrintText(const std::vector<StoredFinding>& findings, const CheckArgs& args, std::size_t documents,
               const FindingCounts& counts, std::ostream& out) {
  std::int64_t current = -1;
  for (const StoredFinding& finding : findings) {
    if (SeverityRank(finding.severity) > SeverityRank(args.severity)) continue;
    if (finding.document_id != current) {
      if (current != -1) out << '\n';
      out << finding.file_name << " (document " << finding.document_id << ")\n";
      current = finding.document_id;
    }
    out << "  " << Pad(finding.severity, 8) << Pad(finding.rule, 19)
        << Pad(finding.page ? "p. " + std::to_string(*finding.page) : "", 7) << finding.label << ": "
        << finding.message << '\n';
  }
  if (current != -1) out << '\n';
  out << documents << (documents == 1 ? " document" : " documents") << " checked: " << counts.Describe();
  if (args.severity != "info") out << " (showing " << args.severity << " and worse)";
  out << '\n';
}

Json JsonInt(const std::optional<std::int64_t>& value) { return value ? Json(*value) : Json(); }

Json FindingJson(const StoredFinding& finding) {
  return {{"id", finding.id},
          {"rule", finding.rule},
          {"severity", finding.severity},
          {"year", JsonInt(finding.year)},
          {"stated_dkk", JsonInt(finding.stated)},
          {"computed_dkk", JsonInt(finding.computed)},
          {"difference_dkk", JsonInt(finding.difference)},
          {"tolerance_dkk", finding.tolerance ? Json(*finding.tolerance) : Json()},
          {"label", finding.label},
          {"message", finding.message},
          {"page", JsonInt(finding.page)},
          {"box", finding.box ? JsonBox(finding.box->x0, finding.box->y0, finding.box->x1, finding.box->y1) : Json()},
          {"table_id", JsonInt(finding.table_id)},
          {"table_row", JsonInt(finding.table_row)},
          {"table_column", JsonInt(finding.table_column)},
          {"stated_total_id", JsonInt(finding.stated_total_id)},
          {"parts", JsonParse(finding.parts)},
          {"parameters", JsonParse(finding.parameters)}};
}

// {"documents":[{"document_id":…,"file_name":…,"findings":[…]},…],
//  "documents_checked":…,"counts":{"error":…,"warning":…,"info":…}} on one line.
void PrintJson(const std::vector<StoredFinding>& findings, const CheckArgs& args, std::size_t documents,
               const FindingCounts& counts, std::ostream& out) {
  Json listed = Json::array();
  std::int64_t current = -1;
  for (const StoredFinding& finding : findings) {
    if (SeverityRank(finding.severity) > SeverityRank(args.severity)) continue;
    if (finding.document_id != current) {
      listed.push_back({{"document_id", finding.document_id}, {"file_name", finding.file_name}, {"findings", Json::array()}});
      current = finding.document_id;
    }
    listed.back()["findings"].push_back(FindingJson(finding));
  }
  const Json report = {{"documents", std::move(listed)},
                       {"documents_checked", documents},
                       {"counts", {{"error", counts.errors}, {"warning", counts.warnings}, {"info", counts.infos}}}};
  out << JsonText(report) << "\n";
}

}  // namespace

std::string CheckUsage() {
  CheckArgs unused;
  return CheckCommandLine(unused)->Help();
}

int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CheckArgs parsed;
  if (auto stop = CheckCommandLine(parsed)->Parse(args, out, err)) return *stop;
  auto store = OpenExistingDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  sql::Database& db = store.value()->database();
  auto documents = LoadedDocuments(db);
  if (!documents.ok()) {
    err << "afstem: " << parsed.db << ": " << documents.status().message() << "\n";
    return kExitSomeFailed;
  }
  bool some_failed = false;
  for (const DocumentRef& document : documents.value()) {
    if (Status status = Recheck(db, document); !status.ok()) {
      err << "afstem: " << document.file_name << ": not checked: " << status.message() << "\n";
      some_failed = true;
    }
  }
  auto findings = StoredFindings(db);
  if (!findings.ok()) {
    err << "afstem: " << parsed.db << ": " << findings.status().message() << "\n";
    return kExitSomeFailed;
  }
  FindingCounts counts;
  for (const StoredFinding& finding : findings.value()) counts.Add(finding.severity);
  if (parsed.format == "json") {
    PrintJson(findings.value(), parsed, documents.value().size(), counts, out);
  } else {
    PrintText(findings.value(), parsed, documents.value().size(), counts, out);
  }
  if (counts.errors > 0) return kExitErrorFindings;
  return some_failed ? kExitSomeFailed : kExitOk;
}

}  // namespace afstem
