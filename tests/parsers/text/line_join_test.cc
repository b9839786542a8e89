// Danish line-end de-hyphenation, with the real ICU and hunspell oracle:
// focused cases taken from the phrasing of the source documents, including
// the counter-examples that must not be joined.

#include "parsers/text/line_join.h"

#include <catch2/catch.hpp>

#include "parsers/text/normalize.h"

namespace afstem {
namespace {

const TextNormalizer& Normalizer() {
  static const std::unique_ptr<TextNormalizer> normalizer =
      std::move(TextNormalizer::Create()).value();
  return *normalizer;
}

TextLine LineOf(std::vector<std::string> tokens) {
  TextLine line;
  for (std::string& text : tokens) line.tokens.push_back(Token{{}, std::move(text)});
  return line;
}

// The paragraph text of two one-token lines.
std::string Join(const std::string& left, const std::string& right) {
  return Normalizer().JoinedText({LineOf({left}), LineOf({right})});
}

struct Case {
  const char* left;
  const char* right;
  const char* expected;
};

template <std::size_t N>
void CheckJoins(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    INFO(c.left << " + " << c.right);
    CHECK(Join(c.left, c.right) == c.expected);
  }
}

}  // namespace

TEST_CASE("line-end hyphenation is joined", "[normalize][line_join]") {
  // Word, LibreOffice and most producers write U+002D at a hyphenation point.
  const Case cases[] = {
      {"hadforbry-", "delser", "hadforbrydelser"},
      {"køben-", "havnske", "københavnske"},
      {"ud-", "møntning", "udmøntning"},
      {"forebyg-", "gelse", "forebyggelse"},
      {"præ-", "senterede", "præsenterede"},
      {"diskrimi-", "nation", "diskrimination"},
      {"handlepla-", "nen", "handleplanen"},
      {"udfor-", "dringer", "udfordringer"},
      {"Inte-", "grationsudvalget", "Integrationsudvalget"},
      {"finansieringskil-", "der", "finansieringskilder"},
      {"oprin-", "delse", "oprindelse"},
      {"for-", "eningslivet", "foreningslivet"},
      {"enga-", "gere", "engagere"},
      {"grønland-", "ske", "grønlandske"},
      {"Informati-", "onscenter", "Informationscenter"},
      {"jø-", "disk", "jødisk"},
      {"dan-", "skeres", "danskeres"},
      {"minori-", "tetsbaggrund", "minoritetsbaggrund"},
      {"følgegrup-", "pen", "følgegruppen"},
      {"rettighe-", "der", "rettigheder"},
      {"foræl-", "drearrangement", "forældrearrangement"},
      {"for-", "domme", "fordomme"},
      {"generalise-", "ringer", "generaliseringer"},
      {"Brobyg-", "gerne", "Brobyggerne"},
      {"hadforbrydel-", "ser", "hadforbrydelser"},
      {"civilsam-", "fundsaktiviteter", "civilsamfundsaktiviteter"},
      {"ra-", "cisme", "racisme"},
      {"Diskri-", "minationslinjen)", "Diskriminationslinjen)"},
      {"bo-", "ligområder", "boligområder"},
      {"okto-", "ber", "oktober"},
      {"Jobcen-", "ter", "Jobcenter"},
      {"igangs-", "atte", "igangsatte"},
      {"mu-", "lige", "mulige"},
      {"sekretariats-", "betjening", "sekretariatsbetjening"},
      {"kommu-", "nale", "kommunale"},
      {"jødiske/mus-", "limske", "jødiske/muslimske"},
      {"om-", "råde.", "område."},
  };
  CheckJoins(cases);
}

TEST_CASE("a soft hyphen at a line end always joins", "[normalize][line_join]") {
  // cairo writes U+00AD at the hyphenation points Pango chose.
  const Case cases[] = {
      {"hadforbry\u00AD", "delser", "hadforbrydelser"},
      {"ud\u00AD", "møntning", "udmøntning"},
      {"Inte\u00AD", "grationsudvalget", "Integrationsudvalget"},
      {"had\u00AD", "forbrydelser", "hadforbrydelser"},
      {"an\u00AD", "ti", "anti"},
      {"indsat\u00AD", "ser", "indsatser"},
  };
  CheckJoins(cases);
}

TEST_CASE("a Unicode hyphen U+2010 at a line end is decided like U+002D", "[normalize][line_join]") {
  // Chromium and Word write U+2010 at their own hyphenation points.
  const Case cases[] = {
      {"hadforbry\u2010", "delser", "hadforbrydelser"},          // hyphenation: joined
      {"Integrations\u2010", "udvalget", "Integrationsudvalget"},
      {"Beskæftigelses\u2010", "og", "Beskæftigelses- og"},      // suspended compound: kept
      {"e\u2010", "læring", "e-læring"},                          // a real compound: kept
      {"2025\u2010", "2026", "2025-2026"},
  };
  CheckJoins(cases);
}

