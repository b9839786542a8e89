// Paragraphs a column break cut in two are joined in the page text
// (parsers/text/normalize.h), but a column never continues into a sidebar
// box or into text set in another size.

#include <catch2/catch.hpp>

#include <sstream>

#include "parsers/text/normalize.h"

namespace afstem {
namespace {

const TextNormalizer& Normalizer() {
  static const std::unique_ptr<TextNormalizer> normalizer = std::move(TextNormalizer::Create()).value();
  return *normalizer;
}

TextBlock Block(const std::string& text, Box box, double size) {
  TextBlock block;
  block.kind = BlockKind::kBody;
  block.box = box;
  TextLine line;
  line.box = box;
  line.font_size = size;
  std::istringstream words(text);
  for (std::string word; words >> word;) line.tokens.push_back(Token{{0}, word});
  block.lines.push_back(line);
  return block;
}

std::string PageText(const std::vector<TextBlock>& blocks, const std::vector<Graphic>& graphics) {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  page.blocks = blocks;
  page.graphics = graphics;
  Normalizer().NormalizePage(page);
  return page.text;
}

}  // namespace

TEST_CASE("a column break inside a paragraph is joined; a sidebar is not its continuation",
          "[parsers][normalize]") {
  const TextBlock column_end = Block("Kommunerne styrker indsatsen for de ældre", Box{60, 700, 280, 712}, 10);
  const TextBlock next_column = Block("og borgerne med kronisk sygdom.", Box{310, 80, 530, 92}, 10);
  CHECK(PageText({column_end, next_column}, {}) ==
        "Kommunerne styrker indsatsen for de ældre og borgerne med kronisk sygdom.");
  // The same block inside a drawn box: a sidebar of its own.
  const Graphic sidebar{GraphicKind::kRectangle, Box{300, 70, 540, 300}, 0, true};
  CHECK(PageText({column_end, next_column}, {sidebar}) ==
        "Kommunerne styrker indsatsen for de ældre\n\nog borgerne med kronisk sygdom.");
  // Set smaller: a caption or a note, not the column.
  const TextBlock caption = Block("og borgerne med kronisk sygdom.", Box{310, 80, 530, 90}, 7.5);
  CHECK(PageText({column_end, caption}, {}) ==
        "Kommunerne styrker indsatsen for de ældre\n\nog borgerne med kronisk sygdom.");
}

}  // namespace afstem
