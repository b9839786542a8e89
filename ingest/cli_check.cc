// `afstem check` command (cli_check.h).

#include "ingest/cli_check.h"

#include <filesystem>
#include <ostream>

#include "ingest/cli_args.h"
#include "ingest/exit_codes.h"
#include "ingest/open_store.h"
#include "parsers/reconcile.h"
#include "schema/finding_reader.h"
#include "schema/json_text.h"

namespace afstem {

const char kCheckUsage[] =
    "usage: afstem check [--db FILE] [--format text|json] [--severity error|warning|info]\n"
    "\n"
    "Checks every stated total in the database against the sum of its parts\n"
    "again (tables' total rows and \"I alt\" columns, groups, document amounts),\n"
    "stores the findings and prints them grouped by document.\n"
    "  text  one line per finding: severity, rule, page, where, and what is\n"
    "        stated vs computed with the tolerance; then a count line\n"
    "  json  {\"documents\": [...], \"counts\": {...}} with every field\n"
    "\n"
    "options:\n"
    "  --db FILE         database file (default: ./afstem.sqlite)\n"
    "  --format F        text (default) or json\n"
    "  --severity S      show findings of severity S and worse (default: info)\n"
    "  -h, --help        show this help\n"
    "\n"
    "exit status: 3 if any error finding exists, 1 if a document could not be\n"
    "checked, 2 on a usage error, else 0.\n";

namespace {

struct CheckArgs {
  std::string db = "afstem.sqlite";
  std::string format = "text";
  std::string severity = "info";
  bool help = false;
};

std::string ParseCheckArgs(const std::vector<std::string>& args, CheckArgs& parsed) {
  ArgReader reader(args);
  while (reader.Next()) {
    const std::string& arg = reader.arg();
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
    } else if (arg == "--db") {
      if (!reader.Value(parsed.db)) return "--db needs a FILE";
    } else if (arg == "--format") {
      if (!reader.Value(parsed.format)) return "--format needs text or json";
    } else if (arg == "--severity") {
      if (!reader.Value(parsed.severity)) return "--severity needs error, warning or info";
    } else {
      return (!arg.empty() && arg[0] == '-' ? "unknown option " : "unexpected argument ") + arg;
    }
  }
  if (!reader.error().empty()) return reader.error();
  if (parsed.format != "text" && parsed.format != "json") return "--format must be text or json";
  if (parsed.severity != "error" && parsed.severity != "warning" && parsed.severity != "info") {
    return "--severity must be error, warning or info";
  }
  return "";
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

std::string JsonInt(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : "null";
}

void PrintJson(const std::vector<StoredFinding>& findings, const CheckArgs& args, std::size_t documents,
               const FindingCounts& counts, std::ostream& out) {
  out << "{\"documents\":[";
  std::int64_t current = -1;
  bool first_finding = true;
  for (const StoredFinding& finding : findings) {
    if (SeverityRank(finding.severity) > SeverityRank(args.severity)) continue;
    if (finding.document_id != current) {
      if (current != -1) out << "]},";
      out << "\n{\"document_id\":" << finding.document_id << ",\"file_name\":" << JsonString(finding.file_name)
          << ",\"findings\":[";
      current = finding.document_id;
      first_finding = true;
    }
    if (!first_finding) out << ',';
    first_finding = false;
    out << "\n {\"id\":" << finding.id << ",\"rule\":" << JsonString(finding.rule)
        << ",\"severity\":" << JsonString(finding.severity) << ",\"year\":" << JsonInt(finding.year)
        << ",\"stated_dkk\":" << JsonInt(finding.stated) << ",\"computed_dkk\":" << JsonInt(finding.computed)
        << ",\"difference_dkk\":" << JsonInt(finding.difference)
        << ",\"tolerance_dkk\":" << (finding.tolerance ? JsonNumber(*finding.tolerance) : "null")
        << ",\"label\":" << JsonString(finding.label) << ",\"message\":" << JsonString(finding.message)
        << ",\"page\":" << JsonInt(finding.page) << ",\"box\":";
    if (finding.box) {
      out << JsonBox(finding.box->x0, finding.box->y0, finding.box->x1, finding.box->y1);
    } else {
      out << "null";
    }
    out << ",\"table_id\":" << JsonInt(finding.table_id) << ",\"table_row\":" << JsonInt(finding.table_row)
        << ",\"table_column\":" << JsonInt(finding.table_column)
        << ",\"stated_total_id\":" << JsonInt(finding.stated_total_id) << ",\"parts\":" << finding.parts
        << ",\"parameters\":" << finding.parameters << '}';
  }
  if (current != -1) out << "]}";
  out << "\n],\"documents_checked\":" << documents << ",\"counts\":{\"error\":" << counts.errors
      << ",\"warning\":" << counts.warnings << ",\"info\":" << counts.infos << "}}\n";
}

}  // namespace

int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CheckArgs parsed;
  const std::string usage_error = ParseCheckArgs(args, parsed);  // parsed before parsed.help is read
  if (auto stop = UsageOrHelp("check", usage_error, parsed.help, kCheckUsage, out, err)) return *stop;
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