TEST_CASE("suspended compounds keep hyphen and space", "[normalize][line_join]") {
  const Case cases[] = {
      {"Beskæftigelses-", "og", "Beskæftigelses- og"},
      {"elev-", "eller", "elev- eller"},
      {"sociale-", "og", "sociale- og"},
      {"fritids-", "og", "fritids- og"},
      {"faglig-", "og", "faglig- og"},
      {"oplysnings-", "og", "oplysnings- og"},
      {"Sundheds-", "og", "Sundheds- og"},
      {"dag-", "samt", "dag- samt"},
      {"større-", "end", "større- end"},
      {"familie-", "og/eller", "familie- og/eller"},
  };
  CheckJoins(cases);
}

TEST_CASE("real compounds split at a line end keep the hyphen, no space",
          "[normalize][line_join]") {
  const Case cases[] = {
      {"LGBTQ+-", "personer", "LGBTQ+-personer"},
      {"LGBT+-", "flygtninge", "LGBT+-flygtninge"},
      {"2025-", "2026", "2025-2026"},
      {"2024-", "2026", "2024-2026"},
      {"13-", "17-årige", "13-17-årige"},
      {"CV-", "skrivning", "CV-skrivning"},
      {"EU-", "valg", "EU-valg"},
      {"elev-", "/lærepladser", "elev-/lærepladser"},
      {"Nord-", "Korea", "Nord-Korea"},
      {"e-", "læring", "e-læring"},
      {"(2023-", "tal)", "(2023-tal)"},
  };
  CheckJoins(cases);
}

TEST_CASE("a slash at a line end binds without space", "[normalize][line_join]") {
  const Case cases[] = {
      {"inuit/", "grønlændere", "inuit/grønlændere"},
      {"og/", "eller", "og/eller"},
      {"jødiske/", "muslimske", "jødiske/muslimske"},
      {"KK/", "DK", "KK/DK"},
      {"OFS23/", "24", "OFS23/24"},
  };
  CheckJoins(cases);
}

TEST_CASE("ordinary line ends and dashes join with a space",
          "[normalize][line_join]") {
  const Case cases[] = {
      {"racisme", "og", "racisme og"},
      {"Vold", "-", "Vold -"},
      {"-", "oplysnings-", "- oplysnings-"},
      {"2023", "(500.000", "2023 (500.000"},
      {"kr.:", "•", "kr.: •"},
      {"/", "x", "/ x"},
  };
  CheckJoins(cases);
}

TEST_CASE("hyphens inside a line are never touched", "[normalize][line_join]") {
  // Compounds that do not stand at a line end pass through normalization.
  CHECK(Normalizer().JoinedText({LineOf({"Drift", "af", "værested", "for",
                                         "LGBT+-flygtninge"})}) ==
        "Drift af værested for LGBT+-flygtninge");
  CHECK(Normalizer().JoinedText({LineOf({"de", "13-17-årige", "med", "e-læring"})}) ==
        "de 13-17-årige med e-læring");
  CHECK(Normalizer().JoinedText({LineOf({"Beskæftigelses-og", "Integrationsudvalget"})}) ==
        "Beskæftigelses-og Integrationsudvalget");
  // Three lines: a hyphenated word, then a suspended compound.
  CHECK(Normalizer().JoinedText({LineOf({"Samtidig", "får", "Beskæftigelses-"}),
                                 LineOf({"og", "Inte-"}),
                                 LineOf({"grationsudvalget", "(BIU)"})}) ==
        "Samtidig får Beskæftigelses- og Integrationsudvalget (BIU)");
}

TEST_CASE("decisions name the rule", "[normalize][line_join]") {
  const TextNormalizer& oracle = Normalizer();
  CHECK(DecideLineJoin("hadforbry-", "delser", oracle) == LineJoin::kDropHyphen);
  CHECK(DecideLineJoin("Beskæftigelses-", "og", oracle) == LineJoin::kSpace);
  CHECK(DecideLineJoin("LGBTQ+-", "personer", oracle) == LineJoin::kKeepHyphen);
  CHECK(DecideLineJoin("inuit/", "grønlændere", oracle) == LineJoin::kNoSpace);
  CHECK(DecideLineJoin("e-", "læring", oracle) == LineJoin::kKeepHyphen);
  CHECK(DecideLineJoin("", "x", oracle) == LineJoin::kSpace);
}

}  // namespace afstem
