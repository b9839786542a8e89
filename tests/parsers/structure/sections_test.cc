// Sections from typography and numbering (parsers/structure/sections.h), on
// heading blocks built by hand: one shape per rule.

#include "parsers/structure/sections.h"

#include <catch2/catch.hpp>

namespace afstem {
namespace {

const StructureRules& Rules() {
  static const std::unique_ptr<StructureRules> rules =
      std::move(StructureRules::Create()).value();
  return *rules;
}

struct BlockSpec {
  BlockKind kind = BlockKind::kHeading;
  std::string text;
  std::string label;  // what the layout's HeadingLabel gave
  double size = 12;
  bool bold = true;
  int page = 1;
};

ExtractedDocument Document(const std::vector<BlockSpec>& specs) {
  ExtractedDocument document;
  double y = 60;
  for (const BlockSpec& spec : specs) {
    while (static_cast<int>(document.pages.size()) < spec.page) {
      Page page;
      page.number = static_cast<int>(document.pages.size()) + 1;
      page.width = 595;
      page.height = 842;
      document.pages.push_back(page);
      y = 60;
    }
    TextBlock block;
    block.kind = spec.kind;
    block.text = spec.text;
    block.label = spec.label;
    TextLine line;
    line.font_size = spec.size;
    line.bold = spec.bold;
    line.box = Box{60, y, 400, y + spec.size * 1.2};
    block.box = line.box;
    block.lines.push_back(line);
    document.pages.back().blocks.push_back(block);
    y += 30;
  }
  BuildSections(document, Rules());
  return document;
}

// "level number title parent" per section, for exact comparison.
std::vector<std::string> Outline(const ExtractedDocument& document) {
  std::vector<std::string> outline;
  for (const Section& section : document.sections) {
    outline.push_back(std::to_string(section.level) + " [" + section.number +
                      "] " + section.title +
                      (section.generic ? " (generic)" : "") + " <" +
                      std::to_string(section.parent) + ">");
  }
  return outline;
}

}  // namespace

TEST_CASE(
    "agenda items hold their generic parts; a larger contents heading does not "
    "hold the items",
    "[parsers][structure]") {
  const ExtractedDocument document = Document({
      {BlockKind::kHeading, "Indholdsfortegnelse", "", 17.3, true, 2},
      {BlockKind::kHeading, "Punkt 1: Godkendelse af dagsorden",
       "Punkt 1:", 16.3, true, 3},
      {BlockKind::kHeading, "Beslutninger", "", 13.6, true, 3},
      {BlockKind::kBody, "Godkendt.", "", 10.9, false, 3},
      {BlockKind::kHeading, "Punkt 2: Anlægsbevilling til ny bro",
       "Punkt 2:", 16.3, true, 4},
      {BlockKind::kHeading, "Resume", "", 13.6, true, 4},
      {BlockKind::kBody, "Der søges 18,8 mio. kr.", "", 10.9, false, 4},
      {BlockKind::kHeading, "Økonomi", "", 13.6, true, 5},
      {BlockKind::kBody, "Finansieres af anlægsreserven.", "", 10.9, false, 5},
  });
  CHECK(Outline(document) == std::vector<std::string>{
                                 "1 [] Indholdsfortegnelse (generic) <-1>",
                                 "1 [1] Godkendelse af dagsorden <-1>",
                                 "2 [] Beslutninger (generic) <1>",
                                 "1 [2] Anlægsbevilling til ny bro <-1>",
                                 "2 [] Resume (generic) <3>",
                                 "2 [] Økonomi (generic) <3>",
                             });
  // Every block knows its innermost section; a page break does not end one.
  CHECK(document.pages[3].blocks[2].section == 4);
  CHECK(document.pages[4].blocks[1].section == 5);
  CHECK(SectionAt(document, 5, Box{60, 800, 400, 810}) == 5);
  CHECK(SectionAt(document, 4, Box{60, 10, 400, 20}) ==
        2);  // above page 4's first block: still item 1's part
  CHECK(WithinSection(document, 5, 3));
  CHECK_FALSE(WithinSection(document, 5, 1));
}

TEST_CASE(
    "decimal numbering nests in one style; sizes and weight rank otherwise",
    "[parsers][structure]") {
  const ExtractedDocument document = Document({
      {BlockKind::kHeading, "1. Indledning og rammer", "1.", 12, true},
      {BlockKind::kHeading, "1.1 Tidligere beslutninger", "1.1", 12, true},
      {BlockKind::kHeading, "1.2 Økonomi", "1.2", 12, true},
      {BlockKind::kHeading, "2. Indsatser", "2.", 12, true},
      {BlockKind::kHeading, "Styrket rådgivning", "", 11, true},
      {BlockKind::kHeading, "Opfølgning", "", 11, false},
      {BlockKind::kHeading, "Tema 1: Job", "Tema 1:", 14, true},
  });
  CHECK(Outline(document) == std::vector<std::string>{
                                 "1 [1] Indledning og rammer <-1>",
                                 "2 [1.1] Tidligere beslutninger <0>",
                                 "2 [1.2] Økonomi <0>",
                                 "1 [2] Indsatser <-1>",
                                 "2 [] Styrket rådgivning <3>",
                                 "3 [] Opfølgning <4>",
                                 "1 [1] Job <-1>",
                             });
}

TEST_CASE(
    "the title, what stands above it, table cells and date lines open no "
    "section",
    "[parsers][structure]") {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  auto add = [&page](std::string text, double y, int row) {
    TextBlock block;
    block.kind = BlockKind::kHeading;
    block.text = std::move(text);
    block.row = row;
    TextLine line;
    line.font_size = 14;
    line.bold = true;
    line.box = Box{60, y, 300, y + 16};
    block.box = line.box;
    block.lines.push_back(line);
    page.blocks.push_back(block);
  };
  add("NOTAT", 40, 0);
  add("Udmøntning af frie midler", 80, 0);
  add("torsdag den 21. marts 2024", 120, 0);
  add("Budget 2025", 200, 3);
  add("Baggrund", 300, 0);
  document.pages.push_back(page);
  document.header.page = 1;
  document.header.box = Box{60, 80, 300, 96};
  BuildSections(document, Rules());
  REQUIRE(document.sections.size() == 1);
  CHECK(document.sections[0].title == "Baggrund");
  CHECK(document.pages[0].blocks[0].section == -1);
  CHECK(document.pages[0].blocks[4].section == 0);
}

}  // namespace afstem
