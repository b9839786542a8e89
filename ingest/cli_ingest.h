// `afstem ingest`: parses its arguments, runs the batch driver and prints
// per-file lines (stderr) and the summary (stdout). Returns the exit code.
#ifndef AFSTEM_INGEST_CLI_INGEST_H_
#define AFSTEM_INGEST_CLI_INGEST_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "ingest/exit_codes.h"

namespace afstem {

extern const char kIngestUsage[];

// `args` are the arguments after "ingest".
int RunIngest(const std::vector<std::string>& args, std::ostream& out,
              std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_INGEST_H_
