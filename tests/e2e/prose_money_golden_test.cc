// Golden tests of money in prose over the seed fixtures: the plan's themes
// and appendix with their per-year sums and categories (and nothing else
// allocated: no percentages, ages or durations), and the memo's ten bullets,
// three group totals with their parts and the document total per year.

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <tuple>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using YearSums = std::map<int, std::int64_t>;

struct TextPart {
  std::vector<const Initiative*> initiatives;
  std::map<int, YearSums> sums;  // by index into `initiatives`
  std::vector<std::tuple<int, int, std::int64_t, std::string, std::string>> allocations;
};

// The text-origin initiatives and, per initiative, its allocations.
TextPart TextOrigin(const ExtractedDocument& document) {
  TextPart part;
  std::map<int, int> index;
  for (std::size_t i = 0; i < document.initiatives.size(); ++i) {
    if (document.initiatives[i].origin != Origin::kText) continue;
    index[static_cast<int>(i)] = static_cast<int>(part.initiatives.size());
    part.initiatives.push_back(&document.initiatives[i]);
  }
  for (const Allocation& allocation : document.allocations) {
    if (allocation.origin != Origin::kText) continue;
    const int at = index.at(allocation.initiative);
    part.sums[at][allocation.year] += allocation.amount_dkk;
    part.allocations.emplace_back(at, allocation.year, allocation.amount_dkk,
                                  allocation.category, std::string(ToString(allocation.year_source)));
  }
  return part;
}

}  // namespace

