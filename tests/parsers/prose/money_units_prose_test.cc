// The money unit table read by prose amounts: "mill. kr." and "kroner", one
// row each in parsers/money/money_units.cc, are understood in sentences.

#include <catch2/catch.hpp>

#include "parsers/prose/prose_rules.h"

namespace afstem {
namespace {

const ProseRules& Prose() {
  static const std::unique_ptr<ProseRules> rules = std::move(ProseRules::Create()).value();
  return *rules;
}

}  // namespace

TEST_CASE("mill. kr. and kroner in prose", "[parsers][money][prose]") {
  const std::vector<ProseAmount> mill = Prose().FindAmounts("Der bevilges 2,5 mill. kr. i 2026.");
  REQUIRE(mill.size() == 1);
  CHECK(mill[0].text == "2,5 mill. kr.");
  CHECK(mill[0].value == 2.5);
  CHECK(mill[0].unit == "mio. kr.");
  CHECK(mill[0].dkk == 2'500'000);
  CHECK(mill[0].precision_dkk == 50'000);

  const std::vector<ProseAmount> kroner = Prose().FindAmounts("Projektet koster 450.000 kroner.");
  REQUIRE(kroner.size() == 1);
  CHECK(kroner[0].text == "450.000 kroner");
  CHECK(kroner[0].unit == "kr.");
  CHECK(kroner[0].dkk == 450'000);
  CHECK(kroner[0].precision_dkk == 0);

  CHECK(Prose().MayHoldMoney("bevilges 2,5 mill. kr. i 2026"));
  CHECK(Prose().FindAmounts("2,5 Mill. Kr.").at(0).dkk == 2'500'000);
  // A unit no row of the table reads is no money, never kroner.
  CHECK(Prose().FindAmounts("2,5 millioner").empty());
}

}  // namespace afstem
