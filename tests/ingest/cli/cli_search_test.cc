// `afstem search` end to end over the fixtures: ranked pages with marked
// snippets, Danish letters intact, any text searchable without FTS5 syntax
// errors; and the query translation on its own.

#include "ingest/cli/cli_search.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli/cli_ingest.h"
#include "ingest/cli/exit_codes.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using Run = testing::CliRun;
using testing::Lines;

Run Search(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunSearch(args, out, err);
  return Run{code, out.str(), err.str()};
}

std::string IngestSeeds(const testing::TempDir& dir) {
  const std::string db = (dir / "a.sqlite").string();
  std::ostringstream out, err;
  REQUIRE(RunIngest({"--db", db, testing::FixturePdf("notat_racisme_2025.pdf").string(),
                     testing::FixturePdf("integrationshandleplan_2024.pdf").string()},
                    out, err) == kExitOk);
  return db;
}

}  // namespace

TEST_CASE("search query translation", "[search]") {
  CHECK(SearchQueryToFts("hadforbrydelser") == "\"hadforbrydelser\"");
  CHECK(SearchQueryToFts("  racisme   2025 ") == "\"racisme\" \"2025\"");
  CHECK(SearchQueryToFts("kr. 2.755") == "\"kr.\" \"2.755\"");
  CHECK(SearchQueryToFts("integr*") == "\"integr\"*");
  CHECK(SearchQueryToFts("say \"hi\"") == "\"say\" \"\"\"hi\"\"\"");
  CHECK(SearchQueryToFts("*") == "\"*\"");
}

TEST_CASE("search hadforbrydelser finds the memo's pages with a snippet", "[e2e][search]") {
  testing::TempDir dir;
  const std::string db = IngestSeeds(dir);
  Run run = Search({"--db", db, "hadforbrydelser"});
  CHECK(run.exit_code == kExitOk);
  const auto lines = Lines(run.out);
  REQUIRE(lines.size() == 4);  // pages 1 to 4 all name them
  for (const std::string& line : lines) {
    CHECK(line.rfind("notat_racisme_2025.pdf, p. ", 0) == 0);
    // Case folded: page 4 prints "Hadforbrydelser".
    CHECK((line.find("«hadforbrydelser»") != std::string::npos ||
           line.find("«Hadforbrydelser»") != std::string::npos));
  }
  CHECK(lines[0].find(", p. 1: …årligt i frie midler 2024-2026 til nye indsatser mod racisme, etnisk "
                      "diskrimination og «hadforbrydelser».") != std::string::npos);
  CHECK(run.err == "4 pages matched\n");
}

TEST_CASE("search: Danish letters, prefixes, JSON, nothing found", "[e2e][search]") {
  testing::TempDir dir;
  const std::string db = IngestSeeds(dir);
  // "Støtte" matches "støtte" (case folded) and never "stotte".
  Run danish = Search({"--db", db, "Støtte"});
  CHECK(danish.exit_code == kExitOk);
  CHECK(Lines(danish.out).at(0).find("«") != std::string::npos);
  CHECK(Search({"--db", db, "stotte"}).exit_code == kExitSomeFailed);
  CHECK(Search({"--db", db, "stotte"}).err == "0 pages matched\n");
  // Punctuation is no syntax error; a prefix query matches longer words.
  CHECK(Search({"--db", db, "kr.", "2024"}).exit_code == kExitOk);
  CHECK(Search({"--db", db, "hadforbryd*"}).exit_code == kExitOk);
  Run json = Search({"--db", db, "--format", "json", "--limit", "1", "hadforbrydelser"});
  CHECK(json.exit_code == kExitOk);
  CHECK(json.out.rfind("{\"query\":\"hadforbrydelser\",\"fts_query\":\"\\\"hadforbrydelser\\\"\",\"hits\":["
                       "{\"document\":\"notat_racisme_2025.pdf\",\"document_id\":1,\"page\":",
                       0) == 0);
  CHECK(json.err == "");
  // --raw takes FTS5 syntax; a syntax error there is the user's: exit 2.
  CHECK(Search({"--db", db, "--raw", "racisme OR hadforbrydelser"}).exit_code == kExitOk);
  Run bad = Search({"--db", db, "--raw", "\"unclosed"});
  CHECK(bad.exit_code == kExitUsage);
  CHECK(Lines(bad.err).at(0).rfind("afstem search: cannot search for '\"unclosed': ", 0) == 0);
}

TEST_CASE("search usage errors", "[e2e][search]") {
  CHECK(Search({}).exit_code == kExitUsage);
  CHECK(Lines(Search({}).err).at(0) == "afstem search: say what to search for");
  CHECK(Lines(Search({"--limit", "0", "x"}).err).at(0) ==
        "afstem search: --limit must be a whole number from 1 to 999999");
  CHECK(Search({"--help"}).exit_code == kExitOk);
  CHECK(Lines(Search({"--db", "/nonexistent/a.sqlite", "x"}).err).at(0) ==
        "afstem: /nonexistent/a.sqlite: no database here (import PDFs with afstem ingest first)");
}

}  // namespace afstem
