// afstem command-line entry point: a table of subcommands (as Ninja's
// kTools) and the dispatch to them, nothing else.

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/cli/cli_check.h"
#include "ingest/cli/cli_export.h"
#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/openmp_threads.h"
#include "ingest/cli/cli_metadata.h"
#include "ingest/cli/cli_report.h"
#include "ingest/cli/cli_search.h"
#include "schema/model/version.h"

namespace {

struct Command {
  const char* name;
  const char* description;  // one line, for the overview
  int (*run)(const std::vector<std::string>& args);
};

constexpr Command kCommands[] = {
    {"ingest", "import PDF files and folders into the database",
     [](const std::vector<std::string>& args) {
       return afstem::RunIngest(args, std::cout, std::cerr, isatty(STDERR_FILENO) == 1);
     }},
    {"check", "check every stated total against its parts; list findings",
     [](const std::vector<std::string>& args) { return afstem::RunCheck(args, std::cout, std::cerr); }},
    {"export", "write initiatives, allocations, findings, tables or documents as CSV, JSON or NDJSON to stdout",
     [](const std::vector<std::string>& args) { return afstem::RunExport(args, std::cout, std::cerr); }},
    {"search", "full-text search over the normalized page text",
     [](const std::vector<std::string>& args) {
       return afstem::RunSearch(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1);
     }},
    {"report", "write a static HTML report with every finding on its page",
     [](const std::vector<std::string>& args) { return afstem::RunReport(args, std::cout, std::cerr); }},
    {"datasette-metadata", "write Datasette metadata.json for the database",
     [](const std::vector<std::string>& args) { return afstem::RunDatasetteMetadata(args, std::cout, std::cerr); }},
};

// `text` after `column` characters already written, wrapped at 72 with
// continuation lines indented to `column`.
std::string Wrapped(const std::string& text, std::size_t column) {
  constexpr std::size_t kWidth = 72;
  std::string wrapped;
  std::size_t width = column;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::size_t word = end - at;
    if (width > column && width + 1 + word > kWidth) {
      wrapped += "\n" + std::string(column, ' ');
      width = column;
    } else if (width > column) {
      wrapped += ' ';
      ++width;
    }
    wrapped += text.substr(at, word);
    width += word;
    at = end + 1;
  }
  return wrapped;
}

// The overview, with the commands from kCommands.
std::string Usage() {
  std::string usage =
      "usage: afstem COMMAND [OPTIONS] [ARGS]\n"
      "\n"
      "afstem turns Danish municipal committee PDFs into a SQLite database of\n"
      "initiatives and money, and flags every stated total that does not add\n"
      "up.\n"
      "\n"
      "commands:\n";
  constexpr std::size_t kColumn = 14;  // "  NAME" padded
  for (const Command& command : kCommands) {
    std::string name = "  " + std::string(command.name);
    name += name.size() < kColumn ? std::string(kColumn - name.size(), ' ') : "\n" + std::string(kColumn, ' ');
    usage += name + Wrapped(command.description, kColumn) + "\n";
  }
  return usage +
         "\n"
         "options:\n"
         "  -h, --help  show this help (afstem COMMAND --help for a command)\n"
         "  --version   show the version\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "ingest") afstem::RunWithOneOpenMpThread(argv);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << Usage();
    return afstem::kExitUsage;
  }
  const std::string name = args.front();
  args.erase(args.begin());
  if (name == "-h" || name == "--help" || name == "help") {
    std::cout << Usage();
    return afstem::kExitOk;
  }
  if (name == "--version") {
    std::cout << "afstem " << afstem::kVersion << "\n";
    return afstem::kExitOk;
  }
  for (const Command& command : kCommands) {
    if (name == command.name) return command.run(args);
  }
  std::cerr << "afstem: unknown command '" << name << "'\n" << Usage();
  return afstem::kExitUsage;
}
