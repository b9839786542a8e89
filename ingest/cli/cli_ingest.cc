// `afstem ingest` command (cli_ingest.h).

#include "ingest/cli/cli_ingest.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <sstream>

#include "ingest/batch/batch_ingest.h"
#include "ingest/cli/cli_options.h"
#include "ingest/cli/open_store.h"
#include "ingest/cli/progress_line.h"

namespace afstem {

namespace {

struct IngestArgs {
  std::string db = "afstem.sqlite";
  bool force = false;
  bool quiet = false;
  bool progress = false;
  int jobs = 0;  // 0: the number of cores
  double timeout_seconds = 120;
  std::int64_t max_memory = 2LL << 30;
  int max_pages = 2000;
  std::int64_t max_size = 200'000'000;
  OcrMode ocr = OcrMode::kAuto;
  std::vector<std::string> paths;
};

// A positive decimal number ("120", "0.5") wholly read, or -1.
double ParseNumber(const std::string& text, std::size_t* used_out = nullptr) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return -1;
  try {
    std::size_t used = 0;
    const double number = std::stod(text, &used);
    if (used_out != nullptr) {
      *used_out = used;
    } else if (used != text.size()) {
      return -1;
    }
    return std::isfinite(number) && number > 0 ? number : -1;
  } catch (const std::exception&) {  // out of range
    return -1;
  }
}

// "2G", "512M", "64K", "1000" (bytes) -> bytes; -1 when not a size.
std::int64_t ParseSize(const std::string& text) {
  std::size_t used = 0;
  const double number = ParseNumber(text, &used);
  if (number < 0) return -1;
  std::string suffix = text.substr(used);
  if (!suffix.empty() && (suffix.back() == 'B' || suffix.back() == 'b')) suffix.pop_back();
  double scale = 1;
  if (suffix == "K" || suffix == "k") scale = 1024.0;
  else if (suffix == "M" || suffix == "m") scale = 1024.0 * 1024;
  else if (suffix == "G" || suffix == "g") scale = 1024.0 * 1024 * 1024;
  else if (!suffix.empty()) return -1;
  const double bytes = number * scale;
  return bytes > 9e18 ? -1 : static_cast<std::int64_t>(bytes);
}

// A whole number in [low, high], or -1.
long ParseCount(const std::string& text, long low, long high) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9) return -1;
  const long value = std::stol(text);
  return value < low || value > high ? -1 : value;
}

// The one description of `afstem ingest`'s options, parsed into `parsed`.
std::unique_ptr<CommandLine> IngestCommandLine(IngestArgs& parsed) {
  auto line = std::make_unique<CommandLine>(
      "ingest", "[--db FILE] [--jobs N] [--force] [OPTIONS] PATH...",
      "Imports PDF files into the database. PATH is a PDF file or a folder,\n"
      "searched recursively for *.pdf (sorted by path). A file whose bytes were\n"
      "imported before is skipped after hashing (\"already imported\"); --force\n"
      "re-imports it, replacing the old rows in one transaction. Each file is\n"
      "read in a worker process: a file that cannot be read, crashes the PDF\n"
      "library or takes too long is reported with its reason and recorded as\n"
      "failed; the others still load.\n",
      "exit status: 0 all loaded, 1 some inputs failed (the rest loaded),\n"
      "2 usage error\n");
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
  const std::string jobs_error = "--jobs needs a number from 1 to 256";
  line->Option("-j,--jobs", "N", "worker processes (default: the number of cores)", jobs_error,
               [&parsed, jobs_error](const std::string& text) {
                 parsed.jobs = static_cast<int>(ParseCount(text, 1, 256));
                 return parsed.jobs < 0 ? jobs_error : std::string();
               });
  line->Flag("--force", "re-import files that are already in the database", parsed.force);
  const std::string timeout_error = "--timeout needs a number of seconds";
  line->Option("--timeout", "SECONDS", "per file (default: 120)", timeout_error,
               [&parsed, timeout_error](const std::string& text) {
                 parsed.timeout_seconds = ParseNumber(text);
                 return parsed.timeout_seconds <= 0 ? timeout_error : std::string();
               });
  const std::string memory_error = "--max-memory needs a size of at least 64M (e.g. 2G)";
  line->Option("--max-memory", "SIZE", "per worker, e.g. 2G, 512M (default: 2G)", memory_error,
               [&parsed, memory_error](const std::string& text) {
                 parsed.max_memory = ParseSize(text);
                 return parsed.max_memory < 64LL << 20 ? memory_error : std::string();
               });
  const std::string pages_error = "--max-pages needs a number of pages";
  line->Option("--max-pages", "N", "refuse longer documents (default: 2000)", pages_error,
               [&parsed, pages_error](const std::string& text) {
                 parsed.max_pages = static_cast<int>(ParseCount(text, 1, 100'000'000));
                 return parsed.max_pages < 0 ? pages_error : std::string();
               });
  const std::string size_error = "--max-size needs a size (e.g. 200M)";
  line->Option("--max-size", "SIZE", "refuse larger files, e.g. 200M (default: 200M)", size_error,
               [&parsed, size_error](const std::string& text) {
                 parsed.max_size = ParseSize(text);
                 return parsed.max_size <= 0 ? size_error : std::string();
               });
  const std::string ocr_error = "--ocr needs auto or off";
  line->Option("--ocr", "auto|off",
               "read scanned pages with Tesseract (default: auto; about 3 s a page, within --timeout)", ocr_error,
               [&parsed, ocr_error](const std::string& text) {
                 if (text != "auto" && text != "off") return ocr_error;
                 parsed.ocr = text == "auto" ? OcrMode::kAuto : OcrMode::kOff;
                 return std::string();
               });
  line->Flag("--progress", "show the progress line even when stderr is not a terminal", parsed.progress);
  line->Flag("--quiet", "no progress line and no per-file lines but failures", parsed.quiet);
  line->Positionals("PATH", parsed.paths);
  line->Check([&parsed] { return parsed.paths.empty() ? "no PATH given" : ""; });
  return line;
}

