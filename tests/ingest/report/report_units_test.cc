// The report's pure parts: HTML escaping, Danish number formatting, year
// columns, the layout of a finding's page region (crop, label spot, other
// pages), the label text, the output folder's refusal rule, and loading
// the report's data from a hand-made database (Danish order, bad JSON).

#include <catch2/catch.hpp>
#include <climits>

#include "ingest/cli/open_store.h"
#include "ingest/report/allocation_years.h"
#include "ingest/report/danish_numbers.h"
#include "ingest/report/finding_region.h"
#include "ingest/report/html_text.h"
#include "ingest/report/report_data.h"
#include "ingest/report/report_images.h"
#include "ingest/report/report_site.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::vector<std::string> Titles(const ReportDocument& document) {
  std::vector<std::string> titles;
  for (const ReportInitiative& initiative : document.initiatives) titles.push_back(initiative.title);
  return titles;
}

// A database with one document, five initiatives whose titles sort
// differently in Danish and in bytes, allocations, and two findings: one
// with parts, one whose parts are not JSON.
std::string HandMadeDatabase(const testing::TempDir& dir) {
  std::string path = (dir / "hand.sqlite").string();
  REQUIRE(OpenDocumentStore(path).ok());  // creates the schema
  auto db = sql::Database::Open(path);
  REQUIRE(db.ok());
  REQUIRE(db.value()
              ->Execute(R"sql(
INSERT INTO documents (id, sha256, file_name, path, file_size, status, imported_at, afstem_version)
  VALUES (4, 'ab', 'plan.pdf', '/nowhere/plan.pdf', 10, 'ok', '2024-01-01T00:00:00Z', 'test');
INSERT INTO initiatives (id, document_id, ordinal, title, page, origin) VALUES
  (1, 4, '1', 'Åben skole', 1, 'text'), (2, 4, NULL, 'Ærø', 1, 'text'), (3, 4, NULL, 'Zebra', 2, 'text'),
  (4, 4, NULL, 'Øster', 2, 'text'), (5, 4, '2', 'Amager', 3, 'text');
INSERT INTO allocations (initiative_id, year, amount_dkk, origin, unit, unit_source) VALUES
  (1, 2024, 100, 'text', 'kr.', 'stated'), (1, 2024, 50, 'text', 'kr.', 'stated'),
  (1, 2025, 7, 'text', 'kr.', 'stated'), (5, 2025, 1000000, 'text', 'kr.', 'stated');
INSERT INTO findings (id, document_id, rule, severity, label, message, page, x0, y0, x1, y1, parts, parameters,
                      stated_dkk, computed_dkk, difference_dkk)
  VALUES (8, 4, 'group_sum', 'info', 'g', 'm', 2, 10, 20, 30, 40,
          '[{"label":"a","amount_dkk":5,"text":"5 kr.","page":2,"box":[1,2,3,4]},
            {"label":"b","amount_dkk":null,"text":"x","page":3,"box":[5,6,7,8]}]', '{}', 9, 5, 4),
         (9, 4, 'group_sum', 'error', 'h', 'n', NULL, NULL, NULL, NULL, NULL, 'not json', '{}', NULL, NULL, NULL);
)sql")
              .ok());
  return path;
}

}  // namespace

TEST_CASE("report: HTML escaping", "[ingest][report]") {
  CHECK(EscapeHtml("Tema 1: \"Børn\" & <unge> 'x'") == "Tema 1: &quot;Børn&quot; &amp; &lt;unge&gt; &#39;x&#39;");
  CHECK(EscapeHtml("") == "");
  CHECK(EscapeHtml("æøå – €") == "æøå – €");
}

