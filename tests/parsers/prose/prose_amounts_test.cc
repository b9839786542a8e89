// Money in sentences: focused cases from the seeds' own phrasing and the
// kind of sentences committee notes write — amounts that are money, and the
// numbers that must never become money.

#include <catch2/catch.hpp>

#include "parsers/prose/prose_rules.h"

namespace afstem {
namespace {

const ProseRules& Rules() {
  static const std::unique_ptr<ProseRules> rules = std::move(ProseRules::Create()).value();
  return *rules;
}

struct Money {
  const char* sentence;
  std::vector<std::int64_t> dkk;  // every amount, left to right
};

std::vector<std::int64_t> Amounts(const char* sentence) {
  std::vector<std::int64_t> dkk;
  for (const ProseAmount& amount : Rules().FindAmounts(sentence)) dkk.push_back(amount.dkk);
  return dkk;
}

}  // namespace

TEST_CASE("amounts of money in sentences", "[parsers][prose]") {
  const Money cases[] = {
      {"BIU har den 11. december 2023 afsat 3 mio. kr. årligt i frie midler 2024-2026", {3'000'000}},
      {"Med dette notat gives et foreløbigt bud på, hvordan de 3 mio. kr. i frie midler kan udmøntes i 2025.", {3'000'000}},
      {"Det kan bl.a. overvejes at prioritere følgende til en samlet værdi af 750.000 kr.:", {750'000}},
      {"til en samlet værdi af 1.700.000 kr.:", {1'700'000}},
      {"til en samlet værdi af 550.000 kr.:", {550'000}},
      {"hadforbrydelser (KFU) (300.000 kr.)", {300'000}},
      {"ved udlejning af boliger (TMU) (450.000 kr.)", {450'000}},
      {"Brobyggerugen (500.000 kr.)", {500'000}},
      {"efter 7. oktober 2023 (500.000 kr.)", {500'000}},
      {"i KK/DK (100.000 kr.)", {100'000}},
      {"Der afsættes 2,8 mio. kr. i servicemidler i 2024 og 3,3 mio. kr. årligt i servicemidler 2025-2026.", {2'800'000, 3'300'000}},
      {"Desuden afsættes årligt 3 mio. kr. i indsatsmidler i 2024-2026.", {3'000'000}},
      {"Der afsættes 2,3 mio. kr. i servicemidler årligt i 2024-2026.", {2'300'000}},
      {"Der afsættes 0,5 mio. kr. i servicemidler i 2025.", {500'000}},
      {"Der er afsat 4,8 mio. kr. til indsatsen årligt i 2024-2027.", {4'800'000}},
      {"udgør 60,3 mio. kr. (2023-tal) , mens", {60'300'000}},
      {"udgør 11 mio. kr.(2023-tal).", {11'000'000}},
      {"0,6 mio. kr. af bevillingen er øremærket", {600'000}},
      {"Der afsættes 1,5 mio. kr. årligt i 2024 og 2026 samt 1 mio. kr. i 2025", {1'500'000, 1'000'000}},
      {"Indsatser aftalt under Budget (4,8 mio.)", {4'800'000}},
      {"Lovbundne indsatser (60,3 mio. kr.)", {60'300'000}},
      {"Der er afsat 0.5 mio. kr. til forløbet", {500'000}},
      {"en ramme på 4.05 mio. kr. i 2025", {4'050'000}},
      {"Der afsættes 1,25 mia. kr. til anlæg", {1'250'000'000}},
      {"et tilskud på kr. 300.000 til foreningen", {300'000}},
      {"Der afsættes 300 t.kr. i 2025", {300'000}},
      {"i alt 450 tkr. årligt", {450'000}},
      {"en mindreudgift på ÷ 200.000 kr. i 2025", {-200'000}},
      {"en reduktion på -150.000 kr.", {-150'000}},
      {"beløbet er 12.500 kroner", {12'500}},
      {"Der afsættes 2 Mio. kr. til formålet", {2'000'000}},
      {"fra 1,2 mio. kr. til 1,4 mio. kr.", {1'200'000, 1'400'000}},
  };
  for (const Money& money : cases) {
    INFO(money.sentence);
    CHECK(Amounts(money.sentence) == money.dkk);
  }
}

TEST_CASE("numbers that are not money", "[parsers][prose]") {
  const char* not_money[] = {
      "fritidsjob, inden de er fyldt 18 år, 20-30 procent lavere risiko",
      "som 25-årige",
      "Andelen af de 13-17-årige med et fritidsjob",
      "hvor 29 % af gruppen er i fritidsjob, mens landsgennemsnittet var 35 %",
      "mere end 10 procentpoint op til efterkommere",
      "også blandt københavnere med mere end 5 års ophold",
      "udlændinge med under 5 års ophold",
      "i forbindelse med indførsel af 37-timers arbejdspligt",
      "gennemfører Work in Denmarks 4 moduler",
      "Af nedenstående tabel fremgår de 23 indsatser",
      "BIU har den 11. december 2023 besluttet",
      "Den 7. oktober blev der afholdt møde",
      "indsatser i handleplanen (side 20-21)",
      "jf. lov om aktiv beskæftigelsesindsats § 17, stk. 4",
      "Ved valgstedet 7. Nord i Tingbjerg var stemmeprocenten 33%",
      "stemmeprocenten var 60% i Københavns Kommune",
      "en tema-uge på 6 skoler",
      "for nyankomne (2023-tal)",
      "Budget24 og OFS23/24",
      "Udgift afholdt i 2022",
      "i perioden 2024-2026",
      "unge under 30 og førstegangsvælgere",
      "med 142 borgere, hvilket er 18 flere",
      "kurser for i alt 310 medarbejdere",
      "3 mio. indbyggere i hovedstadsområdet",
      "5 krav til ansøgerne",
      "Kirilova: 2014",
      "(Danmarks Statistik: 2023)",
      "konto 5.22.07",
      "version 2.7.001",
  };
  for (const char* sentence : not_money) {
    INFO(sentence);
    CHECK(Amounts(sentence).empty());
  }
}

TEST_CASE("an implausible unit is kept and marked", "[parsers][prose]") {
  std::vector<ProseAmount> found = Rules().FindAmounts("i alt 1.532.045 mio. kr. til området");
  REQUIRE(found.size() == 1);
  CHECK(found[0].implausible);
  CHECK(found[0].dkk == 1'532'045'000'000);
  CHECK_FALSE(Rules().FindAmounts("i alt 95 mia. kr.")[0].implausible);
}

TEST_CASE("years of an amount", "[parsers][prose]") {
  struct YearsCase {
    const char* clause;
    std::vector<int> years;
    bool yearly;
    bool span;
  };
  const YearsCase cases[] = {
      {" i servicemidler i 2024 og ", {2024}, false, false},
      {" årligt i servicemidler 2025-2026.", {2025, 2026}, true, true},
      {" i indsatsmidler i 2024-2026.", {2024, 2025, 2026}, false, true},
      {" årligt i 2024 og 2026 samt ", {2024, 2026}, true, false},
      {" i 2025 til bekæmpelse af negativ social kontrol.", {2025}, false, false},
      {" til indsatsen årligt i 2024-2027.", {2024, 2025, 2026, 2027}, true, true},
      {" årligt i frie midler 2024-2026 til nye indsatser", {2024, 2025, 2026}, true, true},
      {" (2023-tal) , mens indsatser", {}, false, false},
      {" siden 2005 – er udløbet", {}, false, false},
      {" den 11. december 2023 i 2025", {2025}, false, false},
      {" i 2024, 2025 og 2026", {2024, 2025, 2026}, false, false},
      {" om året fra 2025", {2025}, true, false},
      {" til formålet", {}, false, false},
  };
  for (const YearsCase& c : cases) {
    INFO(c.clause);
    ProseYears years = Rules().FindYears(c.clause);
    CHECK(years.years == c.years);
    CHECK(years.yearly == c.yearly);
    CHECK(years.span == c.span);
  }
}

TEST_CASE("categories, verbs, group totals, committee tags", "[parsers][prose]") {
  const ProseRules& rules = Rules();
  CHECK(rules.Category(" i servicemidler i 2024") == "servicemidler");
  CHECK(rules.Category(" årligt i indsatsmidler") == "indsatsmidler");
  CHECK(rules.Category(" til anlæg i 2026") == "anlæg");
  CHECK(rules.Category(" i anlægsmidler") == "anlæg");
  CHECK(rules.Category(" i driftsmidler") == "driftsmidler");
  CHECK(rules.Category(" til indsatsen") == "");
  for (const char* sentence : {"Der afsættes 2,8 mio. kr.", "BIU har afsat 3 mio. kr.",
                               "Der er afsat 4,8 mio. kr.", "Udvalget bevilger 1 mio. kr.",
                               "Der tilføres 0,5 mio. kr.", "midlerne er bevilget"}) {
    INFO(sentence);
    CHECK(rules.Allocates(sentence));
  }
  for (const char* sentence : {"Udgifter udgør 60,3 mio. kr.", "de 3 mio. kr. kan udmøntes i 2025",
                               "Heraf anvendes 0,7 mio. kr.", "afsætningen af varer"}) {
    INFO(sentence);
    CHECK_FALSE(rules.Allocates(sentence));
  }
  CHECK(rules.StatesGroupTotal("prioritere følgende til en samlet værdi af "));
  CHECK(rules.StatesGroupTotal("udgør i 2024 i alt "));
  CHECK(rules.StatesGroupTotal("inden for en samlet ramme på "));
  CHECK_FALSE(rules.StatesGroupTotal("Der afsættes "));
  CHECK(rules.CommitteeTag("hadforbrydelser (KFU)") == "KFU");
  CHECK(rules.CommitteeTag("boliger (TMU) ") == "TMU");
  CHECK(rules.CommitteeTag("oprindelse (inuit)") == "");
  CHECK(rules.CommitteeTag("(KFU) og mere") == "");
}

TEST_CASE("sentences: abbreviations do not end them", "[parsers][prose]") {
  const char* text =
      "Der afsættes 2,8 mio. kr. i servicemidler i 2024. Desuden afsættes årligt 3 mio. kr. "
      "i indsatsmidler. Det kan bl.a. Sundheds- og Omsorgsforvaltningen. Se fx. Bilag 1. "
      "Ændringer følger.";
  std::vector<std::string_view> sentences = Rules().Sentences(text);
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0] == "Der afsættes 2,8 mio. kr. i servicemidler i 2024.");
  CHECK(sentences[1] == "Desuden afsættes årligt 3 mio. kr. i indsatsmidler.");
  CHECK(sentences[2] == "Det kan bl.a. Sundheds- og Omsorgsforvaltningen.");
  CHECK(sentences[3] == "Se fx. Bilag 1.");
  CHECK(sentences[4] == "Ændringer følger.");
}

}  // namespace afstem
