// Golden test of the seed memo's 23-row table, as initiatives, allocations
// and stated totals: every row exact (ordinal, full title, every year
// amount in kroner, funding text and link), the four column totals, and the
// inferred unit. Both producers (cairo and LibreOffice) must give it.

#include <catch2/catch.hpp>
#include <map>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using testing::kBudget2023;
using testing::kBudget2024;
using testing::kOfs;
using testing::kPunkt10;
using testing::kPunkt9;

struct ExpectedRow {
  const char* title;
  std::map<int, std::int64_t> amounts;  // year -> kroner
  const char* funding;
  std::string url;
};

// Rows 1-23 of the seed (shared/seeds/000_*.txt), amounts in 1.000 kr.
const ExpectedRow kRows[] = {
    {"Virksomhedsrettet indsats til bekæmpelse af ubevidst diskrimination på københavnske arbejdspladser.",
     {{2023, 800000}, {2024, 600000}, {2025, 600000}, {2026, 600000}}, "Integrationsbevilling", kPunkt9},
    {"Støtte til foreningen Mino Danmark, der arbejder for at styrke minoritetsetniske danskeres muligheder, stemmer og samfundsdeltagelse.",
     {{2023, 300000}, {2024, 300000}, {2025, 300000}, {2026, 300000}}, "Integrationsbevilling", kPunkt9},
    {"Støtte til Jødisk Informationscenter, der oplyser om jødisk kultur og historie med henblik på at forebygge antisemitisme.",
     {{2023, 1000000}, {2024, 1200000}, {2025, 1200000}, {2026, 1200000}}, "Budget24", kBudget2024},
    {"Støtte til foreningen Sabaah bl.a. med henblik på at forebygge, at LGBTQ+-personer med etnisk minoritetsbaggrund udsættes for diskrimination.",
     {{2023, 655000}, {2024, 655000}, {2025, 655000}, {2026, 655000}}, "Budget23", kBudget2023},
    {"Faste møder i følgegruppen.", {}, "Intern (ikke særskilt finansiering)", ""},
    {"Brobyggerugen, en temauge på 6 skoler, der skal styrke elevernes forståelse af dialog, demokrati, rettigheder samt fællesskab på tværs af forskellighed, samt forældrearrangement.",
     {{2024, 500000}}, "OFS23/24", kOfs},
    {"Uddannelse af brobyggerkorps til forebyggelse af fordomme og generaliseringer.",
     {{2024, 500000}}, "Integrationsbevilling", kPunkt9},
    {"Lancering af samarbejde med foreningen Brobyggerne om levering af Brobyggerspil til dialog om fællesskab trods forskelligheder til skoler og fritidstilbud",
     {}, "Udgift afholdt i 2022 (0.465)", ""},
    {"Initiativer målrettet inuit/grønlændere under handleplan mod racisme, etnisk diskrimination og hadforbrydelser.",
     {{2024, 1300000}, {2025, 2000000}, {2026, 2000000}}, "Budget24", kBudget2024},
    {"Venskabsbysamarbejde ml. Nuuk og København", {{2024, 250000}}, "Integrationsbevilling", kPunkt9},
    {"Informationsindsats om inuit/grønlændere", {{2024, 250000}}, "Integrationsbevilling", kPunkt9},
    {"Etablering af aktivitetspulje til støtte af civilsamfundsaktiviteter mod racisme, diskrimination og hadforbrydelser",
     {{2024, 900000}}, "Integrationsbevilling", kPunkt9},
    {"Kampagne om forebyggelse af racisme, diskrimination og Hadforbrydelser (samarbejde med Institut for Menneskerettigheder om Diskriminationslinjen)",
     {}, "Intern (ikke særskilt finansiering)", ""},
    {"Etablering af værested for LGBT+-flygtninge", {{2024, 600000}}, "Integrationsbevilling", kPunkt10},
    {"Dialogtilbud på skoler om demokrati, digital dannelse, rettigheder og trivsel under \"Åben Skole\"",
     {{2024, 300000}}, "Integrationsbevilling", kPunkt10},
    {"DinTro-MinTro dialogindsats i skoler til forebyggelse af fordomme og generaliseringer mod religiøse minoriteter",
     {{2024, 200000}}, "Integrationsbevilling", kPunkt10},
    {"Barometer for Politisk Vold - oplysnings- og dialogarrangementer i udsatte boligområder",
     {{2024, 100000}}, "Integrationsbevilling", kPunkt10},
    {"Interaktivt undervisningsmateriale om antisemitisme til implementering i Københavns synagoge",
     {{2024, 200000}}, "Integrationsbevilling", kPunkt10},
    {"Oplysningskampagne på sociale medier om antisemitisme i København", {{2024, 100000}},
     "Integrationsbevilling", kPunkt10},
    {"Kvalitativ undersøgelse af hvordan tiden efter 7. oktober 2023 har påvirket københavnere med jødisk baggrund.",
     {{2024, 200000}}, "Integrationsbevilling", kPunkt10},
    {"Kvalitativ undersøgelse af, hvordan tiden efter 7. oktober 2023 har påvirket københavnere med muslimsk baggrund.",
     {{2024, 200000}}, "Integrationsbevilling", kPunkt10},
    {"Udsmykning af Jobcenter København med kunst fra Grønland", {{2024, 200000}},
     "Integrationsbevilling", kPunkt10},
    {"Nye indsatser", {{2025, 3000000}, {2026, 3000000}}, "", ""},
};

