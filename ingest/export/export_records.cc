// Record export writers (export_records.h): CSV, JSON and NDJSON.

#include "ingest/export/export_records.h"

#include <cstdio>
#include <ostream>

#include "schema/model/json_text.h"

namespace afstem {
namespace {

Json JsonValue(const ExportValue& value) {
  switch (value.kind) {
    case ExportValue::Kind::kInteger: return value.integer;
    case ExportValue::Kind::kReal: return value.real;
    case ExportValue::Kind::kText: return value.text;
    case ExportValue::Kind::kNull: break;
  }
  return nullptr;
}

std::string CsvValue(const ExportValue& value) {
  switch (value.kind) {
    case ExportValue::Kind::kInteger: return std::to_string(value.integer);
    case ExportValue::Kind::kReal: {
      char text[32];
      std::snprintf(text, sizeof(text), "%.15g", value.real);
      return text;
    }
    case ExportValue::Kind::kText: return CsvField(value.text);
    case ExportValue::Kind::kNull: break;
  }
  return "";
}

Json JsonObject(const ExportRecords& records, const ExportRecord& record) {
  Json json = Json::object();
  for (std::size_t i = 0; i < records.columns.size(); ++i) {
    json[records.columns[i]] = JsonValue(record.values[i]);
    if (records.columns[i] == "page" && record.box) {
      const std::vector<double>& box = *record.box;
      json["box"] = JsonBox(box[0], box[1], box[2], box[3]);
    }
  }
  for (std::size_t i = 0; i < records.json_columns.size(); ++i) {
    json[records.json_columns[i]] = JsonParse(record.json[i]);
  }
  return json;
}

}  // namespace

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void WriteRecordsCsv(const ExportRecords& records, std::ostream& out) {
  for (std::size_t i = 0; i < records.columns.size(); ++i) out << (i ? "," : "") << CsvField(records.columns[i]);
  out << "\r\n";
  for (const ExportRecord& record : records.records) {
    for (std::size_t i = 0; i < record.values.size(); ++i) out << (i ? "," : "") << CsvValue(record.values[i]);
    out << "\r\n";
  }
}

void WriteRecordsJson(const ExportRecords& records, std::ostream& out) {
  Json list = Json::array();
  for (const ExportRecord& record : records.records) list.push_back(JsonObject(records, record));
  out << JsonText(Json{{records.name, std::move(list)}}) << "\n";
}

void WriteRecordsNdjson(const ExportRecords& records, std::ostream& out) {
  for (const ExportRecord& record : records.records) out << JsonText(JsonObject(records, record)) << "\n";
}

}  // namespace afstem
