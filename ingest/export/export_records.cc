// Record exports (export_records.h). Each export is a query; its result
// columns are the export's columns, except the trailing provenance columns
// x0, y0, x1, y1 (the JSON "box") and the JSON columns named in the spec.

#include "ingest/export/export_records.h"

#include <cstdio>
#include <map>
#include <ostream>

#include "schema/model/json_text.h"

namespace afstem {
namespace {

struct ExportSpec {
  const char* name;
  const char* sql;  // ?1: document file name or ''
  bool has_box;     // the query ends with x0, y0, x1, y1 (after json columns)
  std::vector<std::string> json_columns;
};

const std::vector<ExportSpec>& Specs() {
  static const std::vector<ExportSpec> specs = {
      {"initiatives",
       "SELECT i.id AS initiative_id, d.file_name AS document, i.ordinal, i.title, "
       "i.funding_source, i.funding_url, i.committee, i.origin, i.page, "
       "i.x0, i.y0, i.x1, i.y1 "
       "FROM initiatives AS i JOIN documents AS d ON d.id = i.document_id "
       "WHERE ?1 = '' OR d.file_name = ?1 "
       "ORDER BY d.file_name COLLATE da, d.id, i.id",
       true, {}},
      {"allocations",
       "SELECT a.id AS allocation_id, a.initiative_id, d.file_name AS document, i.ordinal, "
       "i.title AS initiative, a.year, a.amount_dkk, a.category, a.origin, a.unit, a.unit_source, "
       "a.year_source, a.precision_dkk, a.page, a.x0, a.y0, a.x1, a.y1 "
       "FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id "
       "JOIN documents AS d ON d.id = i.document_id "
       "WHERE ?1 = '' OR d.file_name = ?1 "
       "ORDER BY d.file_name COLLATE da, d.id, i.id, a.year, a.id",
       true, {}},
      {"findings",
       "SELECT f.id AS finding_id, d.file_name AS document, f.severity, f.rule, f.label, f.year, "
       "f.stated_dkk, f.computed_dkk, f.difference_dkk, f.tolerance_dkk, f.message, f.page, "
       "f.parts, f.x0, f.y0, f.x1, f.y1 "
       "FROM findings AS f JOIN documents AS d ON d.id = f.document_id "
       "WHERE ?1 = '' OR d.file_name = ?1 "
       "ORDER BY d.file_name COLLATE da, d.id, "
       "CASE f.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END, f.page, f.id",
       true, {"parts"}},
      {"documents",
       "SELECT o.document_id, o.file_name, o.title, o.status, o.error, o.page_count, "
       "o.initiatives, o.allocations, o.allocated_dkk, o.first_year, o.last_year, "
       "o.errors, o.warnings, o.infos, d.sha256, o.path, o.imported_at "
       "FROM document_overview AS o JOIN documents AS d ON d.id = o.document_id "
       "WHERE ?1 = '' OR o.file_name = ?1 "
       "ORDER BY o.file_name COLLATE da, o.document_id",
       false, {}},
  };
  return specs;
}

ExportValue ValueAt(const sql::Statement& row, int column) {
  ExportValue value;
  value.kind = row.ColumnKind(column);
  switch (value.kind) {
    case sql::Statement::Kind::kInteger: value.integer = row.ColumnInt(column); break;
    case sql::Statement::Kind::kReal: value.real = row.ColumnDouble(column); break;
    case sql::Statement::Kind::kText:
    case sql::Statement::Kind::kBlob: value.text = row.ColumnText(column); break;
    case sql::Statement::Kind::kNull: break;
  }
  return value;
}

ExportValue Integer(std::int64_t integer) {
  ExportValue value;
  value.kind = sql::Statement::Kind::kInteger;
  value.integer = integer;
  return value;
}

// Adds a column per year and "total_dkk" to the initiatives export.
Status AddYearColumns(sql::Database& db, const std::string& document, ExportRecords& records) {
  auto query = db.Prepare(
      "SELECT y.initiative_id, y.year, y.amount_dkk FROM initiative_years AS y "
      "WHERE ?1 = '' OR y.document = ?1");
  if (!query.ok()) return query.status();
  query.value()->Bind(1, std::string_view(document));
  std::map<std::int64_t, std::map<std::int64_t, std::int64_t>> by_initiative;
  std::map<std::int64_t, bool> years;
  while (true) {
    auto row = query.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    const sql::Statement& r = *query.value();
    by_initiative[r.ColumnInt(0)][r.ColumnInt(1)] = r.ColumnInt(2);
    years[r.ColumnInt(1)] = true;
  }
  for (const auto& [year, unused] : years) records.columns.push_back(std::to_string(year));
  records.columns.push_back("total_dkk");
  for (ExportRecord& record : records.records) {
    const auto amounts = by_initiative.find(record.values.front().integer);
    std::int64_t total = 0;
    bool any = false;
    for (const auto& [year, unused] : years) {
      if (amounts == by_initiative.end() || !amounts->second.count(year)) {
        record.values.emplace_back();
        continue;
      }
      const std::int64_t amount = amounts->second.at(year);
      record.values.push_back(Integer(amount));
      total += amount;
      any = true;
    }
    record.values.push_back(any ? Integer(total) : ExportValue{});
  }
  return Status::Ok();
}

Json JsonValue(const ExportValue& value) {
  switch (value.kind) {
    case sql::Statement::Kind::kInteger: return value.integer;
    case sql::Statement::Kind::kReal: return value.real;
    case sql::Statement::Kind::kText:
    case sql::Statement::Kind::kBlob: return value.text;
    case sql::Statement::Kind::kNull: break;
  }
  return nullptr;
}

std::string CsvValue(const ExportValue& value) {
  switch (value.kind) {
    case sql::Statement::Kind::kInteger: return std::to_string(value.integer);
    case sql::Statement::Kind::kReal: {
      char text[32];
      std::snprintf(text, sizeof(text), "%.15g", value.real);
      return text;
    }
    case sql::Statement::Kind::kText:
    case sql::Statement::Kind::kBlob: return CsvField(value.text);
    case sql::Statement::Kind::kNull: break;
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

const std::vector<std::string>& RecordExportNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const ExportSpec& spec : Specs()) list.push_back(spec.name);
    return list;
  }();
  return names;
}

Result<ExportRecords> LoadRecordExport(sql::Database& db, const std::string& name,
                                       const std::string& document) {
  const ExportSpec* spec = nullptr;
  for (const ExportSpec& candidate : Specs()) {
    if (candidate.name == name) spec = &candidate;
  }
  if (spec == nullptr) return Status::Error("cannot export " + name);
  auto query = db.Prepare(spec->sql);
  if (!query.ok()) return query.status();
  sql::Statement& row = *query.value();
  row.Bind(1, std::string_view(document));
  ExportRecords records;
  records.name = name;
  records.json_columns = spec->json_columns;
  const int trailing = (spec->has_box ? 4 : 0) + static_cast<int>(spec->json_columns.size());
  const int plain = row.ColumnCount() - trailing;
  for (int c = 0; c < plain; ++c) records.columns.push_back(row.ColumnName(c));
  while (true) {
    auto more = row.Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    ExportRecord record;
    for (int c = 0; c < plain; ++c) record.values.push_back(ValueAt(row, c));
    int next = plain;
    for (std::size_t j = 0; j < spec->json_columns.size(); ++j, ++next) {
      record.json.push_back(row.ColumnIsNull(next) ? "null" : row.ColumnText(next));
    }
    if (spec->has_box && !row.ColumnIsNull(next)) {
      record.box = std::vector<double>{row.ColumnDouble(next), row.ColumnDouble(next + 1),
                                       row.ColumnDouble(next + 2), row.ColumnDouble(next + 3)};
    }
    records.records.push_back(std::move(record));
  }
  if (name == "initiatives") {
    Status status = AddYearColumns(db, document, records);
    if (!status.ok()) return status;
  }
  return records;
}

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
