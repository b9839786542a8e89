// afstem command-line entry point: dispatches to subcommands, nothing else.

#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "ingest/cli/cli_check.h"
#include "ingest/cli/cli_export.h"
#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/cli_metadata.h"
#include "ingest/cli/cli_report.h"
#include "ingest/cli/cli_search.h"
#include "schema/model/version.h"

namespace {

constexpr char kUsage[] =
    "usage: afstem COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "afstem turns Danish municipal committee PDFs into a SQLite database of\n"
    "initiatives and money, and flags every stated total that does not add\n"
    "up.\n"
    "\n"
    "commands:\n"
    "  ingest      import PDF files and folders into the database\n"
    "  check       check every stated total against its parts; list findings\n"
    "  export      write initiatives, allocations, findings, tables or\n"
    "              documents as CSV, JSON or NDJSON to stdout\n"
    "  search      full-text search over the normalized page text\n"
    "  report      write a static HTML report with every finding on its page\n"
    "  datasette-metadata\n"
    "              write Datasette metadata.json for the database\n"
    "\n"
    "options:\n"
    "  -h, --help  show this help (afstem COMMAND --help for a command)\n"
    "  --version   show the version\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return afstem::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return afstem::kExitOk;
  }
  if (command == "--version") {
    std::cout << "afstem " << afstem::kVersion << "\n";
    return afstem::kExitOk;
  }
  if (command == "ingest") return afstem::RunIngest(args, std::cout, std::cerr, isatty(STDERR_FILENO) == 1);
  if (command == "check") return afstem::RunCheck(args, std::cout, std::cerr);
  if (command == "export") return afstem::RunExport(args, std::cout, std::cerr);
  if (command == "search") return afstem::RunSearch(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1);
  if (command == "report") return afstem::RunReport(args, std::cout, std::cerr);
  if (command == "datasette-metadata") return afstem::RunDatasetteMetadata(args, std::cout, std::cerr);
  std::cerr << "afstem: unknown command '" << command << "'\n" << kUsage;
  return afstem::kExitUsage;
}
