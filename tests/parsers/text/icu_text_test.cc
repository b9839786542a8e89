// The normalize stage's Unicode helpers: every entry of NormalizeText's
// mapping table, NFC, white space, invalid UTF-8, first-letter classes,
// ASCII title keys and Danish collation order.

#include "parsers/text/icu_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace afstem {
namespace {

struct Mapped {
  const char* in;
  const char* out;
};

void CheckAll(const std::vector<Mapped>& cases) {
  for (const Mapped& c : cases) {
    INFO("input: " << c.in);
    CHECK(NormalizeText(c.in) == c.out);
  }
}

}  // namespace

TEST_CASE("NormalizeText composes to NFC", "[ingest][normalize]") {
  CHECK(NormalizeText("a\u030A") == "\u00E5");               // å
  CHECK(NormalizeText("A\u030Abent") == "\u00C5bent");       // Åbent
  CHECK(NormalizeText("o\u0308") == "\u00F6");               // ö
  // ø has no decomposition: o + COMBINING LONG SOLIDUS OVERLAY stays.
  CHECK(NormalizeText("o\u0338vrige") == "o\u0338vrige");
  CHECK(NormalizeText("Caf\u0065\u0301") == "Caf\u00E9");    // Café
  CHECK(NormalizeText("\u212B") == "\u00C5");  // ANGSTROM SIGN -> Å
  CHECK(NormalizeText("K\u00F8benhavn") == "K\u00F8benhavn");
}

TEST_CASE("NormalizeText expands ligatures", "[ingest][normalize]") {
  CHECK(NormalizeText("\uFB01nansiering") == "finansiering");
  CheckAll({{"\uFB00", "ff"},
            {"\uFB01", "fi"},
            {"\uFB02", "fl"},
            {"\uFB03", "ffi"},
            {"\uFB04", "ffl"},
            {"\uFB05", "st"},
            {"\uFB06", "st"}});
}

TEST_CASE("NormalizeText turns space separators into one space",
          "[ingest][normalize]") {
  CHECK(NormalizeText("3\u00A0mio.\u00A0kr.") == "3 mio. kr.");
  CHECK(NormalizeText("1\u2007000") == "1 000");
  CHECK(NormalizeText("1\u2009000\u202Fkr") == "1 000 kr");
  for (const char* space :
       {"\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
        "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u202F",
        "\u205F", "\u3000"}) {
    INFO("space: " << space);
    CHECK(NormalizeText(std::string("a") + space + "b") == "a b");
    CHECK(NormalizeText(std::string("a ") + space + " b") == "a b");
  }
}

TEST_CASE("NormalizeText removes soft hyphens and zero-width characters",
          "[ingest][normalize]") {
  CHECK(NormalizeText("hadfor\u00ADbrydelser") == "hadforbrydelser");
  CHECK(NormalizeText("ud\u00AD") == "ud");
  CheckAll({{"a\u00ADb", "ab"},
            {"a\u200Bb", "ab"},
            {"a\u200Cb", "ab"},
            {"a\u200Db", "ab"},
            {"a\u2060b", "ab"},
            {"\uFEFFNotat", "Notat"}});
  CHECK(NormalizeText("a \u200B b") == "a b");
  CHECK(NormalizeText("a\u00AD\u030A") == "\u00E5");  // removed, then NFC
}

TEST_CASE("NormalizeText makes quotes ASCII", "[ingest][normalize]") {
  CHECK(NormalizeText("\u201D\u00C5ben Skole\u201D") == "\"\u00C5ben Skole\"");
  CHECK(NormalizeText("\u00BBsamlet\u00AB") == "\"samlet\"");
  CheckAll({{"\u2018", "'"},
            {"\u2019", "'"},
            {"\u201A", "'"},
            {"\u201B", "'"},
            {"\u201C", "\""},
            {"\u201D", "\""},
            {"\u201E", "\""},
            {"\u201F", "\""},
            {"\u00AB", "\""},
            {"\u00BB", "\""}});
  CHECK(NormalizeText("BIU\u2019s") == "BIU's");
}

TEST_CASE("NormalizeText maps hyphens and keeps dashes and minus signs",
          "[ingest][normalize]") {
  CHECK(NormalizeText("e\u2010l\u00E6ring") == "e-l\u00E6ring");
  CHECK(NormalizeText("e\u2011l\u00E6ring") == "e-l\u00E6ring");
  CHECK(NormalizeText("2024\u20122026") == "2024\u20132026");  // figure dash
  CHECK(NormalizeText("2024\u20132026") == "2024\u20132026");  // en dash kept
  CHECK(NormalizeText("a \u2014 b") == "a \u2014 b");          // em dash kept
  CHECK(NormalizeText("\u2212200") == "\u2212200");            // minus kept
  CHECK(NormalizeText("\u00F7 150") == "\u00F7 150");          // ÷ kept
  CHECK(NormalizeText("-200") == "-200");
}

