// `afstem ingest`: parses its arguments, runs the batch driver and prints
// per-file lines (stderr) and the summary (stdout). Returns the exit code.
#ifndef AFSTEM_INGEST_CLI_CLI_INGEST_H_
#define AFSTEM_INGEST_CLI_CLI_INGEST_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "ingest/cli/exit_codes.h"

namespace afstem {

// The --help text.
std::string IngestUsage();

// `args` are the arguments after "ingest". The progress line is drawn on
// `err` when it is a terminal (or with --progress), unless --quiet.
int RunIngest(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err, bool err_is_terminal = false);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_INGEST_H_
