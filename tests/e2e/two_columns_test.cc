// A Chromium-made report page in two columns (fixtures/chromium/
// two_columns_footnote.pdf, from its HTML source by
// scripts/make-chromium-fixtures.sh) with notes set across both columns
// right under them: the notes close the gutter and leave no band, yet the
// columns are read one after the other and every sentence stays whole
// (parsers/layout/xy_cut.h; issue 15).

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {

TEST_CASE("two columns closed by notes across them are read column by column", "[e2e][layout]") {
  const ExtractedDocument document = testing::ProcessPdf(
      testing::SourceDir() / "fixtures" / "chromium" / "two_columns_footnote.pdf");
  REQUIRE(document.pages.size() == 1);
  const Page& page = document.pages[0];
  // Column 1's paragraphs, then column 2's (its first block is the end of
  // column 1's last paragraph), then the notes; no line across the gutter.
  std::vector<std::string> starts;
  for (const TextBlock& block : page.blocks) {
    starts.push_back(block.text.substr(0, block.text.find(' ', 12)));
    for (const TextLine& line : block.lines) {
      if (block.kind == BlockKind::kBody && block.text.rfind("1 Opgørelsen", 0) != 0) {
        CHECK(line.box.width() < page.width / 2 - 60);
      }
    }
  }
  CHECK(starts == std::vector<std::string>{"Sundhed i nærmiljøet", "Kommunerne har", "Undersøgelser",
                                           "Derfor er der", "Kommunerne ønsker", "aftaler om, hvem",
                                           "Samtidig skal", "Endelig er det", "Kommunerne vil",
                                           "1 Opgørelsen"});
  REQUIRE(document.prose_money.size() == 2);
  CHECK(document.prose_money[0].text == "26.000 kr.");
  CHECK(document.prose_money[0].sentence ==
        "Undersøgelser fra flere kommuner viser, at en borger med én kronisk sygdom i gennemsnit giver en "
        "kommunal merudgift på 26.000 kr. om året, mens en borger med flere kroniske sygdomme giver en "
        "merudgift på omkring 50.000 kr. om året.");
  CHECK(document.prose_money[1].text == "50.000 kr.");
}

}  // namespace afstem
