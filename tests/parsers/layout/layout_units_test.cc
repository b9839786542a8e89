// Focused units of the layout stage: letter-spacing repair from gaps, list
// and heading labels, page numbers, and markers/footnotes on a tiny page.

#include <catch2/catch.hpp>

#include "parsers/layout/layout.h"
#include "parsers/layout/layout_rules.h"
#include "parsers/layout/line_builder.h"
#include "parsers/layout/token_builder.h"

namespace afstem {
namespace {

// Words laid out left to right on one baseline: each entry is a word and the
// gap before it in em; widths are 0.5 em a character.
std::vector<Word> Row(double size, std::vector<std::pair<std::string, double>> spec,
                      double y = 100) {
  std::vector<Word> words;
  double x = 72;
  for (auto& [text, gap_em] : spec) {
    x += gap_em * size;
    const double width = 0.5 * size * static_cast<double>(text.size());
    words.push_back(Word{text, Box{x, y, x + width, y + 1.15 * size}, true, "F", size});
    x += width;
  }
  return words;
}

std::vector<std::string> TokenTexts(const std::vector<Word>& words) {
  std::vector<int> ids(words.size());
  for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<int>(i);
  std::vector<std::string> texts;
  for (const Token& token : BuildTokens(words, ids)) texts.push_back(token.text);
  return texts;
}

const LayoutRules& Rules() {
  static const std::unique_ptr<LayoutRules> rules = std::move(LayoutRules::Create()).value();
  return *rules;
}

}  // namespace

TEST_CASE("letter-spaced splits are rejoined from the gaps", "[parsers][tokens]") {
  // Liberation Sans: space 0.278 em; the split pieces 0.14 em apart.
  CHECK(TokenTexts(Row(11, {{"Det", 0}, {"er", 0.278}, {"ikke", 0.278}, {"mul", 0.278},
                            {"ig", 0.14}, {"t", 0.14}, {"at", 0.278}, {"afgrænse", 0.278}})) ==
        std::vector<std::string>{"Det", "er", "ikke", "muligt", "at", "afgrænse"});
  CHECK(TokenTexts(Row(11, {{"medvirker", 0}, {"imidlert", 0.278}, {"id", 0.14}, {"til", 0.278},
                            {"at", 0.278}, {"f", 0.278}, {"remme", 0.14}})) ==
        std::vector<std::string>{"medvirker", "imidlertid", "til", "at", "fremme"});
  CHECK(TokenTexts(Row(8, {{"af", 0}, {"37-t", 0.278}, {"imers", 0.14}, {"arbejdspligt.", 0.278}})) ==
        std::vector<std::string>{"af", "37-timers", "arbejdspligt."});
  CHECK(TokenTexts(Row(11, {{"nye", 0}, {"mul", 0.278}, {"igheder", 0.13}, {"for", 0.278}})) ==
        std::vector<std::string>{"nye", "muligheder", "for"});
}

TEST_CASE("true word gaps are never closed", "[parsers][tokens]") {
  // A justified line: every gap stretched.
  CHECK(TokenTexts(Row(11, {{"racisme,", 0}, {"etnisk", 0.45}, {"diskrimination", 0.45},
                            {"og", 0.45}, {"had", 0.45}})).size() == 5);
  // Calibri's narrow space (0.226 em) on a ragged line.
  CHECK(TokenTexts(Row(11, {{"i", 0}, {"frie", 0.226}, {"midler", 0.226}, {"2024", 0.226}})).size() == 4);
  // A line with one gap only: judged against a typical space.
  CHECK(TokenTexts(Row(11, {{"Samlet", 0}, {"værdi", 0.24}})).size() == 2);
  CHECK(TokenTexts(Row(11, {{"Samlet", 0}, {"værdi", 0.12}})).size() == 1);
  // Touching words (a font change inside a word) are one token.
  CHECK(TokenTexts(Row(11, {{"kr.", 0}, {"(2023-tal)", 0.0}})) ==
        std::vector<std::string>{"kr.(2023-tal)"});
}

TEST_CASE("column gaps do not set a line's word gap", "[parsers][tokens]") {
  // A table row in Effra (space 0.18 em) followed by figure columns 3 em
  // apart: the words stay words (they were "Afledtefinansielleinstrumenter").
  CHECK(TokenTexts(Row(8.04, {{"Afledte", 0}, {"finansielle", 0.18}, {"instrumenter", 0.18},
                              {"3.583", 12}, {"-54", 3}, {"3.637", 3}, {"0", 3}})) ==
        std::vector<std::string>{"Afledte", "finansielle", "instrumenter", "3.583", "-54",
                                 "3.637", "0"});
  // Letter-spaced pieces in a row with columns are still rejoined.
  CHECK(TokenTexts(Row(11, {{"Det", 0}, {"er", 0.278}, {"mul", 0.278}, {"ig", 0.14},
                            {"t", 0.14}, {"2024", 8}, {"2025", 4}})) ==
        std::vector<std::string>{"Det", "er", "muligt", "2024", "2025"});
}

TEST_CASE("tall boxes of consecutive lines make two visual lines", "[parsers][lines]") {
  // Effra 9.96 pt: boxes 19 pt tall on a 11.9 pt pitch overlap by 7.1 pt,
  // and a 14 pt box overlaps the first by over half its height, but the
  // centres are 0.84 em and more apart.
  std::vector<Word> words = {
      Word{"Netto", Box{304.67, 382.15, 329.76, 401.17}, true, "F", 9.96},
      Word{"og", Box{304.67, 394.03, 315.65, 413.05}, true, "F", 9.96},
      Word{"udgør", Box{370.43, 393.0, 395.55, 407.0}, true, "F", 9.96},
  };
  const std::vector<VisualLine> lines = BuildVisualLines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].word_ids == std::vector<int>{0});
  CHECK(lines[1].word_ids == std::vector<int>{1, 2});
  // A raised footnote marker (centre 0.35 em up) stays on its line.
  std::vector<Word> marked = {
      Word{"tekst", Box{72, 100, 100, 112.65}, true, "F", 11},
      Word{"1", Box{101, 99, 105, 106}, true, "F", 6.8},
  };
  CHECK(BuildVisualLines(marked).size() == 1);
}

