// Command-line options (ingest/cli/cli_options.h): both value forms, the usage
// errors in afstem's words, --help from the same description.

#include "ingest/cli/cli_options.h"

#include <catch2/catch.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/test_support.h"

namespace afstem {
namespace {

struct Parsed {
  std::string db = "afstem.sqlite";
  bool force = false;
  int jobs = 0;
  std::vector<std::string> paths;
  std::optional<int> stop;
  std::string out, err;
};

Parsed Parse(const std::vector<std::string>& args) {
  Parsed parsed;
  CommandLine line("try", "[--db FILE] PATH...", "Tries options.\n", "exit status: 2 on a usage error\n");
  line.Text("--db", "FILE", "database file", parsed.db);
  line.Option("-j,--jobs", "N", "workers", "--jobs needs a number from 1 to 9", [&parsed](const std::string& v) {
    parsed.jobs = v.size() == 1 && v[0] >= '1' && v[0] <= '9' ? v[0] - '0' : -1;
    return parsed.jobs < 0 ? "--jobs needs a number from 1 to 9" : "";
  });
  line.Flag("--force", "again", parsed.force);
  line.Positionals("PATH", parsed.paths);
  line.Check([&parsed] { return parsed.paths.empty() ? "no PATH given" : ""; });
  std::ostringstream out, err;
  parsed.stop = line.Parse(args, out, err);
  parsed.out = out.str();
  parsed.err = err.str();
  return parsed;
}

std::string FirstErrorLine(const std::vector<std::string>& args) {
  const Parsed parsed = Parse(args);
  CHECK(parsed.stop == 2);
  return testing::Lines(parsed.err).at(0);
}

}  // namespace

TEST_CASE("options: values follow or are joined, the last one counts", "[ingest][cli]") {
  const Parsed parsed = Parse({"--db", "a.sqlite", "x.pdf", "--db=b.sqlite", "-j", "3", "--force", "-", "--", "--y"});
  CHECK(!parsed.stop);
  CHECK(parsed.db == "b.sqlite");
  CHECK(parsed.jobs == 3);
  CHECK(parsed.force);
  CHECK(parsed.paths == std::vector<std::string>{"x.pdf", "-", "--y"});
}

TEST_CASE("options: usage errors name the problem", "[ingest][cli]") {
  CHECK(FirstErrorLine({"x.pdf", "--bogus=1"}) == "afstem try: unknown option --bogus");
  CHECK(FirstErrorLine({"x.pdf", "--db"}) == "afstem try: --db needs a FILE");
  CHECK(FirstErrorLine({"x.pdf", "--db="}) == "afstem try: --db needs a FILE");
  CHECK(FirstErrorLine({"x.pdf", "--jobs=many"}) == "afstem try: --jobs needs a number from 1 to 9");
  CHECK(FirstErrorLine({"x.pdf", "--force=yes"}) == "afstem try: --force takes no value");
  CHECK(FirstErrorLine({"--help=yes"}) == "afstem try: --help takes no value");
  CHECK(FirstErrorLine({}) == "afstem try: no PATH given");
  // The help follows the error on stderr.
  CHECK(Parse({}).err.find("usage: afstem try [--db FILE] PATH...\n") != std::string::npos);
}

TEST_CASE("options: --help is generated from the description", "[ingest][cli]") {
  const Parsed parsed = Parse({"--help"});
  CHECK(parsed.stop == 0);
  CHECK(parsed.out ==
        "usage: afstem try [--db FILE] PATH...\n"
        "\n"
        "Tries options.\n"
        "\n"
        "options:\n"
        "  --db FILE     database file\n"
        "  -j, --jobs N  workers\n"
        "  --force       again\n"
        "  -h, --help    show this help\n"
        "\n"
        "exit status: 2 on a usage error\n");
}

}  // namespace afstem
