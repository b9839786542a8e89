// DanishDictionary over the hunspell-da word list: which words it knows,
// including compounds and the line-end hyphen cases it exists to decide.

#include "parsers/text/danish_dictionary.h"

#include <catch2/catch.hpp>

namespace afstem {

TEST_CASE("DanishDictionary knows Danish words and compounds",
          "[ingest][normalize][dictionary]") {
  auto opened = DanishDictionary::Open();
  REQUIRE(opened.ok());
  const DanishDictionary& dictionary = *opened.value();
  CHECK(dictionary.Knows("igangsatte"));
  CHECK(dictionary.Knows("forebyggelse"));
  CHECK(dictionary.Knows("k\u00F8benhavnske"));
  CHECK(dictionary.Knows("K\u00F8benhavnske"));  // capitalized lowercase word
  CHECK(dictionary.Knows("hadforbrydelser"));
  CHECK(dictionary.Knows("udm\u00F8ntning"));
  CHECK(dictionary.Knows("Integrationsforvaltningen"));  // a compound
  CHECK(dictionary.Knows("e-l\u00E6ring"));  // listed with its hyphen
  CHECK(dictionary.Knows("37-timers"));

  CHECK_FALSE(dictionary.Knows("hadforbry"));
  CHECK_FALSE(dictionary.Knows("delser"));
  CHECK_FALSE(dictionary.Knows("el\u00E6ring"));
  CHECK_FALSE(dictionary.Knows("igangs"));
  CHECK_FALSE(dictionary.Knows("atte"));
  CHECK_FALSE(dictionary.Knows("imidlert"));
  CHECK_FALSE(dictionary.Knows(""));
}

TEST_CASE("DanishDictionary decides line-end hyphens",
          "[ingest][normalize][dictionary]") {
  auto opened = DanishDictionary::Open();
  REQUIRE(opened.ok());
  const DanishDictionary& dictionary = *opened.value();
  // "igangs-" + "atte": only the joined form is a word -> hyphenation.
  CHECK(dictionary.Knows("igangsatte"));
  CHECK_FALSE(dictionary.Knows("igangs-atte"));
  // "e-" + "læring": only the hyphenated form is a word -> keep the hyphen.
  CHECK_FALSE(dictionary.Knows("el\u00E6ring"));
  CHECK(dictionary.Knows("e-l\u00E6ring"));
  // Hunspell's BREAK rule accepts any two words joined by a hyphen, and
  // words ending in one ("ud- og indrejse"): ask about the joined form first.
  CHECK(dictionary.Knows("kat-l\u00E6ring"));
  CHECK(dictionary.Knows("ud-"));
  CHECK_FALSE(dictionary.Knows("hadforbry-delser"));
}

TEST_CASE("DanishDictionary::Open names a missing file",
          "[ingest][normalize][dictionary]") {
  auto no_aff = DanishDictionary::Open("/nonexistent/da_DK.aff",
                                       DanishDictionary::kDefaultDic);
  REQUIRE_FALSE(no_aff.ok());
  CHECK(no_aff.status().message() ==
        "cannot read Hunspell affix file /nonexistent/da_DK.aff");
  auto no_dic = DanishDictionary::Open(DanishDictionary::kDefaultAff,
                                       "/nonexistent/da_DK.dic");
  REQUIRE_FALSE(no_dic.ok());
  CHECK(no_dic.status().message() ==
        "cannot read Hunspell dictionary file /nonexistent/da_DK.dic");
}

}  // namespace afstem