TEST_CASE("list labels, heading labels, page numbers", "[parsers][layout_rules]") {
  const LayoutRules& rules = Rules();
  for (const char* label : {"•", "–", "-", "1.", "12.", "3)", "A.", "e)", "(b)", "▪"}) {
    INFO(label);
    CHECK(rules.IsListLabel(label));
  }
  for (const char* word : {"Model", "2023", "1.700.000", "kr.", "A", "(KFU)"}) {
    INFO(word);
    CHECK_FALSE(rules.IsListLabel(word));
  }
  CHECK(rules.HeadingLabel("Tema 2: Unges inklusion på arbejdsmarkedet") == "Tema 2:");
  CHECK(rules.HeadingLabel("Bilag 1: Særindsatser") == "Bilag 1:");
  CHECK(rules.HeadingLabel("1. Udvalgsgodkendte indsatser") == "1.");
  CHECK(rules.HeadingLabel("Oversigt over indsatser") == "");
  CHECK(rules.HeadingLabel("2023 Finansiering") == "");
  CHECK(rules.PrintedPageNumber("3/6") == 3);
  CHECK(rules.PrintedPageNumber("Side 3 af 6") == 3);
  CHECK(rules.PrintedPageNumber("side 12") == 12);
  CHECK(rules.PrintedPageNumber("- 3 -") == 3);
  CHECK(rules.PrintedPageNumber("300") == 300);  // the layout checks the page
  CHECK_FALSE(rules.PrintedPageNumber("Samlet").has_value());
  CHECK_FALSE(rules.PrintedPageNumber("2.755").has_value());
}

