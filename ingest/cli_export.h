// `afstem export`: writes what the database holds to stdout for other tools
// and people. Now: `tables` as CSV (each table a grid with its header row,
// ready for a spreadsheet) or JSON (cells with page and box). Returns the
// exit code.
#ifndef AFSTEM_INGEST_CLI_EXPORT_H_
#define AFSTEM_INGEST_CLI_EXPORT_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace afstem {

extern const char kExportUsage[];

// `args` are the arguments after "export".
int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_EXPORT_H_