ExtractedDocument Process(const std::string& name) {
  return testing::ProcessPdf(testing::FixturePdf(name));
}

// The document's table-origin records only (prose money is tested apart).
ExtractedDocument TablePart(ExtractedDocument document) {
  std::vector<int> kept_index(document.initiatives.size(), -1);
  std::vector<Initiative> initiatives;
  for (std::size_t i = 0; i < document.initiatives.size(); ++i) {
    if (document.initiatives[i].origin != Origin::kTable) continue;
    kept_index[i] = static_cast<int>(initiatives.size());
    initiatives.push_back(document.initiatives[i]);
  }
  std::vector<Allocation> allocations;
  for (Allocation allocation : document.allocations) {
    if (allocation.origin != Origin::kTable) continue;
    allocation.initiative = kept_index[static_cast<std::size_t>(allocation.initiative)];
    allocations.push_back(allocation);
  }
  std::vector<StatedTotal> totals;
  for (const StatedTotal& total : document.stated_totals) {
    if (total.table >= 0) totals.push_back(total);
  }
  document.initiatives = initiatives;
  document.allocations = allocations;
  document.stated_totals = totals;
  return document;
}

void CheckMemo(const ExtractedDocument& whole, bool libreoffice) {
  const ExtractedDocument memo = TablePart(whole);
  REQUIRE(memo.tables.size() == 1);
  const Table& table = memo.tables[0];
  CHECK(table.first_page == (libreoffice ? 2 : 2));
  CHECK(table.last_page == 4);
  CHECK(table.unit == "1.000 kr.");
  CHECK(table.unit_dkk == 1000);
  CHECK(table.unit_source == Basis::kInferred);
  REQUIRE(memo.initiatives.size() == 23);
  std::map<int, std::map<int, std::int64_t>> amounts;
  for (const Allocation& allocation : memo.allocations) {
    amounts[allocation.initiative][allocation.year] = allocation.amount_dkk;
    CHECK(allocation.unit == "1.000 kr.");
    CHECK(allocation.unit_source == Basis::kInferred);
  }
  int links = 0;
  for (int i = 0; i < 23; ++i) {
    const Initiative& initiative = memo.initiatives[static_cast<std::size_t>(i)];
    const ExpectedRow& expected = kRows[i];
    INFO("row " << i + 1);
    CHECK(initiative.ordinal == std::to_string(i + 1));
    CHECK(initiative.title == expected.title);
    CHECK(amounts[i] == expected.amounts);
    std::string funding = expected.funding;
    if (libreoffice && (i == 2 || i == 8)) funding = "Budget 2024 (aftaletekst)";
    CHECK(initiative.funding_source == funding);
    CHECK(initiative.funding_url == expected.url);
    if (!initiative.funding_url.empty()) ++links;
  }
  CHECK(links == 19);
  REQUIRE(memo.stated_totals.size() == 4);
  const std::int64_t totals[] = {2755000, 8555000, 7755000, 7755000};
  for (int y = 0; y < 4; ++y) {
    const StatedTotal& total = memo.stated_totals[static_cast<std::size_t>(y)];
    CHECK(total.scope == TotalScope::kTableColumn);
    CHECK(total.label == "Samlet");
    CHECK(total.year == 2023 + y);
    CHECK(total.amount_dkk == totals[y]);
    CHECK(total.page == 4);
  }
}

}  // namespace

TEST_CASE("memo table: 23 initiatives, amounts, funding and links, totals",
          "[e2e][golden][tables]") {
  CheckMemo(Process("notat_racisme_2025.pdf"), false);
}

TEST_CASE("memo table from LibreOffice: the same rows", "[e2e][golden][tables]") {
  CheckMemo(Process("notat_racisme_2025_libreoffice.pdf"), true);
}

TEST_CASE("documents without tables get none", "[e2e][golden][tables]") {
  for (const char* name : {"integrationshandleplan_2024.pdf", "bilag_social_kontrol_2024.pdf"}) {
    INFO(name);
    ExtractedDocument document = TablePart(Process(name));
    CHECK(document.tables.empty());
    CHECK(document.initiatives.empty());
  }
}

}  // namespace afstem