TEST_CASE("markers leave the body; footnotes are split by number",
          "[parsers][layout]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  // Body line with a raised small marker before the full stop.
  page.words = Row(11, {{"fra", 0}, {"Borgerrepræsentationen", 0.278}});
  Word marker{"1", Box{page.words.back().box.x1 + 3, 99, page.words.back().box.x1 + 7, 106},
              true, "F", 6.8};
  page.words.push_back(marker);
  Word stop{".", Box{marker.box.x1 + 3, 100, marker.box.x1 + 6, 112.65}, false, "F", 11};
  page.words.push_back(stop);
  for (int i = 0; i < 30; ++i) {  // enough body text to set the body size
    for (Word w : Row(11, {{"tekst", 0}, {"og", 0.278}, {"mere", 0.278}}, 130 + 14 * i)) {
      page.words.push_back(w);
    }
  }
  // Two footnotes at the page bottom: small number, then 8 pt text.
  for (auto [number, y] : {std::pair{"1", 760.0}, std::pair{"2", 772.0}}) {
    page.words.push_back(Word{number, Box{72, y - 1, 75, y + 5}, true, "F", 5});
    for (Word w : Row(8, {{"Se", 0.8}, {"bilag", 0.278}}, y)) page.words.push_back(w);
  }
  std::vector<Page> pages{page};
  LayOutDocument(pages, Rules());
  const Page& out = pages[0];
  REQUIRE(out.markers.size() == 1);
  CHECK(out.markers[0].number == 1);
  CHECK(out.markers[0].word_id == 2);
  REQUIRE_FALSE(out.blocks.empty());
  const TextLine& first_line = out.blocks.front().lines.front();
  REQUIRE(first_line.tokens.size() == 2);
  CHECK(first_line.tokens[1].text == "Borgerrepræsentationen.");
  CHECK(first_line.tokens[1].word_ids == std::vector<int>{1, 3});
  REQUIRE(out.footnotes.size() == 2);
  CHECK(out.footnotes[0].number == 1);
  CHECK(out.footnotes[1].number == 2);
  CHECK(out.footnotes[1].lines.front().tokens.front().text == "Se");
}

}  // namespace afstem

