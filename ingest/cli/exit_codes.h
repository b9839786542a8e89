// Exit codes of the command-line contract (PRODUCT.md), shared by every
// subcommand.
#ifndef AFSTEM_INGEST_CLI_EXIT_CODES_H_
#define AFSTEM_INGEST_CLI_EXIT_CODES_H_

namespace afstem {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // some inputs failed, or the
                                           // database could not be written
inline constexpr int kExitUsage = 2;
inline constexpr int kExitErrorFindings = 3;  // `check` found error findings

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_EXIT_CODES_H_