TEST_CASE("report: Danish numbers", "[ingest][report]") {
  CHECK(FormatDanishInteger(0) == "0");
  CHECK(FormatDanishInteger(999) == "999");
  CHECK(FormatDanishInteger(1000) == "1.000");
  CHECK(FormatDanishInteger(8655000) == "8.655.000");
  CHECK(FormatDanishInteger(-75000) == "\u221275.000");
  CHECK(FormatDanishInteger(INT64_MIN) == "\u22129.223.372.036.854.775.808");
  CHECK(FormatDanishKroner(1900000) == "1.900.000 kr.");
  CHECK(FormatSignedKroner(200000) == "+200.000 kr.");
  CHECK(FormatSignedKroner(-100000) == "\u2212100.000 kr.");
  CHECK(FormatSignedKroner(0) == "0 kr.");
  CHECK(FormatDanishDecimal(10000) == "10.000");
  CHECK(FormatDanishDecimal(0.5) == "0,5");
  CHECK(FormatDanishDecimal(12000.25) == "12.000,25");
  CHECK(FormatDanishDecimal(-1.5) == "\u22121,5");
  CHECK(FormatDanishDecimal(9.999) == "10");
  CHECK(FormatDanishDecimal(-0.001) == "0");
  CHECK(FormatDanishDecimal(1e300) == "?");
}

TEST_CASE("report: year columns put amounts without a year last", "[ingest][report]") {
  ReportInitiative a, b;
  a.amounts = {{2025, 10}, {std::nullopt, 5}};
  b.amounts = {{2024, 1}, {2025, 2}};
  const YearTotals totals = SumByYear({a, b});
  CHECK(totals == YearTotals{{std::nullopt, 5}, {2024, 1}, {2025, 12}});
  CHECK(YearColumns(totals) == std::vector<AllocationYear>{2024, 2025, std::nullopt});
  CHECK(GrandTotal(totals) == 18);
  CHECK(YearColumns({}).empty());
}

TEST_CASE("report: a finding's region holds the total, its parts and the label", "[ingest][report]") {
  const Box total{252, 634, 277, 645};
  const std::vector<RegionPart> parts = {{4, Box{252, 600, 277, 611}}, {2, Box{252, 500, 277, 511}},
                                         {3, Box{252, 50, 277, 61}}, {2, Box{252, 300, 277, 311}}};
  const RegionLayout layout = LayOutFindingRegion(4, total, parts, 595.28, 841.89, LabelSize{120, 16});
  CHECK(layout.total == total);
  CHECK(layout.parts == std::vector<Box>{Box{252, 600, 277, 611}});
  CHECK(layout.other_pages == std::vector<std::int64_t>{2, 3});
  REQUIRE(layout.label);
  CHECK(*layout.label == Box{283, 631.5, 403, 647.5});  // right of the total, centred on it
  // The boxes plus an 18 pt margin (x 234..421, y 582..665.5), widened
  // around their middle to 320 × 110 pt.
  CHECK(layout.crop.x0 == Approx(167.5));
  CHECK(layout.crop.x1 == Approx(487.5));
  CHECK(layout.crop.y0 == Approx(568.75));
  CHECK(layout.crop.y1 == Approx(678.75));
}

TEST_CASE("report: the label moves left or below when the right is taken", "[ingest][report]") {
  // At the right edge of the page: no room on the right, so left.
  const RegionLayout left = LayOutFindingRegion(1, Box{500, 100, 580, 110}, {}, 595, 842, LabelSize{100, 16});
  REQUIRE(left.label);
  CHECK(left.label->x1 == Approx(494));
  // A part right of the total and one left of it: below.
  const std::vector<RegionPart> beside = {{1, Box{300, 100, 340, 110}}, {1, Box{100, 100, 190, 110}}};
  const RegionLayout below = LayOutFindingRegion(1, Box{200, 100, 280, 110}, beside, 595, 842, LabelSize{100, 16});
  REQUIRE(below.label);
  CHECK(*below.label == Box{200, 116, 300, 132});
  // A label wider than the page is kept on it, from its left edge.
  const RegionLayout wide = LayOutFindingRegion(1, Box{10, 10, 50, 20}, {}, 200, 300, LabelSize{250, 16});
  REQUIRE(wide.label);
  CHECK(wide.label->x0 == 0);
  CHECK(wide.crop.x0 == 0);
  CHECK(wide.crop.x1 == 200);
  // No label: nothing reserved for it.
  CHECK_FALSE(LayOutFindingRegion(1, Box{10, 10, 50, 20}, {}, 200, 300, std::nullopt).label);
}

