// The binary document form (ingest/batch/document_codec.h): every fixture
// survives encode -> decode -> encode byte for byte, with its findings and
// table cells; damaged encodings are refused, never half-read.

#include "ingest/batch/document_codec.h"

#include <catch2/catch.hpp>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

TEST_CASE("codec: every fixture round-trips exactly", "[schema][codec]") {
  for (const char* name : {"notat_racisme_2025.pdf", "integrationshandleplan_2024.pdf", "tabelbilag_2024.pdf",
                           "bilag_social_kontrol_2024.pdf"}) {
    INFO(name);
    const ExtractedDocument document = testing::ProcessPdf(testing::FixturePdf(name));
    const std::string bytes = EncodeDocument(document);
    auto decoded = DecodeDocument(bytes);
    REQUIRE(decoded.ok());
    CHECK(EncodeDocument(decoded.value()) == bytes);
    CHECK(decoded.value().pages.size() == document.pages.size());
    CHECK(decoded.value().pages.back().words == document.pages.back().words);
    CHECK(decoded.value().links == document.links);
    CHECK(decoded.value().findings == document.findings);
    CHECK(decoded.value().info.created_unix == document.info.created_unix);
  }
}

TEST_CASE("codec: values of every kind survive", "[schema][codec]") {
  ExtractedDocument document;
  Table table;
  table.columns.push_back(TableColumn{"2025", Box{1, 2, 3, 4}, 2, ColumnRole::kYear, 2025});
  TableRow row;
  TableCell cell;
  cell.text = "-1.200,5";
  cell.value = -1200.5;
  row.cells.push_back(cell);
  row.is_subset = true;
  table.rows.push_back(row);
  table.unit_dkk = 1'000'000'000;
  document.tables.push_back(table);
  StatedTotal total;
  total.amount_dkk = -9'000'000'000'000'000'000;
  total.year = 2026;
  total.round_figure = true;
  document.stated_totals.push_back(total);
  document.diagnostics = {"æøå \n", ""};
  auto decoded = DecodeDocument(EncodeDocument(document));
  REQUIRE(decoded.ok());
  const ExtractedDocument& back = decoded.value();
  CHECK(back.tables[0].columns[0].role == ColumnRole::kYear);
  CHECK(back.tables[0].columns[0].header_box == Box{1, 2, 3, 4});
  CHECK(back.tables[0].rows[0].cells[0].value == -1200.5);
  CHECK(back.tables[0].rows[0].is_subset);
  CHECK(back.tables[0].unit_dkk == 1'000'000'000);
  CHECK(back.stated_totals[0].amount_dkk == -9'000'000'000'000'000'000);
  CHECK(back.stated_totals[0].year == 2026);
  CHECK(back.stated_totals[0].round_figure);
  CHECK_FALSE(back.stated_totals[0].parts.size());
  CHECK(back.diagnostics == std::vector<std::string>{"æøå \n", ""});
}

TEST_CASE("codec: damaged encodings are refused", "[schema][codec]") {
  const std::string bytes = EncodeDocument(testing::ProcessPdf(testing::FixturePdf("notat_racisme_2025.pdf")));
  CHECK_FALSE(DecodeDocument("").ok());
  CHECK_FALSE(DecodeDocument("XXXX" + bytes.substr(4)).ok());
  for (std::size_t cut : {std::size_t{5}, bytes.size() / 3, bytes.size() - 1}) {
    INFO(cut);
    auto decoded = DecodeDocument(bytes.substr(0, cut));
    CHECK_FALSE(decoded.ok());
  }
  CHECK(DecodeDocument(bytes + "x").status().message() == "encoded document has trailing bytes");
}

}  // namespace
}  // namespace afstem