namespace afstem {

TEST_CASE("running headers: repeated titles, page numbers with an offset",
          "[parsers][layout]") {
  std::vector<Page> pages;
  for (int number = 1; number <= 6; ++number) {
    Page page;
    page.number = number;
    page.width = 595;
    page.height = 842;
    // Pages 3-6 carry "Kapitel 2: Økonomi" left and the printed number
    // (physical page minus two) right, in the top margin.
    if (number >= 3) {
      for (Word w : Row(9, {{"Kapitel", 0}, {"2:", 0.278}, {"Økonomi", 0.278}}, 40)) {
        page.words.push_back(w);
      }
      page.words.push_back(Word{std::to_string(number - 2), Box{500, 40, 505, 50.35}, false, "F", 9});
    }
    // A table cell with a number near the top of page 4 is not a header.
    if (number == 4) page.words.push_back(Word{"300", Box{300, 60, 315, 71.5}, false, "F", 10});
    for (int i = 0; i < 20; ++i) {
      for (Word w : Row(11, {{"Der", 0}, {"afsættes", 0.278}, {"midler", 0.278}}, 150 + 14 * i)) {
        page.words.push_back(w);
      }
    }
    pages.push_back(page);
  }
  LayOutDocument(pages, Rules());
  for (const Page& page : pages) {
    INFO("page " << page.number);
    int headers = 0;
    for (const TextBlock& block : page.blocks) {
      if (block.kind == BlockKind::kHeader) ++headers;
      if (page.number == 4 && block.lines.front().tokens.front().text == "300") {
        CHECK(block.kind == BlockKind::kBody);
      }
    }
    CHECK(headers == (page.number >= 3 ? 2 : 0));
  }
}

TEST_CASE("a two-word line is judged by its page's word gap", "[parsers][tokens]") {
  // Effra sets its space at 0.17 em (the Jyske Bank report): a table label
  // of two words has one gap, under 0.7 x the default 0.25 em space.
  const std::vector<Word> label = Row(8, {{"Maksimal", 0}, {"krediteksponering", 0.17}});
  const std::vector<int> ids{0, 1};
  auto texts = [&](double page_gap_em) {
    std::vector<std::string> out;
    for (const Token& token : BuildTokens(label, ids, page_gap_em)) out.push_back(token.text);
    return out;
  };
  CHECK(texts(0) == std::vector<std::string>{"Maksimalkrediteksponering"});  // no page measure: 0.175 em
  CHECK(texts(0.17) == std::vector<std::string>{"Maksimal", "krediteksponering"});
  // A letter-spaced split on a page of ordinary spaces is still rejoined.
  const std::vector<Word> spaced = Row(11, {{"mul", 0}, {"igt", 0.14}});
  CHECK(BuildTokens(spaced, ids, 0.278).size() == 1);
}

TEST_CASE("the page's word gap is the median of its lines' word gaps", "[parsers][tokens]") {
  std::vector<Word> words;
  std::vector<std::vector<int>> lines;
  for (int line = 0; line < 3; ++line) {  // 3 lines of 4 words, 0.17 em spaces, a column gap each
    std::vector<Word> row = Row(8, {{"a", 0}, {"bb", 0.17}, {"ccc", 0.17}, {"dd", 0.17}, {"1.000", 5}});
    std::vector<int> ids;
    for (Word& word : row) {
      word.box.y0 += 12 * line;
      word.box.y1 += 12 * line;
      ids.push_back(static_cast<int>(words.size()));
      words.push_back(word);
    }
    lines.push_back(ids);
  }
  CHECK(TypicalWordGapEm(words, lines) == Approx(0.17));      // 9 gaps; column gaps left out
  CHECK(TypicalWordGapEm(words, {lines[0], lines[1]}) == 0);  // 6 gaps: too few to tell
}

TEST_CASE("overlapping words are never one token", "[parsers][tokens]") {
  // Two lines' words side by side in a cell: "Det" over "ikke", 15 pt overlap.
  std::vector<Word> words = Row(10, {{"Det", 0}, {"ikke", 0.1}});
  words[1].box.x0 = words[0].box.x0 + 0.5;
  words[1].box.x1 = words[1].box.x0 + 16;
  words[1].box.y0 += 12;
  words[1].box.y1 += 12;
  CHECK(TokenTexts(words) == std::vector<std::string>{"Det", "ikke"});
  // Touching pieces (a kerned font change, 0.03 em overlap) still join.
  std::vector<Word> kerned = Row(10, {{"kr.", 0}, {"(2023-tal)", -0.03}});
  CHECK(TokenTexts(kerned) == std::vector<std::string>{"kr.(2023-tal)"});
}


TEST_CASE("a marker shape drawn before a line starts a list item", "[parsers][layout]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  auto add_line = [&page](std::vector<std::pair<std::string, double>> spec, double y) {
    for (Word& word : Row(11, std::move(spec), y)) page.words.push_back(word);
  };
  add_line({{"Arbejdet", 0}, {"omfatter", 0.278}, {"to", 0.278}, {"dele:", 0.278}}, 100);
  add_line({{"Nyt", 1.5}, {"tag", 0.278}, {"over", 0.278}, {"hallen", 0.278}}, 116);
  add_line({{"Ny", 1.5}, {"ventilation", 0.278}}, 132);
  add_line({{"Arbejdet", 0}, {"begynder", 0.278}, {"i", 0.278}, {"marts.", 0.278}}, 156);
  // Markers in a column before the two bullet lines (Chromium's discs,
  // Word's squares); one far left of a line is no marker of it.
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{80, 121, 83, 124}, 0, true});
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{80, 137, 83, 140}, 0, true});
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{10, 161, 13, 164}, 0, true});
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{10, 200, 13, 203}, 0, true});
  std::vector<Page> pages{page};
  LayOutDocument(pages, Rules());
  std::vector<std::string> kinds;
  for (const TextBlock& block : pages[0].blocks) {
    kinds.push_back(std::string(ToString(block.kind)) + ":" + block.label + ":" +
                    std::to_string(block.lines.size()));
  }
  CHECK(kinds == std::vector<std::string>{"body::1", "list_item:•:1", "list_item:•:1", "body::1"});
}

TEST_CASE("a chart legend's markers are no list", "[parsers][layout]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  for (Word& word : Row(9, {{"Lovbundne", 3}, {"indsatser", 0.278}, {"Puljer", 3}, {"fra", 0.278}, {"BR", 0.278}}, 100)) {
    page.words.push_back(word);
  }
  for (Word& word : Row(9, {{"Budget", 5}, {"2024", 0.278}}, 114)) page.words.push_back(word);
  // Two legend keys on one baseline, one on the next: a legend, not a list.
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{90, 102, 97, 109}, 0, true});
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{170, 102, 177, 109}, 0, true});
  page.graphics.push_back(Graphic{GraphicKind::kMarker, Box{110, 116, 117, 123}, 0, true});
  std::vector<Page> pages{page};
  LayOutDocument(pages, Rules());
  for (const TextBlock& block : pages[0].blocks) CHECK(block.kind != BlockKind::kListItem);
}