int DefaultJobs() {
  const long cores = sysconf(_SC_NPROCESSORS_ONLN);
  return cores > 0 ? static_cast<int>(std::min(cores, 256L)) : 1;
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

std::string FileLine(const FileReport& report) {
  std::ostringstream err;
  err << "afstem: " << report.path << ": ";
  switch (report.outcome) {
    case FileOutcome::kLoaded:
    case FileOutcome::kReplaced:
      err << OutcomeWord(report.outcome) << " as document "
          << report.document_id << " (" << report.pages << " pages, "
          << (report.ocr_pages > 0 ? std::to_string(report.ocr_pages) + " read by OCR, " : std::string())
          << report.links << " links; findings: " << report.findings.Describe() << ")";
      break;
    case FileOutcome::kUnchanged:
      err << report.detail;
      break;
    case FileOutcome::kFailed:
      err << "error: " << report.detail;
      break;
  }
  return err.str();
}

void PrintSummary(const IngestSummary& summary, double seconds,
                  const std::string& db, std::ostream& out) {
  char elapsed[64];
  std::snprintf(elapsed, sizeof(elapsed), "%.2f s (%.1f pages/s)", seconds,
                seconds > 0 ? static_cast<double>(summary.pages) / seconds : 0.0);
  out << "documents   " << summary.loaded << " loaded, " << summary.replaced
      << " replaced, " << summary.unchanged << " skipped (already imported), "
      << summary.failed << " failed\n"
      << "pages       " << summary.pages
      << (summary.ocr_pages > 0 ? " (" + std::to_string(summary.ocr_pages) + " read by OCR)" : std::string()) << "\n"
      << "words       " << summary.words << "\n"
      << "links       " << summary.links << "\n"
      << "initiatives " << summary.initiatives << "\n"
      << "allocations " << summary.allocations << "\n"
      << "findings    " << summary.findings.Describe()
      << " (afstem check lists them)\n"
      << "elapsed     " << elapsed << "\n"
      << "database    " << db << "\n";
  for (const FileReport& failure : summary.failures) {
    out << "failed      " << failure.path << ": " << failure.detail << "\n";
  }
}

}  // namespace

std::string IngestUsage() {
  IngestArgs unused;
  return IngestCommandLine(unused)->Help();
}

int RunIngest(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err, bool err_is_terminal) {
  IngestArgs parsed;
  if (auto stop = IngestCommandLine(parsed)->Parse(args, out, err)) return *stop;

  const auto start = std::chrono::steady_clock::now();
  auto store = OpenDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  IngestOptions options;
  options.force = parsed.force;
  options.poppler.max_pages = parsed.max_pages;
  options.ocr = parsed.ocr;
  options.workers.workers = parsed.jobs > 0 ? parsed.jobs : DefaultJobs();
  options.workers.timeout_seconds = parsed.timeout_seconds;
  options.workers.max_memory_bytes = parsed.max_memory;
  options.max_size_bytes = parsed.max_size;
  if (const char* faults = std::getenv("AFSTEM_TEST_WORKER_FAULT")) {
    options.faults = WorkerFaults::Parse(faults);
  }
  InputList inputs = FindInputFiles(parsed.paths);
  ProgressLine progress(err, !parsed.quiet && (parsed.progress || err_is_terminal),
                        inputs.files.size() + inputs.problems.size());
  auto summary = IngestFiles(inputs, *store.value(), options, [&](const FileReport& report) {
    const bool failed = report.outcome == FileOutcome::kFailed;
    if (failed || !parsed.quiet) progress.PrintAbove(FileLine(report));
    progress.Advance(report.pages, report.ocr_pages, failed);
  });
  progress.Clear();
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
