// Word blob round trip and rejection of damaged blobs.

#include "schema/store/word_blob.h"

#include <catch2/catch.hpp>

namespace afstem {

TEST_CASE("word blob round-trips words, fonts and flags", "[schema][blob]") {
  std::vector<Word> words = {
      {"Samlet", {72.5, 700.25, 110.75, 711.5}, true, "LiberationSans-Bold", 10},
      {"2.755", {300, 700.25, 325.5, 711.5}, false, "LiberationSans", 10},
      {"ud\u00ad", {72, 80, 90, 92}, false, "", 0},
      {"", {0, 0, 0, 0}, false, "LiberationSans", 8.5},
  };
  auto decoded = DecodeWordBlob(EncodeWordBlob(words));
  REQUIRE(decoded.ok());
  CHECK(decoded.value() == words);
}

TEST_CASE("word blob of no words", "[schema][blob]") {
  std::string blob = EncodeWordBlob({});
  CHECK(blob.size() == 12);
  auto decoded = DecodeWordBlob(blob);
  REQUIRE(decoded.ok());
  CHECK(decoded.value().empty());
}

TEST_CASE("damaged word blobs are rejected with a reason", "[schema][blob]") {
  std::string blob = EncodeWordBlob({{"Budget24", {1, 2, 3, 4}, true, "F", 9}});
  CHECK(DecodeWordBlob("XXXX").status().message() ==
        "word blob: bad magic (not an AFW1 blob)");
  for (std::size_t cut = 4; cut < blob.size(); ++cut) {
    CHECK_FALSE(DecodeWordBlob(std::string_view(blob).substr(0, cut)).ok());
  }
  CHECK(DecodeWordBlob(blob + "x").status().message() ==
        "word blob: trailing bytes");
  std::string huge = blob;
  huge[8] = '\xff';  // word count low byte -> 255 words claimed
  CHECK(DecodeWordBlob(huge).status().message() ==
        "word blob: counts exceed blob size");
}

}  // namespace afstem
