// One command's options, described once: parsing (CLI11) and --help are
// both generated from the description. Used by the ingest/cli_*.cc
// subcommands only; CLI11 itself is included by cli_options.cc alone.
#ifndef AFSTEM_INGEST_CLI_CLI_OPTIONS_H_
#define AFSTEM_INGEST_CLI_CLI_OPTIONS_H_

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace afstem {

// Example:
//   CommandLine line("report", "--out DIR [--db FILE]", "Writes ...\n", "exit status: ...\n");
//   line.Text("--db", "FILE", "database file (default: ./afstem.sqlite)", parsed.db);
//   line.Flag("--force", "re-import files", parsed.force);
//   if (auto stop = line.Parse(args, out, err)) return *stop;
// An option's value follows it ("--db FILE") or is joined with "="
// ("--db=FILE"); a later one replaces an earlier one. Unknown options,
// extra arguments, missing or invalid values and a value given to a flag
// ("--force=yes") are usage errors. Not shared between threads.
class CommandLine {
 public:
  // Takes an option's value: "" when taken, else the usage error
  // ("--jobs needs a number from 1 to 256").
  using Take = std::function<std::string(const std::string& value)>;

  // `synopsis` follows "usage: afstem COMMAND " on the first help line;
  // `about` (after a blank line) and `footer` (after the options) are
  // printed as given, each ending in "\n" ("" for none).
  CommandLine(std::string command, std::string synopsis, std::string about, std::string footer);
  ~CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  // An option with a value. `names`: "--db" or "-j,--jobs"; `missing`:
  // the error when it has no value.
  void Option(const std::string& names, const std::string& value_name, const std::string& help,
              const std::string& missing, Take take);
  // An option whose value is stored as given; "NAME needs a VALUE_NAME"
  // when it has none (or an empty one).
  void Text(const std::string& names, const std::string& value_name, const std::string& help,
            std::string& into);
  // An option without a value: sets `into` to true when given.
  void Flag(const std::string& names, const std::string& help, bool& into);
  // The arguments that are not options, in order, into `into`; without a
  // call to Positionals, any such argument is a usage error.
  void Positionals(const std::string& name, std::vector<std::string>& into);
  // A check of the whole command line once every option is taken, skipped
  // under --help: "" when fine, else the usage error ("no PATH given").
  void Check(std::function<std::string()> check);

  // Parses `args` (the arguments after the command name). On a usage error
  // writes "afstem COMMAND: ERROR" and the help to `err` and returns 2; on
  // -h/--help writes the help to `out` and returns 0; otherwise nullopt
  // and the command runs.
  std::optional<int> Parse(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

  // The help text: usage line, about, options (with -h, --help), footer.
  std::string Help() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_OPTIONS_H_
