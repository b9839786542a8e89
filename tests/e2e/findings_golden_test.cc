// Reconciliation end to end: every fixture PDF through the whole pipeline,
// and its full list of findings, exactly. The faithful fixtures have no
// error or warning; each injected-error variant of the memo
// (fixtures/injected, see fixtures/README.md) has exactly its injected
// finding, besides the info findings the faithful memo has too.

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

// "error table_column_sum y2024 stated=8655000 computed=8555000 ±10000 p4 <label>"
std::string Line(const Finding& finding) {
  auto number = [](const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
  };
  return std::string(ToString(finding.severity)) + " " + std::string(ToString(finding.rule)) + " y" + (finding.year ? std::to_string(*finding.year) : "-") +
         " stated=" + number(finding.stated_dkk) + " computed=" + number(finding.computed_dkk) + " ±" +
         std::to_string(std::llround(finding.tolerance_dkk)) + " p" + std::to_string(finding.page) + " " +
         finding.label;
}

std::vector<std::string> FindingLines(const std::filesystem::path& pdf) {
  std::vector<std::string> lines;
  for (const Finding& finding : testing::ProcessPdf(pdf).findings) lines.push_back(Line(finding));
  return lines;
}

std::filesystem::path Injected(const std::string& name) {
  return testing::SourceDir() / "fixtures" / "injected" / name;
}

// What the faithful memo says too: its headline's 2024 and 2026 are divided
// into nothing, and its table prints no unit.
const std::vector<std::string> kMemoInfo = {
    "info document_sum y2024 stated=3000000 computed=- ±0 p1 document total, 2024",
    "info document_sum y2026 stated=3000000 computed=- ±0 p1 document total, 2026",
};
const std::string kMemoUnit = "info unit_inferred y- stated=- computed=- ±0 p2 table 1 (p. 2)";

std::vector<std::string> MemoWith(const std::vector<std::string>& before, const std::string& unit = kMemoUnit) {
  std::vector<std::string> lines = before;
  lines.insert(lines.end(), kMemoInfo.begin(), kMemoInfo.end());
  lines.push_back(unit);
  return lines;
}

}  // namespace

TEST_CASE("findings: the faithful fixtures have no error and no warning", "[e2e][reconcile]") {
  CHECK(FindingLines(testing::FixturePdf("notat_racisme_2025.pdf")) == MemoWith({}));
  CHECK(FindingLines(testing::FixturePdf("notat_racisme_2025_libreoffice.pdf")) == MemoWith({}));
  CHECK(FindingLines(testing::FixturePdf("integrationshandleplan_2024.pdf")).empty());
  CHECK(FindingLines(testing::FixturePdf("bilag_social_kontrol_2024.pdf")).empty());
  CHECK(FindingLines(testing::FixturePdf("tabelbilag_2024.pdf")).empty());
  CHECK(FindingLines(testing::FixturePdf("tabeller_2024_libreoffice.pdf")).empty());
}

TEST_CASE("findings: a total row cell off by 100 (1.000 kr.)", "[e2e][reconcile]") {
  CHECK(FindingLines(Injected("memo_total_row_off.pdf")) ==
        MemoWith({"error table_column_sum y2024 stated=8655000 computed=8555000 ±10000 p4 "
                  "table 1 (p. 2), \"Samlet\", 2024"}));
}

TEST_CASE("findings: a row cell changed, the total row not", "[e2e][reconcile]") {
  CHECK(FindingLines(Injected("memo_row_cell_changed.pdf")) ==
        MemoWith({"error table_column_sum y2024 stated=8555000 computed=8655000 ±10000 p4 "
                  "table 1 (p. 2), \"Samlet\", 2024"}));
}

TEST_CASE("findings: a group total that disagrees with its bullets", "[e2e][reconcile]") {
  // The headline's 2025 against the groups is off by the same 200.000:
  // reported once, at the group.
  CHECK(FindingLines(Injected("memo_group_total_off.pdf")) ==
        MemoWith({"error group_sum y2025 stated=1900000 computed=1700000 ±0 p2 "
                  "\"2. Videreførelse af eksisterende civilsamfundsinitiativer\", 2025"}));
}

TEST_CASE("findings: a row total in mio. kr. off by 0,1", "[e2e][reconcile]") {
  // The "I alt" column (9,10 against 9,00) has the same root: reported once.
  CHECK(FindingLines(Injected("memo_mio_row_total_off.pdf")) ==
        MemoWith({"error table_row_sum y- stated=5200000 computed=5100000 ±20000 p2 "
                  "table 1 (p. 2), \"2. Videreførelse af civilsamfundsinitiativer\", I alt"},
                 "info unit_inferred y- stated=- computed=- ±0 p2 table 2 (p. 2)"));
}

TEST_CASE("findings: values rounded to one decimal are no error", "[e2e][reconcile]") {
  CHECK(FindingLines(Injected("memo_rounding_only.pdf")) ==
        MemoWith({}, "info unit_inferred y- stated=- computed=- ±0 p2 table 2 (p. 2)"));
}

TEST_CASE("findings: a headline amount that disagrees with its groups", "[e2e][reconcile]") {
  // "3 mio." beside exact group totals is read as exactly 3.000.000.
  CHECK(FindingLines(Injected("memo_headline_off.pdf")) ==
        std::vector<std::string>{
            kMemoInfo[0],
            "error document_sum y2025 stated=3000000 computed=3200000 ±0 p1 document total, 2025",
            kMemoInfo[1], kMemoUnit});
}

TEST_CASE("findings: the injected finding points at the printed total", "[e2e][reconcile]") {
  const ExtractedDocument document = testing::ProcessPdf(Injected("memo_total_row_off.pdf"));
  REQUIRE_FALSE(document.findings.empty());
  const Finding& finding = document.findings.front();
  const Table& table = document.tables.at(static_cast<std::size_t>(finding.table));
  const TableCell& cell = table.rows.at(static_cast<std::size_t>(finding.row)).cells.at(
      static_cast<std::size_t>(finding.column));
  CHECK(cell.text == "8.655");
  CHECK(finding.page == cell.page);
  CHECK(finding.box == cell.box);
  CHECK(finding.stated_total >= 0);
  CHECK(finding.parts.size() == 19);
  for (const FindingPart& part : finding.parts) {
    CHECK(part.page > 0);
    CHECK(part.precision_dkk == 500.0);
  }
}

}  // namespace afstem
