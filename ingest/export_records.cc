// Record export writers (export_records.h): CSV, JSON and NDJSON.

#include "ingest/export_records.h"

#include <ostream>

#include "schema/json_text.h"

namespace afstem {
namespace {

std::string JsonValue(const ExportValue& value) {
  switch (value.kind) {
    case ExportValue::Kind::kInteger: return std::to_string(value.integer);
    case ExportValue::Kind::kReal: return JsonNumber(value.real);
    case ExportValue::Kind::kText: return JsonString(value.text);
    case ExportValue::Kind::kNull: break;
  }
  return "null";
}

std::string CsvValue(const ExportValue& value) {
  switch (value.kind) {
    case ExportValue::Kind::kInteger: return std::to_string(value.integer);
    case ExportValue::Kind::kReal: return JsonNumber(value.real);
    case ExportValue::Kind::kText: return CsvField(value.text);
    case ExportValue::Kind::kNull: break;
  }
  return "";
}

std::string JsonObject(const ExportRecords& records, const ExportRecord& record) {
  std::string json = "{";
  for (std::size_t i = 0; i < records.columns.size(); ++i) {
    if (i > 0) json += ", ";
    json += JsonString(records.columns[i]) + ": " + JsonValue(record.values[i]);
    if (records.columns[i] == "page" && record.box) {
      const std::vector<double>& box = *record.box;
      json += ", \"box\": " + JsonBox(box[0], box[1], box[2], box[3]);
    }
  }
  for (std::size_t i = 0; i < records.json_columns.size(); ++i) {
    json += ", " + JsonString(records.json_columns[i]) + ": " + record.json[i];
  }
  return json + "}";
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
  out << "{" << JsonString(records.name) << ": [";
  for (std::size_t i = 0; i < records.records.size(); ++i) {
    out << (i ? ",\n  " : "\n  ") << JsonObject(records, records.records[i]);
  }
  out << (records.records.empty() ? "]}\n" : "\n]}\n");
}

void WriteRecordsNdjson(const ExportRecords& records, std::ostream& out) {
  for (const ExportRecord& record : records.records) out << JsonObject(records, record) << "\n";
}

}  // namespace afstem
