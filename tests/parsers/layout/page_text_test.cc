// Reading-order line building for pages.raw_text.

#include "parsers/layout/page_text.h"

#include <catch2/catch.hpp>

namespace afstem {
namespace {
Word W(const char* text, double x0, double y0, double x1, double y1,
       bool space_after = true) {
  return Word{text, Box{x0, y0, x1, y1}, space_after, "", 0};
}
}  // namespace

TEST_CASE("words on one baseline form one line", "[parsers][page_text]") {
  std::vector<Word> words = {W("800", 300, 100, 315, 110),
                             W("600", 340, 100, 355, 110, false),
                             W("Integrationsbevilling", 400, 100, 480, 110)};
  CHECK(BuildRawText(words) == "800 600 Integrationsbevilling");
}

TEST_CASE("a lower word or a jump back left starts a new line",
          "[parsers][page_text]") {
  std::vector<Word> words = {W("hadforbry-", 72, 100, 120, 111, false),
                             W("delser.", 72, 114, 100, 125),
                             W("2023", 300, 114, 320, 125, false),
                             W("Indsats", 72, 114, 100, 125)};
  CHECK(BuildRawText(words) == "hadforbry-\ndelser. 2023\nIndsats");
}

TEST_CASE("touching words without space stay joined", "[parsers][page_text]") {
  std::vector<Word> words = {W("kontanthjælpsmodtagere", 72, 100, 170, 111, false),
                             W("4", 170.2, 98, 174, 105, false)};
  CHECK(BuildRawText(words) == "kontanthjælpsmodtagere4");
}

}  // namespace afstem
