// `afstem export`: writes what the database holds to stdout for other tools
// and people: initiatives, allocations, findings and documents as CSV, JSON
// or NDJSON records (export_records.h), and `tables` as grids (CSV, ready
// for a spreadsheet) or cells with page and box (JSON). Returns the exit
// code.
#ifndef AFSTEM_INGEST_CLI_CLI_EXPORT_H_
#define AFSTEM_INGEST_CLI_CLI_EXPORT_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace afstem {

// The --help text.
std::string ExportUsage();

// `args` are the arguments after "export".
int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_EXPORT_H_