TEST_CASE("plan: themes and Perspektiv with their sums and categories",
          "[e2e][golden][prose]") {
  ExtractedDocument plan =
      testing::ProcessPdf(testing::FixturePdf("integrationshandleplan_2024.pdf"));
  TextPart part = TextOrigin(plan);
  REQUIRE(part.initiatives.size() == 4);
  CHECK(part.initiatives[0]->ordinal == "Tema 1");
  CHECK(part.initiatives[0]->title ==
        "Tema 1: En håndholdt beskæftigelsesindsats med fokus på faglig- og sproglig "
        "opkvalificering, helbredsmestring og arbejdspladskultur");
  CHECK(part.initiatives[0]->page == 4);
  CHECK(part.initiatives[1]->ordinal == "Tema 2");
  CHECK(part.initiatives[2]->ordinal == "Tema 3");
  CHECK(part.initiatives[2]->title == "Tema 3: Demokratisk deltagelse lokalt");
  CHECK(part.initiatives[3]->ordinal.empty());
  CHECK(part.initiatives[3]->title == "Perspektiv");
  CHECK(part.initiatives[3]->page == 9);
  CHECK(part.sums[0] == YearSums{{2024, 5'800'000}, {2025, 6'300'000}, {2026, 6'300'000}});
  CHECK(part.sums[1] == YearSums{{2024, 2'300'000}, {2025, 2'300'000}, {2026, 2'300'000}});
  CHECK(part.sums[2] == YearSums{{2025, 500'000}});
  CHECK(part.sums[3] ==
        YearSums{{2024, 4'800'000}, {2025, 4'800'000}, {2026, 4'800'000}, {2027, 4'800'000}});
  // Every allocation in the document, exactly: none from percentages
  // ("20-30 procent", "29 %"), ages ("13-17-årige"), durations ("5 års
  // ophold", "37-timers") or descriptive figures ("udgør 60,3 mio. kr.").
  using A = std::tuple<int, int, std::int64_t, std::string, std::string>;
  CHECK(part.allocations == std::vector<A>{
                                {0, 2024, 2'800'000, "servicemidler", "stated"},
                                {0, 2025, 3'300'000, "servicemidler", "stated"},
                                {0, 2026, 3'300'000, "servicemidler", "stated"},
                                {0, 2024, 3'000'000, "indsatsmidler", "stated"},
                                {0, 2025, 3'000'000, "indsatsmidler", "stated"},
                                {0, 2026, 3'000'000, "indsatsmidler", "stated"},
                                {1, 2024, 2'300'000, "servicemidler", "stated"},
                                {1, 2025, 2'300'000, "servicemidler", "stated"},
                                {1, 2026, 2'300'000, "servicemidler", "stated"},
                                {2, 2025, 500'000, "servicemidler", "stated"},
                                {3, 2024, 4'800'000, "", "stated"},
                                {3, 2025, 4'800'000, "", "stated"},
                                {3, 2026, 4'800'000, "", "stated"},
                                {3, 2027, 4'800'000, "", "stated"},
                            });
  CHECK(plan.stated_totals.empty());
  // The descriptive figures are kept as mentions.
  std::multiset<std::string> mentions;
  for (const ProseMoney& money : plan.prose_money) {
    if (money.role == MoneyRole::kMention) mentions.insert(money.text);
    CHECK_FALSE(money.implausible);
  }
  CHECK(mentions == std::multiset<std::string>{"60,3 mio. kr.", "11 mio. kr.", "4,8 mio."});
}

namespace {

struct Bullet {
  const char* title;
  const char* committee;
  std::int64_t dkk;
};

const Bullet kBullets[] = {
    {"Model med indgåelse af partnerskaber med udvalgte foreninger, der arbejder med "
     "forebyggelse af diskrimination, racisme og hadforbrydelser", "KFU", 300'000},
    {"Oplysningsindsats målrettet københavnske boligudlejere om diskriminationsproblematikker "
     "på boligområdet, herunder om forbud mod diskrimination på baggrund af etnicitet og "
     "oprindelse (inuit) ved udlejning af boliger", "TMU", 450'000},
    {"Aktivitetspulje til støtte af civilsamfundsaktiviteter mod racisme mv.", "", 350'000},
    {"Drift af værested for LGBT+-flygtninge", "", 350'000},
    {"Brobyggerugen", "", 500'000},
    {"Indsatser til opfølgning på undersøgelser af diskrimination mod jødiske/muslimske "
     "københavnere efter 7. oktober 2023", "", 500'000},
    {"Rejsehold for religiøs tolerance målrettet bl.a. skolelærere og foreningslivet", "", 250'000},
    {"Forundersøgelse af muligt efterværn for ofre for hadforbrydelser (registrering, "
     "ansvarsfordeling, borgertilbud og opkvalificering af kommunale medarbejdere)", "", 100'000},
    {"Digitalisering af handleplanen mhp. at øge synlighed samt engagere og involvere "
     "københavnere", "", 100'000},
    {"Sekretariatsbetjening af arbejdsgruppe på tværs af det grønlandske selvstyre, "
     "grønlandske kommuner og 6-byerne samt statslige styrelser med henblik på blandt andet "
     "at sikre bedre overgange fra Grønland til Danmark samt målrettede og virkningsfulde "
     "indsatser for grønlændere i KK/DK", "", 100'000},
};

void CheckMemoProse(const ExtractedDocument& memo) {
  TextPart part = TextOrigin(memo);
  REQUIRE(part.initiatives.size() == 10);
  for (int i = 0; i < 10; ++i) {
    INFO("bullet " << i + 1);
    CHECK(part.initiatives[static_cast<std::size_t>(i)]->title == kBullets[i].title);
    CHECK(part.initiatives[static_cast<std::size_t>(i)]->committee == kBullets[i].committee);
    CHECK(part.sums[i] == YearSums{{2025, kBullets[i].dkk}});
  }
  for (const auto& allocation : part.allocations) {
    CHECK(std::get<4>(allocation) == "inferred");  // 2025 comes from the heading
  }
  // Group totals with their parts, and the document total per year.
  std::vector<const StatedTotal*> groups, documents;
  for (const StatedTotal& total : memo.stated_totals) {
    if (total.scope == TotalScope::kGroup) groups.push_back(&total);
    if (total.scope == TotalScope::kDocument) documents.push_back(&total);
  }
  REQUIRE(groups.size() == 3);
  const std::int64_t group_dkk[] = {750'000, 1'700'000, 550'000};
  const std::size_t group_parts[] = {2, 4, 4};
  std::size_t first_part = 0;
  for (std::size_t g = 0; g < 3; ++g) {
    INFO("group " << g + 1);
    CHECK(groups[g]->amount_dkk == group_dkk[g]);
    CHECK(groups[g]->year == 2025);
    REQUIRE(groups[g]->parts.size() == group_parts[g]);
    std::int64_t parts_sum = 0;
    for (std::size_t p = 0; p < group_parts[g]; ++p) {
      const Initiative& part_initiative =
          memo.initiatives[static_cast<std::size_t>(groups[g]->parts[p])];
      CHECK(part_initiative.title == kBullets[first_part + p].title);
      parts_sum += kBullets[first_part + p].dkk;
    }
    CHECK(parts_sum == group_dkk[g]);
    first_part += group_parts[g];
  }
  CHECK(groups[0]->label ==
        "1. Udvalgsgodkendte indsatser i handleplanen som hidtil ikke har opnået finansiering");
  REQUIRE(documents.size() == 3);
  for (std::size_t d = 0; d < 3; ++d) {
    CHECK(documents[d]->year == 2024 + static_cast<int>(d));
    CHECK(documents[d]->amount_dkk == 3'000'000);
    CHECK(documents[d]->page == 1);
  }
}

}  // namespace

TEST_CASE("memo: ten bullets, three group totals with parts, the document total",
          "[e2e][golden][prose]") {
  CheckMemoProse(testing::ProcessPdf(testing::FixturePdf("notat_racisme_2025.pdf")));
}

TEST_CASE("memo from LibreOffice: the same prose money", "[e2e][golden][prose]") {
  CheckMemoProse(testing::ProcessPdf(testing::FixturePdf("notat_racisme_2025_libreoffice.pdf")));
}

}  // namespace afstem