TEST_CASE("a list item's hanging-indent lines stay with the item", "[parsers][layout]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  auto add_line = [&page](double x, std::vector<std::pair<std::string, double>> spec, double y) {
    for (Word& word : Row(8, std::move(spec), y)) {
      word.box.x0 += x - 72;
      word.box.x1 += x - 72;
      page.words.push_back(word);
    }
  };
  // As a magazine's sidebar sets them (the KL report): the bullet at 274,
  // its text and its second line at 288.
  add_line(274, {{"•", 0}, {"Antal", 0.25}, {"normerede", 0.278}, {"senge", 0.278}, {"i", 0.278}, {"afdelingerne", 0.278}}, 112);
  add_line(288, {{"er", 0}, {"faldet", 0.278}, {"fra", 0.278}, {"8.895", 0.278}, {"til", 0.278}, {"7.692.", 0.278}}, 126);
  add_line(274, {{"•", 0}, {"Indlæggelsestiden", 0.25}, {"er", 0.278}, {"fra", 0.278}, {"2001", 0.278}, {"til", 0.278}, {"2008", 0.278}}, 140);
  add_line(288, {{"faldet", 0}, {"fra", 0.278}, {"9,7", 0.278}, {"til", 0.278}, {"7,4", 0.278}, {"dage.", 0.278}}, 154);
  add_line(274, {{"Kilde:", 0}, {"Sundhedsstyrelsen,", 0.278}, {"2011.", 0.278}}, 177);
  // The page's running text, set tighter than the sidebar's list.
  for (int line = 0; line < 8; ++line) {
    add_line(274, {{"Kommunerne", 0}, {"har", 0.278}, {"fået", 0.278}, {"en", 0.278}, {"række", 0.278},
                   {"nye", 0.278}, {"opgaver", 0.278}, {"i", 0.278}, {"de", 0.278}, {"senere", 0.278}, {"år.", 0.278}},
             300 + 10 * line);
  }
  std::vector<Page> pages{page};
  LayOutDocument(pages, Rules());
  std::vector<std::string> blocks;
  for (const TextBlock& block : pages[0].blocks) {
    blocks.push_back(std::string(ToString(block.kind)) + ":" + std::to_string(block.lines.size()));
  }
  CHECK(blocks == std::vector<std::string>{"list_item:2", "list_item:2", "body:1", "body:8"});
}

TEST_CASE("nested list items get their level from the indent of their text", "[parsers][layout]") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  auto add_line = [&page](double x, std::vector<std::pair<std::string, double>> spec, double y) {
    for (Word& word : Row(10, std::move(spec), y)) {
      word.box.x0 += x - 72;
      word.box.x1 += x - 72;
      page.words.push_back(word);
    }
  };
  add_line(72, {{"Puljen", 0}, {"fordeles", 0.278}, {"således:", 0.278}}, 100);
  add_line(90, {{"1.", 0}, {"Foreninger", 0.5}, {"(400.000", 0.278}, {"kr.)", 0.278}}, 116);
  add_line(108, {{"a)", 0}, {"Idræt", 0.5}, {"(250.000", 0.278}, {"kr.)", 0.278}}, 132);
  add_line(108, {{"b)", 0}, {"Kultur", 0.5}, {"(150.000", 0.278}, {"kr.)", 0.278}}, 148);
  add_line(90, {{"2.", 0}, {"Puljeadministration", 0.5}, {"(50.000", 0.278}, {"kr.)", 0.278}}, 164);
  std::vector<Page> pages{page};
  LayOutDocument(pages, Rules());
  std::vector<std::string> items;
  for (const TextBlock& block : pages[0].blocks) {
    items.push_back(block.label + std::to_string(block.list_level));
  }
  CHECK(items == std::vector<std::string>{"0", "1.1", "a)2", "b)2", "2.1"});
}

}  // namespace afstem
