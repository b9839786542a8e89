// `afstem search [--db FILE] [--limit N] [--format text|json] [--raw] QUERY`:
// full-text search over the normalized page text (the FTS5 index
// `pages_fts`), best matches first (bm25), each with its document, page and
// a snippet with the matched words marked. Danish letters are letters: "æ",
// "ø", "å" match only themselves. QUERY's words must all occur on the page;
// each is matched as written (a trailing * matches any ending), unless
// --raw passes QUERY to FTS5 as its own query syntax. Returns the exit code.
#ifndef AFSTEM_INGEST_CLI_CLI_SEARCH_H_
#define AFSTEM_INGEST_CLI_CLI_SEARCH_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace afstem {

// The --help text.
std::string SearchUsage();

// "hadforbrydelser 2025" -> "\"hadforbrydelser\" \"2025\"": every word a
// quoted FTS5 string, so "kr." or "2.755" can never be a syntax error; a
// trailing * stays a prefix query ("\"integr\"*").
std::string SearchQueryToFts(const std::string& query);

// `args` are the arguments after "search". `highlight` marks matches with
// terminal bold instead of «».
int RunSearch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
              bool highlight = false);

}  // namespace afstem

#endif  // AFSTEM_INGEST_CLI_CLI_SEARCH_H_
