// `afstem check`: runs the reconcile stage again over every document in the
// database (from its stored records, without the PDFs), replaces the stored
// findings, and prints them grouped by document, as text (one line per
// finding and a count line) or JSON (every column). Exit code 3 when any
// error finding exists, 1 when a document could not be checked, else 0.
#ifndef AFSTEM_INGEST_CLI_CLI_CHECK_H_
#define AFSTEM_INGEST_CLI_CLI_CHECK_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace afstem {

// The --help text.
std::string CheckUsage();

// `args` are the arguments after "check".
int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_CHECK_H_
