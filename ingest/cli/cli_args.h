// Reads a subcommand's arguments left to right for its parser. An
// option's value follows it ("--db FILE") or is joined with "="
// ("--db=FILE"); a joined value that no option took is an error
// ("--force=yes"). One reader per parse; not shared.
#ifndef AFSTEM_INGEST_CLI_CLI_ARGS_H_
#define AFSTEM_INGEST_CLI_CLI_ARGS_H_

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "ingest/cli/exit_codes.h"

namespace afstem {

class ArgReader {
 public:
  explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}

  // Moves to the next argument; false when there is none. Fails (returns
  // true but sets `error`) when the previous option left a joined value.
  bool Next() {
    if (joined_ && error_.empty()) error_ = arg_ + " takes no value";
    if (next_ >= args_.size()) return false;
    raw_ = args_[next_++];
    arg_ = raw_;
    joined_.reset();
    const std::size_t equals = raw_.find('=');
    if (raw_.rfind("--", 0) == 0 && equals != std::string::npos) {
      arg_ = raw_.substr(0, equals);
      joined_ = raw_.substr(equals + 1);
    }
    return true;
  }

  // The argument, without a joined "=VALUE" ("--db" for "--db=a.sqlite").
  const std::string& arg() const { return arg_; }
  // The argument as given.
  const std::string& raw() const { return raw_; }

  // Takes the current option's value into `into`; false when it has none.
  bool Value(std::string& into) {
    if (joined_) {
      into = *joined_;
      joined_.reset();
      return true;
    }
    if (next_ >= args_.size()) return false;
    into = args_[next_++];
    return true;
  }

  // "--force takes no value" once an option was given a value it does not
  // take; "" otherwise. Check after the loop (and Next()'s last call).
  const std::string& error() const { return error_; }

 private:
  const std::vector<std::string>& args_;
  std::size_t next_ = 0;
  std::string raw_, arg_;
  std::optional<std::string> joined_;
  std::string error_;
};

// The prologue every subcommand shares: on a usage error, "afstem COMMAND:
// ERROR" and the usage to `err`, exit 2; on --help, the usage to `out`,
// exit 0. Returns the exit code when the command should stop there.
inline std::optional<int> UsageOrHelp(const char* command, const std::string& usage_error, bool help,
                                      const char* usage, std::ostream& out, std::ostream& err) {
  if (!usage_error.empty()) {
    err << "afstem " << command << ": " << usage_error << "\n" << usage;
    return kExitUsage;
  }
  if (help) {
    out << usage;
    return kExitOk;
  }
  return std::nullopt;
}

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_ARGS_H_
