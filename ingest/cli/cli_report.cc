// `afstem report` command (cli_report.h): reads the database, draws every
// finding's page region, writes the pages into a staging folder and swaps
// it in for DIR.

#include "ingest/cli/cli_report.h"

#include <filesystem>
#include <memory>
#include <ostream>

#include "ingest/cli/cli_options.h"
#include "ingest/cli/exit_codes.h"
#include "ingest/cli/open_store.h"
#include "ingest/report/report_data.h"
#include "ingest/report/report_html.h"
#include "ingest/report/report_images.h"
#include "ingest/report/report_site.h"
#include "schema/model/version.h"

namespace afstem {

namespace {

struct ReportArgs {
  std::string db = "afstem.sqlite";
  std::string out;
};

// The one description of `afstem report`'s options, parsed into `parsed`.
std::unique_ptr<CommandLine> ReportCommandLine(ReportArgs& parsed) {
  auto line = std::make_unique<CommandLine>(
      "report", "--out DIR [--db FILE]",
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
      "(it has no .afstem-report file) is never replaced.\n",
      "exit status: 0 when the report is written (a finding whose PDF is gone\n"
      "gets a note instead of a picture), 1 if the database cannot be read or\n"
      "DIR cannot be written, 2 on a usage error.\n");
  line->Text("--out", "DIR", "folder to write", parsed.out);
  line->Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
  line->Check([&parsed] { return parsed.out.empty() ? "--out DIR is required" : ""; });
  return line;
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

std::string ReportUsage() {
  ReportArgs unused;
  return ReportCommandLine(unused)->Help();
}

int RunReport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ReportArgs parsed;
  if (auto stop = ReportCommandLine(parsed)->Parse(args, out, err)) return *stop;
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
