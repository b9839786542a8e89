// Loading the report's data from SQLite (report_data.h).

#include "ingest/report/report_data.h"

#include <functional>
#include <unordered_map>

namespace afstem {
namespace {

using RowHandler = std::function<void(const sql::Statement&)>;

// Runs `query` and hands every row to `handle`.
Status ForEachRow(sql::Database& db, const char* query, const RowHandler& handle) {
  auto statement = db.Prepare(query);
  if (!statement.ok()) return statement.status();
  while (true) {
    auto step = statement.value()->Step();
    if (!step.ok()) return step.status();
    if (!step.value()) return Status::Ok();
    handle(*statement.value());
  }
}

std::optional<std::int64_t> OptionalInt(const sql::Statement& row, int column) {
  if (row.ColumnIsNull(column)) return std::nullopt;
  return row.ColumnInt(column);
}

// Columns `first`..`first + 3` as a box, when none of them is NULL.
std::optional<Box> OptionalBox(const sql::Statement& row, int first) {
  for (int column = first; column < first + 4; ++column) {
    if (row.ColumnIsNull(column)) return std::nullopt;
  }
  return Box{row.ColumnDouble(first), row.ColumnDouble(first + 1), row.ColumnDouble(first + 2),
             row.ColumnDouble(first + 3)};
}

constexpr char kDocumentsQuery[] =
    "SELECT id, file_name, path, sha256, status, coalesce(error, ''), coalesce(diagnostics, ''), "
    "coalesce(title, ''), coalesce(author, ''), coalesce(subject, ''), coalesce(creator, ''), "
    "coalesce(producer, ''), coalesce(created_at, ''), coalesce(modified_at, ''), "
    "coalesce(imported_at, ''), coalesce(pdf_version, ''), file_size, page_count "
    "FROM documents ORDER BY file_name COLLATE da, id";

ReportDocument DocumentFromRow(const sql::Statement& row) {
  ReportDocument document;
  document.id = row.ColumnInt(0);
  document.file_name = row.ColumnText(1);
  document.path = row.ColumnText(2);
  document.sha256 = row.ColumnText(3);
  document.status = row.ColumnText(4);
  document.error = row.ColumnText(5);
  document.diagnostics = row.ColumnText(6);
  document.title = row.ColumnText(7);
  document.author = row.ColumnText(8);
  document.subject = row.ColumnText(9);
  document.creator = row.ColumnText(10);
  document.producer = row.ColumnText(11);
  document.created_at = row.ColumnText(12);
  document.modified_at = row.ColumnText(13);
  document.imported_at = row.ColumnText(14);
  document.pdf_version = row.ColumnText(15);
  document.file_size = OptionalInt(row, 16);
  document.page_count = OptionalInt(row, 17);
  return document;
}

// The documents being loaded, found by id.
class DocumentIndex {
 public:
  explicit DocumentIndex(std::vector<ReportDocument>& documents) : documents_(documents) {
    for (std::size_t i = 0; i < documents.size(); ++i) at_[documents[i].id] = i;
  }
  // nullptr for an id with no document (the foreign keys make it rare).
  ReportDocument* Find(std::int64_t id) {
    auto found = at_.find(id);
    return found == at_.end() ? nullptr : &documents_[found->second];
  }

