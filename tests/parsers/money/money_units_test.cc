// The one money unit table (parsers/money/money_units.h): one row per unit
// word, and its reader; a unit no row reads is never kroner. Its readers in
// prose and tables: tests/parsers/prose/money_units_prose_test.cc and
// tests/parsers/tables/money_units_tables_test.cc.

#include "parsers/money/money_units.h"

#include <catch2/catch.hpp>
#include <set>

namespace afstem {

TEST_CASE("each unit word is one row of the unit table", "[parsers][money]") {
  std::set<std::string_view> patterns;
  for (const UnitWord& word : UnitWords()) {
    INFO(word.pattern);
    CHECK(patterns.insert(word.pattern).second);
    CHECK(word.unit.dkk >= 1);
  }
  REQUIRE(UnitReader::Create().ok());
}

TEST_CASE("a unit no row reads is not money, never kroner", "[parsers][money]") {
  const auto reader = std::move(UnitReader::Create()).value();
  CHECK(reader->AfterNumber("Mio. kr.")->unit.dkk == 1'000'000);
  CHECK(reader->AfterNumber("mill. kr.")->unit.dkk == 1'000'000);
  CHECK(reader->AfterNumber("KRONER")->unit.dkk == 1);
  CHECK(reader->AfterNumber("t. kr.")->unit.dkk == 1'000);
  CHECK(reader->AfterNumber("mia.")->bare);
  CHECK(reader->AfterNumber("millioner") == nullptr);
  CHECK(reader->AfterNumber("euro") == nullptr);
  CHECK(reader->BeforeNumber("kr.")->unit.dkk == 1);
  CHECK(reader->StatedPrefix("tkr. 2025")->unit.dkk == 1'000);
  CHECK(reader->StatedPrefix("euro") == nullptr);
}

}  // namespace afstem
