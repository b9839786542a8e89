// Findings rows (findings_store.h).

#include "schema/store/findings_store.h"

#include "schema/model/json_text.h"

namespace afstem {
namespace {

std::int64_t IdAt(const std::vector<std::int64_t>& ids, int index) {
  return ids.at(static_cast<std::size_t>(index));
}

// [{"label":…,"amount_dkk":…,"text":…,"precision_dkk":…,"page":…,"box":[x0,y0,x1,y1]}]
std::string PartsJson(const std::vector<FindingPart>& parts) {
  Json json = Json::array();
  for (const FindingPart& part : parts) {
    Json item = {{"label", part.label},
                 {"amount_dkk", part.amount_dkk ? Json(*part.amount_dkk) : Json()},
                 {"text", part.text},
                 {"precision_dkk", part.precision_dkk}};
    const bool placed = part.page > 0;
    item["page"] = placed ? Json(part.page) : Json();
    item["box"] = placed ? JsonBox(part.box.x0, part.box.y0, part.box.x1, part.box.y1) : Json();
    json.push_back(std::move(item));
  }
  return JsonText(json);
}

}  // namespace

Status InsertFindings(sql::Database& db, std::int64_t document_id,
                      const std::vector<Finding>& findings, const MoneyRowIds& ids) {
  auto insert = db.Cached(
      "INSERT INTO findings (document_id, rule, severity, year, stated_dkk, computed_dkk, "
      "difference_dkk, tolerance_dkk, label, message, page, x0, y0, x1, y1, table_id, table_row, "
      "table_column, stated_total_id, parts, parameters) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  sql::Statement& row = *insert.value();
  for (const Finding& finding : findings) {
    row.Bind(1, document_id).Bind(2, ToString(finding.rule));
    row.Bind(3, ToString(finding.severity));
    row.Bind(4, finding.year ? std::optional<std::int64_t>(*finding.year) : std::nullopt);
    row.Bind(5, finding.stated_dkk);
    row.Bind(6, finding.computed_dkk);
    if (finding.stated_dkk && finding.computed_dkk) {
      row.Bind(7, *finding.stated_dkk - *finding.computed_dkk).Bind(8, finding.tolerance_dkk);
    } else {
      row.BindNull(7).BindNull(8);
    }
    row.Bind(9, std::string_view(finding.label)).Bind(10, std::string_view(finding.message));
    if (finding.page > 0) {
      row.Bind(11, std::int64_t{finding.page});
      row.Bind(12, finding.box.x0).Bind(13, finding.box.y0).Bind(14, finding.box.x1).Bind(15, finding.box.y1);
    } else {
      for (int i = 11; i <= 15; ++i) row.BindNull(i);
    }
    if (finding.table >= 0) {
      row.Bind(16, IdAt(ids.tables, finding.table));
    } else {
      row.BindNull(16);
    }
    row.Bind(17, finding.row >= 0 ? std::optional<std::int64_t>(finding.row + 1) : std::nullopt);
    row.Bind(18,
                 finding.column >= 0 ? std::optional<std::int64_t>(finding.column + 1) : std::nullopt);
    if (finding.stated_total >= 0) {
      row.Bind(19, IdAt(ids.stated_totals, finding.stated_total));
    } else {
      row.BindNull(19);
    }
    row.Bind(20, std::string_view(PartsJson(finding.parts)));
    row.Bind(21, std::string_view(finding.parameters.empty() ? "{}" : finding.parameters));
    Status status = row.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status ReplaceFindings(sql::Database& db, std::int64_t document_id,
                       const std::vector<Finding>& findings, const MoneyRowIds& ids) {
  auto transaction = sql::Transaction::Begin(db);
  if (!transaction.ok()) return transaction.status();
  auto remove = db.Prepare("DELETE FROM findings WHERE document_id = ?");
  if (!remove.ok()) return remove.status();
  remove.value()->Bind(1, document_id);
  Status status = remove.value()->Run();
  if (status.ok()) status = InsertFindings(db, document_id, findings, ids);
  if (status.ok()) status = transaction.value()->Commit();
  return status;
}

}  // namespace afstem
