// A Chromium-made agenda (fixtures/chromium/dagsorden_drawn_bullets.pdf,
// printed from its HTML source by scripts/make-chromium-fixtures.sh): the
// printed title, kind, date and committee win over a junk /Title; numbered
// items hold their generic parts set in the items' own style; bullets drawn
// as shapes are list items; each item's group total counts its own bullets,
// whether it is printed before or after them (issue 15).

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

const ExtractedDocument& Agenda() {
  static const ExtractedDocument document = testing::ProcessPdf(
      testing::SourceDir() / "fixtures" / "chromium" / "dagsorden_drawn_bullets.pdf");
  return document;
}

}  // namespace

TEST_CASE("agenda from Chromium: what page 1 says it is", "[e2e][structure]") {
  const DocumentHeader& header = Agenda().header;
  CHECK(Agenda().info.title == "Dokument1");
  CHECK(header.title == "Kultur- og Fritidsudvalget");
  CHECK(header.title_source == TitleSource::kPage);
  CHECK(header.kind == "dagsorden");
  CHECK(header.date == "2026-01-14");
  CHECK(header.committee == "Kultur- og Fritidsudvalget");
}

TEST_CASE("agenda from Chromium: items hold their parts", "[e2e][structure]") {
  std::vector<std::string> outline;
  for (const Section& section : Agenda().sections) {
    outline.push_back(std::to_string(section.level) + " " + section.number + " " + section.title + " <" +
                      std::to_string(section.parent) + ">");
  }
  CHECK(outline == std::vector<std::string>{
                       "1 1 Pulje til foreningslivet <-1>",
                       "2  Sagsfremstilling <0>",
                       "2  Indstilling <0>",
                       "1 2 Renovering af svømmehallen <-1>",
                       "2  Sagsfremstilling <3>",
                       "2  Økonomi <3>",
                   });
}

TEST_CASE("agenda from Chromium: drawn bullets are list items, each group its item's", "[e2e][structure]") {
  const ExtractedDocument& document = Agenda();
  std::vector<std::string> bullets;
  for (const TextBlock& block : document.pages[0].blocks) {
    if (block.kind == BlockKind::kListItem) bullets.push_back(block.label + " " + block.text);
  }
  CHECK(bullets == std::vector<std::string>{
                       "• Spejderhytte i Nordskoven (300.000 kr. i 2026)",
                       "• Ny belysning på kunstgræsbanen (250.000 kr. i 2026)",
                       "• Opstart af ungdomsorkester (200.000 kr. i 2026)",
                       "• Nyt tag over den store hal (1.200.000 kr. i 2027)",
                       "• Ventilationsanlæg med varmegenvinding (900.000 kr. i 2027)",
                   });
  std::vector<std::string> initiatives;
  for (const Initiative& initiative : document.initiatives) {
    initiatives.push_back(initiative.title + " <" + std::to_string(initiative.section) + ">");
  }
  CHECK(initiatives == std::vector<std::string>{
                           "Spejderhytte i Nordskoven <1>",
                           "Ny belysning på kunstgræsbanen <1>",
                           "Opstart af ungdomsorkester <1>",
                           "Nyt tag over den store hal <4>",
                           "Ventilationsanlæg med varmegenvinding <4>",
                       });
  REQUIRE(document.stated_totals.size() == 2);
  CHECK(document.stated_totals[0].label == "1. Pulje til foreningslivet");
  CHECK(document.stated_totals[0].year == 2026);
  CHECK(document.stated_totals[0].amount_dkk == 750'000);
  CHECK(document.stated_totals[0].parts == std::vector<int>{0, 1, 2});
  CHECK(document.stated_totals[1].label == "2. Renovering af svømmehallen");
  CHECK(document.stated_totals[1].year == 2027);
  CHECK(document.stated_totals[1].amount_dkk == 2'100'000);
  CHECK(document.stated_totals[1].parts == std::vector<int>{3, 4});
  CHECK(document.findings.empty());
}

}  // namespace afstem