 private:
  std::vector<ReportDocument>& documents_;
  std::unordered_map<std::int64_t, std::size_t> at_;
};

Status LoadPaths(sql::Database& db, DocumentIndex& index) {
  return ForEachRow(
      db,
      "SELECT f.document_id, f.path FROM document_files f JOIN documents d ON d.id = f.document_id "
      "ORDER BY f.document_id, f.path <> d.path, f.rowid",
      [&](const sql::Statement& row) {
        if (ReportDocument* document = index.Find(row.ColumnInt(0))) document->paths.push_back(row.ColumnText(1));
      });
}

// One row per initiative and year (LEFT JOIN: an initiative without
// allocations still gets its row, with a NULL sum).
Status LoadInitiatives(sql::Database& db, DocumentIndex& index) {
  return ForEachRow(
      db,
      "SELECT i.document_id, i.id, coalesce(i.ordinal, ''), i.title, i.page, a.year, sum(a.amount_dkk) "
      "FROM initiatives i LEFT JOIN allocations a ON a.initiative_id = i.id "
      "GROUP BY i.id, a.year ORDER BY i.document_id, i.title COLLATE da, i.id, a.year",
      [&](const sql::Statement& row) {
        ReportDocument* document = index.Find(row.ColumnInt(0));
        if (document == nullptr) return;
        const std::int64_t id = row.ColumnInt(1);
        if (document->initiatives.empty() || document->initiatives.back().id != id) {
          document->initiatives.push_back({id, row.ColumnText(2), row.ColumnText(3), OptionalInt(row, 4), {}});
        }
        if (!row.ColumnIsNull(6)) document->initiatives.back().amounts[OptionalInt(row, 5)] = row.ColumnInt(6);
      });
}

constexpr char kFindingsQuery[] =
    "SELECT document_id, id, rule, severity, coalesce(label, ''), coalesce(message, ''), year, "
    "stated_dkk, computed_dkk, difference_dkk, page, tolerance_dkk, x0, y0, x1, y1 FROM findings "
    "ORDER BY document_id, CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
    "page IS NULL, page, id";

Status LoadFindings(sql::Database& db, DocumentIndex& index) {
  return ForEachRow(db, kFindingsQuery, [&](const sql::Statement& row) {
    ReportDocument* document = index.Find(row.ColumnInt(0));
    if (document == nullptr) return;
    ReportFinding finding;
    finding.id = row.ColumnInt(1);
    finding.rule = row.ColumnText(2);
    finding.severity = row.ColumnText(3);
    finding.label = row.ColumnText(4);
    finding.message = row.ColumnText(5);
    finding.year = OptionalInt(row, 6);
    finding.stated_dkk = OptionalInt(row, 7);
    finding.computed_dkk = OptionalInt(row, 8);
    finding.difference_dkk = OptionalInt(row, 9);
    finding.page = OptionalInt(row, 10);
    if (!row.ColumnIsNull(11)) finding.tolerance_dkk = row.ColumnDouble(11);
    finding.box = OptionalBox(row, 12);
    document->findings.push_back(std::move(finding));
  });
}

// The parts JSON, element by element: {"label", "amount_dkk", "text",
// "precision_dkk", "page", "box": [x0, y0, x1, y1]}. Invalid JSON reads as
// no parts rather than failing the query.
constexpr char kPartsQuery[] =
    "SELECT f.id, coalesce(json_extract(p.value, '$.label'), ''), "
    "coalesce(json_extract(p.value, '$.text'), ''), json_extract(p.value, '$.amount_dkk'), "
    "json_extract(p.value, '$.page'), json_extract(p.value, '$.box[0]'), "
    "json_extract(p.value, '$.box[1]'), json_extract(p.value, '$.box[2]'), "
    "json_extract(p.value, '$.box[3]') FROM findings f, "
    "json_each(CASE WHEN json_valid(f.parts) AND json_type(f.parts) = 'array' THEN f.parts ELSE '[]' END) p "
    "WHERE json_type(p.value) = 'object' ORDER BY f.id, p.key";

Status LoadParts(sql::Database& db, std::vector<ReportDocument>& documents) {
  std::unordered_map<std::int64_t, ReportFinding*> findings;
  for (ReportDocument& document : documents) {
    for (ReportFinding& finding : document.findings) findings[finding.id] = &finding;
  }
  return ForEachRow(db, kPartsQuery, [&](const sql::Statement& row) {
    auto found = findings.find(row.ColumnInt(0));
    if (found == findings.end()) return;
    ReportFindingPart part;
    part.label = row.ColumnText(1);
    part.text = row.ColumnText(2);
    part.amount_dkk = OptionalInt(row, 3);
    part.page = OptionalInt(row, 4);
    part.box = OptionalBox(row, 5);
    found->second->parts.push_back(std::move(part));
  });
}

}  // namespace

SeverityCounts CountSeverities(const std::vector<ReportFinding>& findings) {
  SeverityCounts counts;
  for (const ReportFinding& finding : findings) {
    if (finding.severity == "error") {
      ++counts.errors;
    } else if (finding.severity == "warning") {
      ++counts.warnings;
    } else {
      ++counts.infos;
    }
  }
  return counts;
}

Result<ReportData> LoadReportData(sql::Database& db) {
  ReportData data;
  Status status = ForEachRow(db, kDocumentsQuery, [&](const sql::Statement& row) {
    data.documents.push_back(DocumentFromRow(row));
  });
  if (!status.ok()) return status;
  DocumentIndex index(data.documents);
  if (status = LoadPaths(db, index); !status.ok()) return status;
  if (status = LoadInitiatives(db, index); !status.ok()) return status;
  if (status = LoadFindings(db, index); !status.ok()) return status;
  if (status = LoadParts(db, data.documents); !status.ok()) return status;
  return data;
}

}  // namespace afstem
