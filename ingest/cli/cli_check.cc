// `afstem check` command (cli_check.h).

#include "ingest/cli/cli_check.h"

#include <filesystem>
#include <memory>
#include <ostream>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/exit_codes.h"
#include "ingest/cli/open_store.h"
#include "parsers/reconcile/reconcile.h"
#include "schema/store/finding_reader.h"
#include "schema/model/json_text.h"

namespace afstem {

namespace {

struct CheckArgs {
  std::string db = "afstem.sqlite";
  std::string format = "text";
  std::string severity = "info";
};

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
  DocumentStore& db = *store.value();
  auto documents = db.ListLoadedDocuments();
  if (!documents.ok()) {
    err << "afstem: " << parsed.db << ": " << documents.status().message() << "\n";
    return kExitSomeFailed;
  }
  bool some_failed = false;
  for (const DocumentName& document : documents.value()) {
    if (Status status = db.RecheckFindings(document.id, Reconcile); !status.ok()) {
      err << "afstem: " << document.file_name << ": not checked: " << status.message() << "\n";
      some_failed = true;
    }
  }
  auto findings = db.ReadFindings(FindingFilter{});
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