TEST_CASE("NormalizeText collapses white space and trims",
          "[ingest][normalize]") {
  CHECK(NormalizeText("  I \t alt\n\n2.755 \r\n") == "I alt 2.755");
  CHECK(NormalizeText("a\u0085b\u2028c\u2029d\vf\fg") == "a b c d f g");
  CHECK(NormalizeText("\u00A0\u3000 x \u2009") == "x");
  CHECK(NormalizeText(" \t\n ") == "");
  CHECK(NormalizeText("") == "");
  CHECK(NormalizeText("Samlet") == "Samlet");
}

TEST_CASE("NormalizeText replaces invalid UTF-8 with U+FFFD",
          "[ingest][normalize]") {
  CHECK(NormalizeText("a\xFF" "b") == "a\uFFFDb");
  CHECK(NormalizeText("K\xF8" "benhavn") == "K\uFFFDbenhavn");  // Latin-1 ø
  CHECK(NormalizeText("ud\xC3") == "ud\uFFFD");                // cut short
  CHECK(NormalizeText("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");  // surrogate
  CHECK(NormalizeText("\xC0\xAF") == "\uFFFD\uFFFD");            // overlong
}

TEST_CASE("first-letter classes", "[ingest][normalize]") {
  CHECK(StartsWithLowercase("delser"));
  CHECK(StartsWithLowercase("\u00F8vrige"));  // øvrige
  CHECK(StartsWithLowercase("\u00E6ble"));    // æble
  CHECK_FALSE(StartsWithLowercase("Delser"));
  CHECK_FALSE(StartsWithLowercase("2026"));
  CHECK_FALSE(StartsWithLowercase("(x"));
  CHECK_FALSE(StartsWithLowercase(""));
  CHECK_FALSE(StartsWithLowercase("\xFF" "a"));

  CHECK(StartsWithUppercase("Delser"));
  CHECK(StartsWithUppercase("\u00C6r\u00F8"));  // Ærø
  CHECK(StartsWithUppercase("\u00C5ben"));      // Åben
  CHECK_FALSE(StartsWithUppercase("delser"));
  CHECK_FALSE(StartsWithUppercase("2026"));
  CHECK_FALSE(StartsWithUppercase(""));
}

TEST_CASE("AsciiKeyMaker makes title keys", "[ingest][normalize]") {
  auto maker = AsciiKeyMaker::Create();
  REQUIRE(maker.ok());
  AsciiKeyMaker& keys = *maker.value();
  CHECK(keys.Key("St\u00F8tte til J\u00F8disk Informationscenter") ==
        "stoette-til-joedisk-informationscenter");
  CHECK(keys.Key("Etablering af v\u00E6rested for LGBT+-flygtninge") ==
        "etablering-af-vaerested-for-lgbt-flygtninge");
  CHECK(keys.Key("\u00C6r\u00F8 \u00C5") == "aeroe-aa");
  CHECK(keys.Key("  ") == "");
  CHECK(keys.Key("") == "");
  CHECK(keys.Key("Caf\u00E9 M\u00FCller, K\u00F6ln & B\u00E4r") ==
        "cafe-mueller-koeln-baer");
  CHECK(keys.Key("A\u030Abent \u201DSkole\u201D \u2013 2024") ==
        "aabent-skole-2024");
  CHECK(keys.Key("\uFB01nansiering (Stra\u00DFe)") == "finansiering-strasse");
  CHECK(keys.Key("--x--") == "x");
}

TEST_CASE("DanishCollator sorts in Danish order", "[ingest][normalize]") {
  auto created = DanishCollator::Create();
  REQUIRE(created.ok());
  const DanishCollator& collator = *created.value();
  std::vector<std::string> names = {
      "Zealand", "\u00C6r\u00F8", "Aalborg", "\u00D8ster",
      "\u00C5ben", "Amager", "Bornholm"};
  std::sort(names.begin(), names.end(),
            [&](const std::string& a, const std::string& b) {
              return collator.Compare(a, b) < 0;
            });
  CHECK(names == std::vector<std::string>{"Amager", "Bornholm", "Zealand",
                                          "\u00C6r\u00F8", "\u00D8ster",
                                          "\u00C5ben", "Aalborg"});
  CHECK(collator.Compare("\u00C6r\u00F8", "Zealand") > 0);
  CHECK(collator.Compare("Zealand", "\u00C6r\u00F8") < 0);
  CHECK(collator.Compare("\u00E6", "\u00F8") < 0);
  CHECK(collator.Compare("\u00F8", "\u00E5") < 0);
  // "aa" is a tertiary variant of "å": equal letters, "å" first.
  CHECK(collator.Compare("\u00E5", "aa") < 0);
  CHECK(collator.Compare("aa", "ab") > 0);
  CHECK(collator.Compare("Aarhus", "Zealand") > 0);
  CHECK(collator.Compare("Aalborg", "\u00C5ben") > 0);    // Å-l... after Å-b...
  CHECK(collator.Compare("\u00C5lborg", "Aalborg") < 0);  // tertiary only
  // Uppercase first among otherwise equal words.
  CHECK(collator.Compare("Aarhus", "aarhus") < 0);
  CHECK(collator.Compare("Bornholm", "Bornholm") == 0);
  CHECK(collator.Compare("a\u030A", "\u00E5") == 0);  // canonical equivalence
}

}  // namespace afstem
