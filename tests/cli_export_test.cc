// `afstem export` end to end: the memo's table as a CSV grid (header + 24
// rows of 6 columns), JSON with boxes, and usage errors.

#include "ingest/cli_export.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "ingest/cli_ingest.h"
#include "test_support.h"

namespace afstem {
namespace {

using Run = testing::CliRun;
using testing::Lines;

Run Export(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = RunExport(args, out, err);
  return Run{code, out.str(), err.str()};
}

std::string IngestFixtures(const testing::TempDir& dir) {
  const std::string db = (dir / "a.sqlite").string();
  std::ostringstream out, err;
  REQUIRE(RunIngest({"--db", db, (testing::SourceDir() / "fixtures" / "pdf").string()}, out, err) ==
          kExitOk);
  return db;
}

}  // namespace

TEST_CASE("export csv tables: the memo opens as 24 rows of 6 columns",
          "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "csv", "--document", "notat_racisme_2025.pdf", "tables"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 25);  // header + 23 rows + Samlet
  CHECK(lines[0] == "Indsats,2023,2024,2025,2026,Finansiering");
  CHECK(lines[1] == "1. Virksomhedsrettet indsats til bekæmpelse af ubevidst diskrimination "
                    "på københavnske arbejdspladser.,800,600,600,600,Integrationsbevilling");
  CHECK(lines[2] == "\"2. Støtte til foreningen Mino Danmark, der arbejder for at styrke "
                    "minoritetsetniske danskeres muligheder, stemmer og samfundsdeltagelse.\","
                    "300,300,300,300,Integrationsbevilling");
  CHECK(lines[8] == "8. Lancering af samarbejde med foreningen Brobyggerne om levering af "
                    "Brobyggerspil til dialog om fællesskab trods forskelligheder til skoler "
                    "og fritidstilbud,,,,,Udgift afholdt i 2022 (0.465)");
  CHECK(lines[24] == "Samlet,2.755,8.555,7.755,7.755,");
}

TEST_CASE("export json tables: cells with numbers, pages and boxes", "[e2e][export]") {
  testing::TempDir dir;
  const std::string db = IngestFixtures(dir);
  Run run = Export({"--db", db, "--format", "json", "--document", "notat_racisme_2025.pdf", "tables"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.rfind("{\"tables\": [\n  {\"document\": \"notat_racisme_2025.pdf\", \"table\": 1, "
                      "\"first_page\": 2, \"last_page\": 4, \"unit\": \"1.000 kr.\", "
                      "\"unit_source\": \"inferred\", \"rows\": [",
                      0) == 0);
  CHECK(run.out.find("{\"text\": \"2.755\", \"value\": 2755, \"page\": 4, \"box\": [") !=
        std::string::npos);
}

TEST_CASE("export usage errors", "[e2e][export]") {
  CHECK(Export({"--format", "csv"}).exit_code == kExitUsage);
  CHECK(Lines(Export({"--format", "csv"}).err)[0] == "afstem export: say what to export: tables");
  CHECK(Lines(Export({"--format", "xml", "tables"}).err)[0] ==
        "afstem export: --format must be csv or json");
  CHECK(Export({"--format", "csv", "pages"}).exit_code == kExitUsage);
  CHECK(Export({"--help"}).exit_code == kExitOk);
}

}  // namespace afstem
