// Input discovery: folders recursively, sorted, deduplicated; clear reasons.

#include "ingest/batch/input_files.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/support/test_support.h"

namespace afstem {

TEST_CASE("folders are searched recursively for .pdf, sorted", "[ingest][inputs]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir / "b" / "deep");
  for (const char* name : {"b/deep/z.PDF", "b/a.pdf", "c.pdf", "notes.txt"}) {
    testing::WriteFile(dir / name, "x");
  }
  InputList list = FindInputFiles({dir.path().string()});
  CHECK(list.problems.empty());
  REQUIRE(list.files.size() == 3);
  CHECK(list.files[0] == (dir / "b/a.pdf").string());
  CHECK(list.files[1] == (dir / "b/deep/z.PDF").string());
  CHECK(list.files[2] == (dir / "c.pdf").string());
}

TEST_CASE("named files are taken whatever their name, once", "[ingest][inputs]") {
  testing::TempDir dir;
  testing::WriteFile(dir / "notes.txt", "x");
  testing::WriteFile(dir / "a.pdf", "x");
  InputList list = FindInputFiles({(dir / "notes.txt").string(),
                                   dir.path().string(),
                                   (dir / "a.pdf").string()});
  REQUIRE(list.files.size() == 2);
  CHECK(list.files[0] == (dir / "notes.txt").string());
  CHECK(list.files[1] == (dir / "a.pdf").string());
}

TEST_CASE("missing paths are problems with a reason", "[ingest][inputs]") {
  InputList list = FindInputFiles({"/nonexistent/afstem/x.pdf"});
  CHECK(list.files.empty());
  REQUIRE(list.problems.size() == 1);
  CHECK(list.problems[0].path == "/nonexistent/afstem/x.pdf");
  CHECK(list.problems[0].reason == "no such file or directory");
}

TEST_CASE("reading files", "[ingest][inputs]") {
  testing::TempDir dir;
  testing::WriteFile(dir / "a.pdf", std::string("%PDF\0x", 6));
  auto bytes = ReadFileBytes((dir / "a.pdf").string());
  REQUIRE(bytes.ok());
  CHECK(bytes.value() == std::string("%PDF\0x", 6));
  CHECK(ReadFileBytes((dir / "missing.pdf").string()).status().message() ==
        "no such file or directory");
  CHECK(ReadFileBytes(dir.path().string()).status().message() == "is a directory");
  CHECK(FileNameOf("fixtures/pdf/a.pdf") == "a.pdf");
}

}  // namespace afstem
