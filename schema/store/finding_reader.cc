// Reading findings back (finding_reader.h): DocumentStore::ReadFindings and
// the severity order.

#include "schema/store/finding_reader.h"

#include <algorithm>
#include <unordered_map>

#include "schema/store/document_store.h"
#include "schema/model/vocabulary.h"
#include "schema/store/sqlite.h"

namespace afstem {
namespace {

// Columns `first`..`first + 3` as a box, when none of them is NULL.
std::optional<Box> BoxOrNone(const sql::Statement& row, int first) {
  for (int column = first; column < first + 4; ++column) {
    if (row.ColumnIsNull(column)) return std::nullopt;
  }
  return Box{row.ColumnDouble(first), row.ColumnDouble(first + 1), row.ColumnDouble(first + 2),
             row.ColumnDouble(first + 3)};
}

// Documents by file name (da collation), id; the findings of each in
// database order, sorted by FindingBefore afterwards.
constexpr char kFindingsQuery[] =
    "SELECT f.id, f.document_id, d.file_name, f.rule, f.severity, f.label, f.message, f.parts, "
    "f.parameters, f.year, f.stated_dkk, f.computed_dkk, f.difference_dkk, f.page, f.table_id, "
    "f.table_row, f.table_column, f.stated_total_id, f.tolerance_dkk, f.x0, f.y0, f.x1, f.y1 "
    "FROM findings f JOIN documents d ON d.id = f.document_id "
    "WHERE ?1 = '' OR d.file_name = ?1 "
    "ORDER BY d.file_name COLLATE da, d.id, f.id";

StoredFinding FindingFromRow(const sql::Statement& row) {
  StoredFinding finding;
  finding.id = row.ColumnInt(0);
  finding.document_id = row.ColumnInt(1);
  finding.file_name = row.ColumnText(2);
  finding.rule = row.ColumnText(3);
  finding.severity = row.ColumnText(4);
  finding.label = row.ColumnText(5);
  finding.message = row.ColumnText(6);
  finding.parts = row.ColumnText(7);
  finding.parameters = row.ColumnText(8);
  finding.year = row.ColumnOptionalInt(9);
  finding.stated = row.ColumnOptionalInt(10);
  finding.computed = row.ColumnOptionalInt(11);
  finding.difference = row.ColumnOptionalInt(12);
  finding.page = row.ColumnOptionalInt(13);
  finding.table_id = row.ColumnOptionalInt(14);
  finding.table_row = row.ColumnOptionalInt(15);
  finding.table_column = row.ColumnOptionalInt(16);
  finding.stated_total_id = row.ColumnOptionalInt(17);
  if (!row.ColumnIsNull(18)) finding.tolerance = row.ColumnDouble(18);
  finding.box = BoxOrNone(row, 19);
  return finding;
}

// The parts JSON, element by element. Invalid JSON, or JSON that is not an
// array, reads as no parts rather than failing the query.
constexpr char kPartsQuery[] =
    "SELECT f.id, coalesce(json_extract(p.value, '$.label'), ''), "
    "coalesce(json_extract(p.value, '$.text'), ''), json_extract(p.value, '$.amount_dkk'), "
    "json_extract(p.value, '$.page'), json_extract(p.value, '$.box[0]'), "
    "json_extract(p.value, '$.box[1]'), json_extract(p.value, '$.box[2]'), "
    "json_extract(p.value, '$.box[3]') FROM findings f, "
    "json_each(CASE WHEN json_valid(f.parts) AND json_type(f.parts) = 'array' THEN f.parts ELSE '[]' END) p "
    "WHERE json_type(p.value) = 'object' ORDER BY f.id, p.key";

Status ReadParts(sql::Database& db, std::vector<StoredFinding>& findings) {
  std::unordered_map<std::int64_t, StoredFinding*> by_id;
  for (StoredFinding& finding : findings) by_id[finding.id] = &finding;
  auto query = db.Prepare(kPartsQuery);
  if (!query.ok()) return query.status();
  const sql::Statement& row = *query.value();
  while (true) {
    auto step = query.value()->Step();
    if (!step.ok()) return step.status();
    if (!step.value()) return Status::Ok();
    auto found = by_id.find(row.ColumnInt(0));
    if (found == by_id.end()) continue;
    found->second->part_list.push_back(
        {row.ColumnText(1), row.ColumnText(2), row.ColumnOptionalInt(3), row.ColumnOptionalInt(4), BoxOrNone(row, 5)});
  }
}

}  // namespace

int SeverityRank(std::string_view severity) {
  // The order itself is the Severity vocabulary's (schema/model/vocabulary.h).
  return Rank(FromString<Severity>(severity).value_or(Severity::kInfo)) - 1;
}

bool FindingBefore(const StoredFinding& a, const StoredFinding& b) {
  const int rank_a = SeverityRank(a.severity), rank_b = SeverityRank(b.severity);
  if (rank_a != rank_b) return rank_a < rank_b;
  if (a.page != b.page) return a.page < b.page;  // nullopt first
  return a.id < b.id;
}

Result<std::vector<StoredFinding>> DocumentStore::ReadFindings(const FindingFilter& filter) {
  auto query = db_->Prepare(kFindingsQuery);
  if (!query.ok()) return query.status();
  sql::Statement& row = *query.value();
  row.Bind(1, std::string_view(filter.file_name));
  std::vector<StoredFinding> findings;
  std::vector<std::size_t> document_start;  // where each document's findings begin
  while (true) {
    auto step = row.Step();
    if (!step.ok()) return step.status();
    if (!step.value()) break;
    StoredFinding finding = FindingFromRow(row);
    if (findings.empty() || findings.back().document_id != finding.document_id) {
      document_start.push_back(findings.size());
    }
    findings.push_back(std::move(finding));
  }
  document_start.push_back(findings.size());
  for (std::size_t i = 0; i + 1 < document_start.size(); ++i) {
    std::sort(findings.begin() + static_cast<std::ptrdiff_t>(document_start[i]),
              findings.begin() + static_cast<std::ptrdiff_t>(document_start[i + 1]), FindingBefore);
  }
  if (filter.parse_parts) {
    Status status = ReadParts(*db_, findings);
    if (!status.ok()) return status;
  }
  return findings;
}

}  // namespace afstem