TEST_CASE("report: the crop stays on the page", "[ingest][report]") {
  const RegionLayout corner = LayOutFindingRegion(1, Box{0, 0, 20, 10}, {}, 595, 842, std::nullopt);
  CHECK(corner.crop == Box{0, 0, 320, 110});
  const RegionLayout whole = LayOutFindingRegion(1, Box{0, 0, 595, 842}, {}, 595, 842, std::nullopt);
  CHECK(whole.crop == Box{0, 0, 595, 842});
}

TEST_CASE("report: pixels cover a box outwards", "[ingest][report]") {
  const PixelRect rect = ToPixels(Box{10.2, 5, 20.7, 7.25}, 2);
  CHECK(rect.x == 20);
  CHECK(rect.y == 10);
  CHECK(rect.width == 22);
  CHECK(rect.height == 5);
}

TEST_CASE("report: the label says the difference, else the stated amount", "[ingest][report]") {
  ReportFinding finding;
  CHECK(FindingImageLabel(finding) == "");
  finding.stated_dkk = 3000000;
  CHECK(FindingImageLabel(finding) == "stated 3.000.000 kr.");
  finding.difference_dkk = -200000;
  CHECK(FindingImageLabel(finding) == "difference \u2212200.000 kr.");
}

TEST_CASE("report: only an empty folder or an earlier report is replaced", "[ingest][report]") {
  testing::TempDir dir;
  CHECK(CheckReplaceable(dir / "absent").ok());
  std::filesystem::create_directory(dir / "empty");
  CHECK(CheckReplaceable(dir / "empty").ok());
  std::filesystem::create_directory(dir / "theirs");
  testing::WriteFile(dir / "theirs" / "notes.txt", "mine");
  CHECK(CheckReplaceable(dir / "theirs").message() ==
        "is not empty and was not written by afstem report (it has no .afstem-report)");
  testing::WriteFile(dir / "theirs" / kReportMarker, "");
  CHECK(CheckReplaceable(dir / "theirs").ok());
  testing::WriteFile(dir / "file", "x");
  CHECK(CheckReplaceable(dir / "file").message() == "exists and is not a folder");
}

TEST_CASE("report: data in Danish order, with parts read from JSON", "[ingest][report]") {
  testing::TempDir dir;
  const std::string path = HandMadeDatabase(dir);
  auto store = OpenDocumentStore(path);
  REQUIRE(store.ok());
  auto data = LoadReportData(*store.value());
  REQUIRE(data.ok());
  REQUIRE(data.value().documents.size() == 1);
  const ReportDocument& document = data.value().documents[0];
  CHECK(document.paths.empty());
  CHECK(Titles(document) == std::vector<std::string>{"Amager", "Zebra", "Ærø", "Øster", "Åben skole"});
  CHECK(document.initiatives[4].amounts == YearTotals{{2024, 150}, {2025, 7}});
  CHECK(document.initiatives[4].ordinal == "1");
  CHECK(document.initiatives[1].amounts.empty());
  REQUIRE(document.findings.size() == 2);
  const ReportFinding& error = document.findings[0];  // errors first
  CHECK(error.id == 9);
  CHECK(error.parts.empty());  // "not json": shown without parts
  CHECK_FALSE(error.page);
  const ReportFinding& info = document.findings[1];
  CHECK(info.box == Box{10, 20, 30, 40});
  REQUIRE(info.parts.size() == 2);
  CHECK(info.parts[0].label == "a");
  CHECK(info.parts[0].text == "5 kr.");
  CHECK(info.parts[0].amount_dkk == 5);
  CHECK(info.parts[0].page == 2);
  CHECK(info.parts[0].box == Box{1, 2, 3, 4});
  CHECK_FALSE(info.parts[1].amount_dkk);
  CHECK(info.parts[1].box == Box{5, 6, 7, 8});
  CHECK(info.difference_dkk == 4);
}

}  // namespace afstem
