// Danish hyphenation points from the hyphen-da patterns.

#include "parsers/text/danish_hyphenator.h"

#include <catch2/catch.hpp>

namespace afstem {

TEST_CASE("hyphenation points of Danish words", "[ingest][normalize][hyphenator]") {
  auto opened = DanishHyphenator::Open();
  REQUIRE(opened.ok());
  const DanishHyphenator& hyphenator = *opened.value();
  // Breaks LibreOffice made in the memo (same patterns).
  CHECK(hyphenator.IsHyphenationPoint("igangs", "atte"));
  CHECK(hyphenator.IsHyphenationPoint("mus", "limske"));
  CHECK(hyphenator.IsHyphenationPoint("Køben", "havnske"));
  // Not a point: one letter left, or inside a syllable.
  CHECK_FALSE(hyphenator.IsHyphenationPoint("e", "læring"));
  CHECK_FALSE(hyphenator.IsHyphenationPoint("racism", "e"));
  CHECK_FALSE(hyphenator.IsHyphenationPoint("raci", "sme"));
  // Outside the patterns' alphabet, or empty: no answer.
  CHECK_FALSE(hyphenator.IsHyphenationPoint("LGBTQ+", "personer"));
  CHECK_FALSE(hyphenator.IsHyphenationPoint("", "x"));
}

TEST_CASE("missing hyphenation patterns fail with the file name",
          "[ingest][normalize][hyphenator]") {
  auto opened = DanishHyphenator::Open("/nonexistent/hyph_da_DK.dic");
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.status().message() ==
        "cannot read hyphenation patterns /nonexistent/hyph_da_DK.dic (Debian package hyphen-da)");
}

}  // namespace afstem
