// `afstem report` command (cli_report.h): reads the database, draws every
// finding's page region, writes the pages into a staging folder and swaps
// it in for DIR.

#include "ingest/cli_report.h"

#include <filesystem>
#include <ostream>

#include "ingest/cli_args.h"
#include "ingest/exit_codes.h"
#include "ingest/open_store.h"
#include "ingest/report_data.h"
#include "ingest/report_html.h"
#include "ingest/report_images.h"
#include "ingest/report_site.h"
#include "ingest/version.h"

namespace afstem {

const char kReportUsage[] =
    "usage: afstem report --out DIR [--db FILE]\n"
    "\n"
    "Writes a static HTML report of the database into DIR, to open in any\n"
    "browser (no network, no scripts):\n"
    "  index.html         every document with its status, pages, initiatives,\n"
    "                     allocations per year and findings; the errors and\n"
    "                     warnings; failed documents with their reasons\n"
    "  documents/ID.html  a document's initiatives x years table and findings\n"
    "  images/            for every finding, the region of its page with the\n"
    "                     stated total outlined in red, its parts in blue and\n"
    "                     the difference beside it (from the PDF, if it is\n"
    "                     still where it was imported from)\n"
    "DIR is replaced whole. A non-empty DIR that afstem report did not write\n"
    "(it has no .afstem-report file) is never replaced.\n"
    "\n"
    "options:\n"
    "  --out DIR   folder to write\n"
    "  --db FILE   database file (default: ./afstem.sqlite)\n"
    "  -h, --help  show this help\n"
    "\n"
    "exit status: 0 when the report is written (a finding whose PDF is gone\n"
    "gets a note instead of a picture), 1 if the database cannot be read or\n"
    "DIR cannot be written, 2 on a usage error.\n";

namespace {

struct ReportArgs {
  std::string db = "afstem.sqlite";
  std::string out;
  bool help = false;
};

std::string ParseReportArgs(const std::vector<std::string>& args, ReportArgs& parsed) {
  ArgReader reader(args);
  while (reader.Next()) {
    const std::string& arg = reader.arg();
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
    } else if (arg == "--db") {
      if (!reader.Value(parsed.db)) return "--db needs a FILE";
    } else if (arg == "--out") {
      if (!reader.Value(parsed.out) || parsed.out.empty()) return "--out needs a DIR";
    } else {
      return (!arg.empty() && arg[0] == '-' ? "unknown option " : "unexpected argument ") + arg;
    }
  }
  if (!reader.error().empty()) return reader.error();
  if (parsed.out.empty() && !parsed.help) return "--out DIR is required";
  return "";
}

// What was written, for the summary.
struct ReportCounts {
  std::size_t documents = 0, failed = 0, findings = 0, images = 0, unavailable = 0;
  SeverityCounts severities;
};

void CountDocument(const ReportDocument& document, const FindingImages& images, ReportCounts& counts) {
  ++counts.documents;
  if (!document.ok()) ++counts.failed;
  counts.findings += document.findings.size();
  counts.severities.Add(CountSeverities(document.findings));
  for (const ReportFinding& finding : document.findings) {
    auto image = images.find(finding.id);
    if (image != images.end() && !image->second.file.empty()) {
      ++counts.images;
    } else if (finding.page) {
      ++counts.unavailable;
    }
  }
}

// One line to `err` for a document whose findings lack pictures.
void WarnUnavailable(const ReportDocument& document, const FindingImages& images, std::ostream& err) {
  std::size_t missing = 0;
  std::string reason;
  for (const ReportFinding& finding : document.findings) {
    auto image = images.find(finding.id);
    if (!finding.page || image == images.end() || !image->second.file.empty()) continue;
    if (missing++ == 0) reason = image->second.unavailable;
  }
  if (missing == 0) return;
  err << "afstem: " << document.file_name << ": " << reason << " (" << missing
      << (missing == 1 ? " finding" : " findings") << " without a picture)\n";
}

// Writes the whole site into `site`; fails with a one-line reason.
Status WriteSite(const ReportData& data, const ReportSource& source, const StagedSite& site, ReportCounts& counts,
                 std::ostream& err) {
  if (Status status = site.Write("style.css", kReportStyle); !status.ok()) return status;
  if (Status status = site.MakeFolder("images"); !status.ok()) return status;
  for (const ReportDocument& document : data.documents) {
    auto images = WriteFindingImages(document, site.root());
    if (!images.ok()) return images.status();
    WarnUnavailable(document, images.value(), err);
    CountDocument(document, images.value(), counts);
    Status status = site.Write(DocumentPagePath(document.id), DocumentPage(document, images.value(), source));
    if (!status.ok()) return status;
  }
  return site.Write("index.html", IndexPage(data, source));
}

void PrintSummary(const ReportCounts& counts, const std::filesystem::path& out, std::ostream& stream) {
  stream << "report      " << (out / "index.html").string() << "\n"
         << "documents   " << counts.documents << " (" << counts.documents - counts.failed << " loaded, "
         << counts.failed << " failed)\n"
         << "findings    " << counts.findings << " (" << counts.severities.errors << " errors, "
         << counts.severities.warnings << " warnings, " << counts.severities.infos << " info)\n"
         << "images      " << counts.images << " written, " << counts.unavailable << " unavailable\n";
}

}  // namespace

int RunReport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ReportArgs parsed;
  const std::string usage_error = ParseReportArgs(args, parsed);  // parsed before parsed.help is read
  if (auto stop = UsageOrHelp("report", usage_error, parsed.help, kReportUsage, out, err)) return *stop;
  if (Status replaceable = CheckReplaceable(parsed.out); !replaceable.ok()) {
    err << "afstem: " << parsed.out << ": " << replaceable.message() << "; refusing to replace it\n";
    return kExitUsage;
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(parsed.db, error)) {
    err << "afstem: " << parsed.db << ": no database here (import PDFs with afstem ingest first)\n";
    return kExitSomeFailed;
  }
  auto store = OpenDocumentStore(parsed.db);
  if (!store.ok()) {
    err << "afstem: " << store.status().message() << "\n";
    return kExitSomeFailed;
  }
  auto data = LoadReportData(*store.value());
  if (!data.ok()) {
    err << "afstem: " << parsed.db << ": " << data.status().message() << "\n";
    return kExitSomeFailed;
  }
  auto site = StagedSite::Begin(parsed.out);
  if (!site.ok()) {
    err << "afstem: " << site.status().message() << "\n";
    return kExitSomeFailed;
  }
  ReportCounts counts;
  Status written = WriteSite(data.value(), ReportSource{parsed.db, kVersion}, *site.value(), counts, err);
  if (written.ok()) written = site.value()->Publish();
  if (!written.ok()) {
    err << "afstem: " << written.message() << "\n";
    return kExitSomeFailed;
  }
  PrintSummary(counts, parsed.out, out);
  return kExitOk;
}

}  // namespace afstem
