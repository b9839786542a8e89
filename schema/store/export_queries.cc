// Export reading (export_queries.h): DocumentStore::LoadRecordExport and
// DocumentStore::LoadTableExport. Each record export but findings is a
// query whose result columns are the export's columns, except the trailing
// provenance columns x0, y0, x1, y1 (the JSON "box") and the JSON columns
// named in the spec; findings come from ReadFindings (finding_reader.h).

#include "schema/store/export_queries.h"

#include <map>

#include "schema/store/document_store.h"
#include "schema/store/finding_reader.h"
#include "schema/store/sqlite.h"

namespace afstem {
namespace {

struct ExportSpec {
  const char* name;
  const char* sql;  // ?1: document file name or ''; nullptr: read by ReadFindings
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
       "i.title AS initiative, a.year, a.basis, a.amount_dkk, a.category, a.origin, a.unit, a.unit_source, "
       "a.year_source, a.precision_dkk, a.page, a.x0, a.y0, a.x1, a.y1 "
       "FROM allocations AS a JOIN initiatives AS i ON i.id = a.initiative_id "
       "JOIN documents AS d ON d.id = i.document_id "
       "WHERE ?1 = '' OR d.file_name = ?1 "
       "ORDER BY d.file_name COLLATE da, d.id, i.id, a.year, a.id",
       true, {}},
      {"findings", nullptr, true, {"parts"}},
      {"documents",
       "SELECT o.document_id, o.file_name, o.title, o.kind, o.document_date, o.committee, "
       "o.status, o.error, o.page_count, "
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
  switch (row.ColumnKind(column)) {
    case sql::Statement::Kind::kInteger:
      value.kind = ExportValue::Kind::kInteger;
      value.integer = row.ColumnInt(column);
      break;
    case sql::Statement::Kind::kReal:
      value.kind = ExportValue::Kind::kReal;
      value.real = row.ColumnDouble(column);
      break;
    case sql::Statement::Kind::kText:
    case sql::Statement::Kind::kBlob:
      value.kind = ExportValue::Kind::kText;
      value.text = row.ColumnText(column);
      break;
    case sql::Statement::Kind::kNull: break;
  }
  return value;
}

ExportValue Integer(std::int64_t integer) {
  ExportValue value;
  value.kind = ExportValue::Kind::kInteger;
  value.integer = integer;
  return value;
}

ExportValue Integer(const std::optional<std::int64_t>& integer) {
  return integer ? Integer(*integer) : ExportValue{};
}

ExportValue Real(const std::optional<double>& real) {
  ExportValue value;
  if (!real) return value;
  value.kind = ExportValue::Kind::kReal;
  value.real = *real;
  return value;
}

ExportValue Text(const std::string& text) {
  ExportValue value;
  value.kind = ExportValue::Kind::kText;
  value.text = text;
  return value;
}

// The findings export: the columns finding_id ... page, the JSON "parts".
Status AddFindings(const std::vector<StoredFinding>& findings, ExportRecords& records) {
  records.columns = {"finding_id",   "document",       "severity",      "rule",
                     "label",        "year",           "stated_dkk",    "computed_dkk",
                     "difference_dkk", "tolerance_dkk", "message",      "page"};
  for (const StoredFinding& finding : findings) {
    ExportRecord record;
    record.values = {Integer(finding.id),         Text(finding.file_name),   Text(finding.severity),
                     Text(finding.rule),          Text(finding.label),       Integer(finding.year),
                     Integer(finding.stated),     Integer(finding.computed), Integer(finding.difference),
                     Real(finding.tolerance),     Text(finding.message),     Integer(finding.page)};
    record.json.push_back(finding.parts);
    if (finding.box) {
      record.box = std::vector<double>{finding.box->x0, finding.box->y0, finding.box->x1, finding.box->y1};
    }
    records.records.push_back(std::move(record));
  }
  return Status::Ok();
}

// Reads a query-backed export's records and columns.
Status AddQueryRecords(sql::Database& db, const ExportSpec& spec, const std::string& document,
                       ExportRecords& records) {
  auto query = db.Prepare(spec.sql);
  if (!query.ok()) return query.status();
  sql::Statement& row = *query.value();
  row.Bind(1, std::string_view(document));
  const int trailing = (spec.has_box ? 4 : 0) + static_cast<int>(spec.json_columns.size());
  const int plain = row.ColumnCount() - trailing;
  for (int c = 0; c < plain; ++c) records.columns.push_back(row.ColumnName(c));
  while (true) {
    auto more = row.Step();
    if (!more.ok()) return more.status();
    if (!more.value()) return Status::Ok();
    ExportRecord record;
    for (int c = 0; c < plain; ++c) record.values.push_back(ValueAt(row, c));
    int next = plain;
    for (std::size_t j = 0; j < spec.json_columns.size(); ++j, ++next) {
      record.json.push_back(row.ColumnIsNull(next) ? "null" : row.ColumnText(next));
    }
    if (spec.has_box && !row.ColumnIsNull(next)) {
      record.box = std::vector<double>{row.ColumnDouble(next), row.ColumnDouble(next + 1),
                                       row.ColumnDouble(next + 2), row.ColumnDouble(next + 3)};
    }
    records.records.push_back(std::move(record));
  }
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

// Fills each table's grid from its cells; cells outside the grid are skipped.
Status AddCells(sql::Database& db, std::vector<ExportTable>& tables) {
  auto cells = db.Prepare(
      "SELECT row, column, text, page, x0, y0, x1, y1, value FROM table_cells "
      "WHERE table_id = ?");
  if (!cells.ok()) return cells.status();
  sql::Statement& c = *cells.value();
  for (ExportTable& table : tables) {
    c.Bind(1, table.id);
    while (true) {
      auto row = c.Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      const auto r = static_cast<std::size_t>(c.ColumnInt(0));
      const auto k = static_cast<std::size_t>(c.ColumnInt(1) - 1);
      if (r >= table.grid.size() || k >= table.grid[r].size()) continue;
      ExportCell& cell = table.grid[r][k];
      cell.text = c.ColumnText(2);
      cell.has_place = !c.ColumnIsNull(3);
      cell.page = c.ColumnInt(3);
      cell.x0 = c.ColumnDouble(4);
      cell.y0 = c.ColumnDouble(5);
      cell.x1 = c.ColumnDouble(6);
      cell.y1 = c.ColumnDouble(7);
      cell.has_value = !c.ColumnIsNull(8);
      cell.value = c.ColumnDouble(8);
    }
    c.Reset();
  }
  return Status::Ok();
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

Result<ExportRecords> DocumentStore::LoadRecordExport(const std::string& name, const std::string& document) {
  const ExportSpec* spec = nullptr;
  for (const ExportSpec& candidate : Specs()) {
    if (candidate.name == name) spec = &candidate;
  }
  if (spec == nullptr) return Status::InvalidArgument("cannot export " + name);
  ExportRecords records;
  records.name = name;
  records.json_columns = spec->json_columns;
  Status status = Status::Ok();
  if (spec->sql == nullptr) {
    auto findings = ReadFindings(FindingFilter{document, false});
    if (!findings.ok()) return findings.status();
    status = AddFindings(findings.value(), records);
  } else {
    status = AddQueryRecords(*db_, *spec, document, records);
  }
  if (status.ok() && name == "initiatives") status = AddYearColumns(*db_, document, records);
  if (!status.ok()) return status;
  return records;
}

Result<std::vector<ExportTable>> DocumentStore::LoadTableExport(const std::string& document) {
  auto tables = db_->Prepare(
      "SELECT t.id, d.file_name, t.ordinal, t.first_page, t.last_page, t.column_count, "
      "t.row_count, t.unit, t.unit_source FROM tables AS t "
      "JOIN documents AS d ON d.id = t.document_id "
      "WHERE ?1 = '' OR d.file_name = ?1 ORDER BY d.file_name COLLATE da, d.id, t.ordinal");
  if (!tables.ok()) return tables.status();
  tables.value()->Bind(1, std::string_view(document));
  std::vector<ExportTable> out;
  while (true) {
    auto row = tables.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    sql::Statement& t = *tables.value();
    ExportTable table{t.ColumnInt(0), t.ColumnText(1), t.ColumnInt(2), t.ColumnInt(3),
                      t.ColumnInt(4), t.ColumnInt(5), t.ColumnInt(6), t.ColumnText(7),
                      t.ColumnText(8), {}};
    table.grid.assign(static_cast<std::size_t>(table.rows + 1),
                      std::vector<ExportCell>(static_cast<std::size_t>(table.columns)));
    out.push_back(std::move(table));
  }
  Status status = AddCells(*db_, out);
  if (!status.ok()) return status;
  return out;
}

}  // namespace afstem
