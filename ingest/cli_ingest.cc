// `afstem ingest` command (cli_ingest.h).

#include "ingest/cli_ingest.h"

#include <chrono>
#include <cstdio>
#include <ostream>

#include "ingest/batch_ingest.h"
#include "ingest/open_store.h"

namespace afstem {

const char kIngestUsage[] =
    "usage: afstem ingest [--db FILE] [--force] PATH...\n"
    "\n"
    "Imports PDF files into the database. PATH is a PDF file or a folder,\n"
    "searched recursively for *.pdf (sorted by path). A file whose bytes were\n"
    "imported before is skipped (\"already imported\"); --force re-imports it,\n"
    "replacing the old rows in one transaction. A file that cannot be read is\n"
    "reported with its reason and recorded as failed; the others still load.\n"
    "\n"
    "options:\n"
    "  --db FILE   database file (default: ./afstem.sqlite)\n"
    "  --force     re-import files that are already in the database\n"
    "  -h, --help  show this help\n"
    "\n"
    "exit status: 0 all loaded, 1 some inputs failed (the rest loaded),\n"
    "2 usage error\n";

namespace {

struct IngestArgs {
  std::string db = "afstem.sqlite";
  bool force = false;
  bool help = false;
  std::vector<std::string> paths;
};

// Parses arguments; returns a usage error message, or "" on success.
std::string ParseIngestArgs(const std::vector<std::string>& args,
                            IngestArgs& parsed) {
  bool only_paths = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_paths || arg.empty() || arg[0] != '-' || arg == "-") {
      parsed.paths.push_back(arg);
    } else if (arg == "--") {
      only_paths = true;
    } else if (arg == "-h" || arg == "--help") {
      parsed.help = true;
    } else if (arg == "--force") {
      parsed.force = true;
    } else if (arg == "--db") {
      if (i + 1 >= args.size()) return "--db needs a FILE";
      parsed.db = args[++i];
    } else if (arg.rfind("--db=", 0) == 0) {
      parsed.db = arg.substr(5);
    } else {
      return "unknown option " + arg;
    }
  }
  if (parsed.db.empty()) return "--db needs a FILE";
  if (!parsed.help && parsed.paths.empty()) return "no PATH given";
  return "";
}

const char* OutcomeWord(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::kLoaded: return "loaded";
    case FileOutcome::kReplaced: return "replaced";
    case FileOutcome::kUnchanged: return "skipped";
    case FileOutcome::kFailed: return "failed";
  }
  return "";
}

// "1 error, 0 warnings, 3 info".
std::string FindingsText(const FindingCounts& counts) {
  return std::to_string(counts.errors) + (counts.errors == 1 ? " error, " : " errors, ") +
         std::to_string(counts.warnings) + (counts.warnings == 1 ? " warning, " : " warnings, ") +
         std::to_string(counts.infos) + " info";
}

void PrintFileLine(const FileReport& report, std::ostream& err) {
  err << "afstem: " << report.path << ": ";
  switch (report.outcome) {
    case FileOutcome::kLoaded:
    case FileOutcome::kReplaced:
      err << OutcomeWord(report.outcome) << " as document "
          << report.document_id << " (" << report.pages << " pages, "
          << report.links << " links; findings: " << FindingsText(report.findings) << ")";
      break;
    case FileOutcome::kUnchanged:
      err << report.detail;
      break;
    case FileOutcome::kFailed:
      err << "error: " << report.detail;
      break;
  }
  err << '\n';
}

void PrintSummary(const IngestSummary& summary, double seconds,
                  const std::string& db, std::ostream& out) {
  char elapsed[32];
  std::snprintf(elapsed, sizeof(elapsed), "%.2f s", seconds);
  out << "documents  " << summary.loaded << " loaded, " << summary.replaced
      << " replaced, " << summary.unchanged << " skipped (already imported), "
      << summary.failed << " failed\n"
      << "pages      " << summary.pages << "\n"
      << "words      " << summary.words << "\n"
      << "links      " << summary.links << "\n"
      << "findings   " << FindingsText(summary.findings)
      << " (afstem check lists them)\n"
      << "elapsed    " << elapsed << "\n"
      << "database   " << db << "\n";
  for (const FileReport& failure : summary.failures) {
    out << "failed     " << failure.path << ": " << failure.detail << "\n";
  }
}

}  // namespace

int RunIngest(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err) {
  IngestArgs parsed;
  std::string usage_error = ParseIngestArgs(args, parsed);
  if (!usage_error.empty()) {
    err << "afstem ingest: " << usage_error << "\n" << kIngestUsage;
    return kExitUsage;
  }
  if (parsed.help) {
    out << kIngestUsage;
    return kExitOk;
  }

  const auto start = std::chrono::steady_clock::now();
  auto store = OpenDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  IngestOptions options;
  options.force = parsed.force;
  InputList inputs = FindInputFiles(parsed.paths);
  auto summary = IngestFiles(inputs, *store.value(), options,
                             [&err](const FileReport& report) {
                               PrintFileLine(report, err);
                             });
  if (!summary.ok()) {
    err << "afstem: stopped: " << summary.status().message() << "\n";
    return kExitSomeFailed;
  }
  const double seconds = std::chrono::duration<double>(
                             std::chrono::steady_clock::now() - start)
                             .count();
  PrintSummary(summary.value(), seconds, parsed.db, out);
  return summary.value().failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace afstem
