// The export format table (ingest/export/export_format.h): its names, the
// look-up, and that each row writes records and tables in its own form.

#include "ingest/export/export_format.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace afstem {
namespace {

ExportRecords TwoInitiatives() {
  ExportRecords records;
  records.name = "initiatives";
  records.columns = {"initiative_id", "title"};
  ExportValue id1{ExportValue::Kind::kInteger, 1, 0, ""};
  ExportValue title1{ExportValue::Kind::kText, 0, 0, "Åben skole, \"Nord\""};
  ExportValue id2{ExportValue::Kind::kInteger, 2, 0, ""};
  ExportValue none{};
  records.records.push_back(ExportRecord{{id1, title1}, std::nullopt, {}});
  records.records.push_back(ExportRecord{{id2, none}, std::nullopt, {}});
  return records;
}

std::vector<ExportTable> OneTable() {
  ExportTable table;
  table.document = "memo.pdf";
  table.ordinal = 1;
  table.first_page = 2;
  table.last_page = 2;
  table.unit = "mio. kr.";
  table.unit_source = "stated";
  ExportCell header{"2025", false, 0, 0, 0, 0, 0, false, 0};
  ExportCell amount{"1,5", true, 2, 10, 20, 30, 40, true, 1.5};
  table.grid = {{header}, {amount}};
  return {table};
}

std::string Records(std::string_view format) {
  std::ostringstream out;
  FindExportFormat(format)->write_records(TwoInitiatives(), out);
  return out.str();
}

std::string Tables(std::string_view format) {
  std::ostringstream out;
  FindExportFormat(format)->write_tables(OneTable(), out);
  return out.str();
}

}  // namespace

TEST_CASE("export formats: one table of names", "[ingest][export]") {
  REQUIRE(ExportFormats().size() == 3);
  CHECK(ExportFormats()[0].name == "csv");
  CHECK(ExportFormats()[1].name == "json");
  CHECK(ExportFormats()[2].name == "ndjson");
  CHECK(FindExportFormat("json") == &ExportFormats()[1]);
  CHECK(FindExportFormat("xml") == nullptr);
  CHECK(FindExportFormat("") == nullptr);
  CHECK(ExportFormatNames(", ", " or ") == "csv, json or ndjson");
  CHECK(ExportFormatNames("|", "|") == "csv|json|ndjson");
}

TEST_CASE("export formats: each row writes records in its form", "[ingest][export]") {
  CHECK(Records("csv") == "initiative_id,title\r\n1,\"Åben skole, \"\"Nord\"\"\"\r\n2,\r\n");
  CHECK(Records("json") ==
        "{\"initiatives\":[{\"initiative_id\":1,\"title\":\"Åben skole, \\\"Nord\\\"\"},"
        "{\"initiative_id\":2,\"title\":null}]}\n");
  CHECK(Records("ndjson") ==
        "{\"initiative_id\":1,\"title\":\"Åben skole, \\\"Nord\\\"\"}\n"
        "{\"initiative_id\":2,\"title\":null}\n");
}

TEST_CASE("export formats: each row writes tables in its form", "[ingest][export]") {
  CHECK(Tables("csv") == "2025\r\n\"1,5\"\r\n");
  const std::string table =
      "{\"document\":\"memo.pdf\",\"table\":1,\"first_page\":2,\"last_page\":2,"
      "\"unit\":\"mio. kr.\",\"unit_source\":\"stated\",\"rows\":[[{\"text\":\"2025\"}],"
      "[{\"text\":\"1,5\",\"value\":1.5,\"page\":2,\"box\":[10,20,30,40]}]]}";
  CHECK(Tables("json") == "{\"tables\":[" + table + "]}\n");
  CHECK(Tables("ndjson") == table + "\n");
}

}  // namespace afstem
