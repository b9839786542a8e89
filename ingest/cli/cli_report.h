// `afstem report --out DIR [--db FILE]`: writes a self-contained static HTML
// site of what the database holds, with every finding shown on its page.
// Returns the exit code.
#ifndef AFSTEM_INGEST_CLI_CLI_REPORT_H_
#define AFSTEM_INGEST_CLI_CLI_REPORT_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace afstem {

// The --help text.
std::string ReportUsage();

// `args` are the arguments after "report".
int RunReport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_REPORT_H_
