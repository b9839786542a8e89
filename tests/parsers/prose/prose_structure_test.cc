// Prose money over the document's structure (parsers/prose/prose_money.h):
// a list item whose nested items carry amounts is their total (one group
// total over the nested items, no initiative of its own beside them), and a
// paragraph a column break cut in two is read whole.

#include <catch2/catch.hpp>

#include "parsers/prose/prose_money.h"

namespace afstem {
namespace {

const ProseRules& Rules() {
  static const std::unique_ptr<ProseRules> rules = std::move(ProseRules::Create()).value();
  return *rules;
}

TextBlock Item(std::string text, int level, double y) {
  TextBlock block;
  block.kind = BlockKind::kListItem;
  block.label = "•";
  block.text = "• " + text;
  block.list_level = level;
  block.box = Box{60.0 + 18 * level, y, 500, y + 12};
  block.lines.push_back(TextLine{block.box, {}, 10, false});
  return block;
}

}  // namespace

TEST_CASE("an item broken down by nested items is their group total", "[parsers][prose]") {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  page.blocks = {
      Item("Puljen til foreningerne udgør 700.000 kr. i 2026 og er fordelt på:", 1, 100),
      Item("idræt (400.000 kr. i 2026)", 2, 114),
      Item("kultur (300.000 kr. i 2026)", 2, 128),
      Item("Puljeadministration (50.000 kr. i 2026)", 1, 142),
  };
  document.pages.push_back(page);
  ReadProseMoney(document, Rules());
  std::vector<std::string> titles;
  for (const Initiative& initiative : document.initiatives) titles.push_back(initiative.title);
  CHECK(titles == std::vector<std::string>{"idræt", "kultur", "Puljeadministration"});
  REQUIRE(document.stated_totals.size() == 1);
  const StatedTotal& total = document.stated_totals[0];
  CHECK(total.scope == TotalScope::kGroup);
  CHECK(total.year == 2026);
  CHECK(total.amount_dkk == 700'000);
  CHECK(total.parts == std::vector<int>{0, 1});
  CHECK(document.allocations.size() == 3);
  REQUIRE(document.prose_money.size() == 4);
  CHECK(document.prose_money[0].role == MoneyRole::kGroupTotal);
}

TEST_CASE("a paragraph ends a breakdown: later nested items are not its parts", "[parsers][prose]") {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  TextBlock note;
  note.kind = BlockKind::kBody;
  note.text = "Fordelingen kan ændres.";
  note.box = Box{60, 140, 500, 152};
  page.blocks = {
      Item("Puljen udgør 700.000 kr. i 2026 og er fordelt på:", 1, 100),
      Item("idræt (400.000 kr. i 2026)", 2, 114),
      note,
      Item("kultur (300.000 kr. i 2026)", 2, 160),
  };
  document.pages.push_back(page);
  ReadProseMoney(document, Rules());
  REQUIRE(document.stated_totals.size() == 1);
  CHECK(document.stated_totals[0].parts == std::vector<int>{0});
  CHECK(document.initiatives.size() == 2);
}


TEST_CASE("a paragraph cut by a column break is read whole, once", "[parsers][prose]") {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  TextBlock first;
  first.kind = BlockKind::kBody;
  first.text = "Udvalget har besluttet, at der afsættes";
  first.paragraph = "Udvalget har besluttet, at der afsættes 2,5 mio. kr. i 2026 til renoveringen.";
  first.box = Box{60, 700, 280, 712};
  TextBlock second;
  second.kind = BlockKind::kBody;
  second.text = "2,5 mio. kr. i 2026 til renoveringen.";
  second.continues_paragraph = true;
  second.box = Box{310, 80, 530, 92};
  page.blocks = {first, second};
  document.pages.push_back(page);
  ReadProseMoney(document, Rules());
  REQUIRE(document.prose_money.size() == 1);
  CHECK(document.prose_money[0].sentence ==
        "Udvalget har besluttet, at der afsættes 2,5 mio. kr. i 2026 til renoveringen.");
  CHECK(document.prose_money[0].amount_dkk == 2'500'000);
}

}  // namespace afstem
