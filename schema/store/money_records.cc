// Money records of a stored document (money_records.h).

#include "schema/store/money_records.h"

#include <map>
#include <optional>

#include "schema/store/word_blob.h"

namespace afstem {
namespace {

// Reads a stored word of vocabulary E (schema/model/vocabulary.h) into `value`;
// an error for a word the vocabulary does not have.
template <typename E>
Status ReadTerm(const std::string& text, E& value) {
  const std::optional<E> found = FromString<E>(text);
  if (!found) {
    return Status::Corruption("unknown " + std::string(Vocabulary<E>::kName) + " '" + text + "' in the store");
  }
  value = *found;
  return Status::Ok();
}

// Page and box from five columns starting at `first`; page 0 when NULL.
void ReadPlace(const sql::Statement& row, int first, int& page, Box& box) {
  if (row.ColumnIsNull(first)) {
    page = 0;
    return;
  }
  page = static_cast<int>(row.ColumnInt(first));
  box = Box{row.ColumnDouble(first + 1), row.ColumnDouble(first + 2), row.ColumnDouble(first + 3),
            row.ColumnDouble(first + 4)};
}

// Runs `sql` with the document id bound and calls `on_row` for each row.
template <typename OnRow>
Status ForEachRow(sql::Database& db, const char* sql, std::int64_t id, OnRow on_row) {
  auto statement = db.Prepare(sql);
  if (!statement.ok()) return statement.status();
  sql::Statement& query = *statement.value();
  query.Bind(1, id);
  while (true) {
    auto step = query.Step();
    if (!step.ok()) return step.status();
    if (!step.value()) return Status::Ok();
    Status status = on_row(query);
    if (!status.ok()) return status;
  }
}

class Loader {
 public:
  Loader(sql::Database& db, std::int64_t document_id) : db_(db), document_id_(document_id) {}

  Result<StoredMoneyRecords> Run() {
    Status status = LoadPagesAndDiagnostics();
    if (status.ok()) status = LoadTables();
    if (status.ok()) status = LoadInitiatives();
    if (status.ok()) status = LoadAllocations();
    if (status.ok()) status = LoadStatedTotals();
    if (status.ok()) status = LoadProseAmounts();
    if (!status.ok()) return status;
    return std::move(result_);
  }

 private:
  // Pages with their words and kinds (for no_text_layer) and the PDF
  // libraries' diagnostics (for damaged_pdf).
  Status LoadPagesAndDiagnostics() {
    Status status = ForEachRow(
        db_, "SELECT page_number, width_pt, height_pt, words, kind, text_source, ocr_rotation FROM pages "
        "WHERE document_id = ? ORDER BY page_number",
        document_id_, [&](const sql::Statement& row) {
          Page page;
          page.number = static_cast<int>(row.ColumnInt(0));
          page.width = row.ColumnDouble(1);
          page.height = row.ColumnDouble(2);
          auto words = DecodeWordBlob(row.ColumnBlob(3));
          if (!words.ok()) return words.status();
          page.words = std::move(words).value();
          Status read = ReadTerm(row.ColumnText(4), page.kind);
          if (read.ok()) read = ReadTerm(row.ColumnText(5), page.text_source);
          if (!read.ok()) return read;
          page.ocr_rotation = static_cast<int>(row.ColumnInt(6));
          result_.records.pages.push_back(std::move(page));
          return Status::Ok();
        });
    if (!status.ok()) return status;
    return ForEachRow(db_, "SELECT coalesce(diagnostics, '') FROM documents WHERE id = ?", document_id_,
                      [&](const sql::Statement& row) {
                        std::string text = row.ColumnText(0);
                        std::size_t start = 0;
                        while (start < text.size()) {
                          std::size_t end = text.find('\n', start);
                          if (end == std::string::npos) end = text.size();
                          result_.records.diagnostics.push_back(text.substr(start, end - start));
                          start = end + 1;
                        }
                        return Status::Ok();
                      });
  }

  Status LoadTables() {
    Status status = ForEachRow(
        db_,
        "SELECT id, first_page, last_page, x0, y0, x1, y1, column_count, row_count, "
        "coalesce(caption, ''), unit, unit_dkk, unit_source, unit_note "
        "FROM tables WHERE document_id = ? ORDER BY ordinal",
        document_id_, [&](const sql::Statement& row) {
          Table table;
          table.first_page = static_cast<int>(row.ColumnInt(1));
          table.last_page = static_cast<int>(row.ColumnInt(2));
          table.box = Box{row.ColumnDouble(3), row.ColumnDouble(4), row.ColumnDouble(5), row.ColumnDouble(6)};
          table.columns.resize(static_cast<std::size_t>(row.ColumnInt(7)));
          table.rows.resize(static_cast<std::size_t>(row.ColumnInt(8)));
          for (TableRow& table_row : table.rows) table_row.cells.resize(table.columns.size());
          table.caption = row.ColumnText(9);
          table.unit = row.ColumnText(10);
          table.unit_dkk = row.ColumnInt(11);
          Status read = ReadTerm(row.ColumnText(12), table.unit_source);
          if (!read.ok()) return read;
          table.unit_note = row.ColumnText(13);
          table_index_[row.ColumnInt(0)] = static_cast<int>(result_.records.tables.size());
          result_.ids.tables.push_back(row.ColumnInt(0));
          result_.records.tables.push_back(std::move(table));
          return Status::Ok();
        });
    if (!status.ok()) return status;
    for (std::size_t t = 0; t < result_.records.tables.size(); ++t) {
      status = LoadTableParts(result_.ids.tables[t], result_.records.tables[t]);
      if (!status.ok()) return status;
    }
    return Status::Ok();
  }

  Status LoadTableParts(std::int64_t table_id, Table& table) {
    std::size_t columns_found = 0;
    Status status = ForEachRow(db_, "SELECT column, header, role, year FROM table_columns WHERE table_id = ?",
                               table_id, [&](const sql::Statement& row) {
                                 const auto c = static_cast<std::size_t>(row.ColumnInt(0) - 1);
                                 if (c >= table.columns.size()) return Status::Corruption("table column out of range");
                                 table.columns[c].header = row.ColumnText(1);
                                 Status read = ReadTerm(row.ColumnText(2), table.columns[c].role);
                                 if (!read.ok()) return read;
                                 table.columns[c].year = static_cast<int>(row.ColumnInt(3));
                                 ++columns_found;
                                 return Status::Ok();
                               });
    if (!status.ok()) return status;
    if (columns_found != table.columns.size()) {
      return Status::NotSupported("document " + std::to_string(document_id_) +
                           " was imported before schema version 5 (no column roles); re-import it with "
                           "afstem ingest --force");
    }
    status = ForEachRow(db_, "SELECT row, kind FROM table_rows WHERE table_id = ?", table_id,
                        [&](const sql::Statement& row) {
                          const auto r = static_cast<std::size_t>(row.ColumnInt(0) - 1);
                          if (r >= table.rows.size()) return Status::Corruption("table row out of range");
                          RowKind kind = RowKind::kItem;
                          Status read = ReadTerm(row.ColumnText(1), kind);
                          if (!read.ok()) return read;
                          table.rows[r].is_total = kind == RowKind::kTotal;
                          table.rows[r].is_subset = kind == RowKind::kSubset;
                          return Status::Ok();
                        });
    if (!status.ok()) return status;
    return ForEachRow(
        db_,
        "SELECT row, column, page, x0, y0, x1, y1, text, value, coalesce(problem, '') "
        "FROM table_cells WHERE table_id = ? AND row > 0",
        table_id, [&](const sql::Statement& row) {
          const auto r = static_cast<std::size_t>(row.ColumnInt(0) - 1);
          const auto c = static_cast<std::size_t>(row.ColumnInt(1) - 1);
          if (r >= table.rows.size() || c >= table.columns.size()) {
            return Status::Corruption("table cell out of range");
          }
          TableCell& cell = table.rows[r].cells[c];
          ReadPlace(row, 2, cell.page, cell.box);
          cell.text = row.ColumnText(7);
          if (!row.ColumnIsNull(8)) cell.value = row.ColumnDouble(8);
          cell.problem = row.ColumnText(9);
          return Status::Ok();
        });
  }

  Status LoadInitiatives() {
    return ForEachRow(
        db_,
        "SELECT id, coalesce(ordinal, ''), title, coalesce(funding_source, ''), "
        "coalesce(funding_url, ''), page, x0, y0, x1, y1, origin, table_id, table_row, "
        "coalesce(committee, '') FROM initiatives WHERE document_id = ? ORDER BY id",
        document_id_, [&](const sql::Statement& row) {
          Initiative initiative;
          initiative.ordinal = row.ColumnText(1);
          initiative.title = row.ColumnText(2);
          initiative.funding_source = row.ColumnText(3);
          initiative.funding_url = row.ColumnText(4);
          ReadPlace(row, 5, initiative.page, initiative.box);
          Status read = ReadTerm(row.ColumnText(10), initiative.origin);
          if (!read.ok()) return read;
          if (!row.ColumnIsNull(11)) {
            initiative.table = table_index_.at(row.ColumnInt(11));
            initiative.row = static_cast<int>(row.ColumnInt(12) - 1);
          }
          initiative.committee = row.ColumnText(13);
          initiative_index_[row.ColumnInt(0)] = static_cast<int>(result_.records.initiatives.size());
          result_.records.initiatives.push_back(std::move(initiative));
          return Status::Ok();
        });
  }

  Status LoadAllocations() {
    return ForEachRow(
        db_,
        "SELECT a.initiative_id, a.year, a.amount_dkk, coalesce(a.category, ''), a.origin, a.page, "
        "a.x0, a.y0, a.x1, a.y1, a.unit, a.unit_source, a.year_source, a.precision_dkk, a.round_figure "
        "FROM allocations a JOIN initiatives i ON i.id = a.initiative_id "
        "WHERE i.document_id = ? ORDER BY a.id",
        document_id_, [&](const sql::Statement& row) {
          Allocation allocation;
          allocation.initiative = initiative_index_.at(row.ColumnInt(0));
          allocation.year = static_cast<int>(row.ColumnInt(1));
          allocation.amount_dkk = row.ColumnInt(2);
          allocation.category = row.ColumnText(3);
          Status read = ReadTerm(row.ColumnText(4), allocation.origin);
          if (!read.ok()) return read;
          ReadPlace(row, 5, allocation.page, allocation.box);
          allocation.unit = row.ColumnText(10);
          read = ReadTerm(row.ColumnText(11), allocation.unit_source);
          if (read.ok()) read = ReadTerm(row.ColumnText(12), allocation.year_source);
          if (!read.ok()) return read;
          allocation.precision_dkk = row.ColumnDouble(13);
          allocation.round_figure = row.ColumnInt(14) != 0;
          result_.records.allocations.push_back(std::move(allocation));
          return Status::Ok();
        });
  }

  Status LoadStatedTotals() {
    std::map<std::int64_t, int> total_index;
    Status status = ForEachRow(
        db_,
        "SELECT id, scope, label, year, amount_dkk, page, x0, y0, x1, y1, table_id, table_row, "
        "table_column, precision_dkk, round_figure FROM stated_totals WHERE document_id = ? ORDER BY id",
        document_id_, [&](const sql::Statement& row) {
          StatedTotal total;
          Status read = ReadTerm(row.ColumnText(1), total.scope);
          if (!read.ok()) return read;
          total.label = row.ColumnText(2);
          if (!row.ColumnIsNull(3)) total.year = static_cast<int>(row.ColumnInt(3));
          total.amount_dkk = row.ColumnInt(4);
          ReadPlace(row, 5, total.page, total.box);
          if (!row.ColumnIsNull(10)) {
            total.table = table_index_.at(row.ColumnInt(10));
            total.row = static_cast<int>(row.ColumnInt(11) - 1);
            total.column = row.ColumnIsNull(12) ? -1 : static_cast<int>(row.ColumnInt(12) - 1);
          }
          total.precision_dkk = row.ColumnDouble(13);
          total.round_figure = row.ColumnInt(14) != 0;
          total_index[row.ColumnInt(0)] = static_cast<int>(result_.records.stated_totals.size());
          result_.ids.stated_totals.push_back(row.ColumnInt(0));
          result_.records.stated_totals.push_back(std::move(total));
          return Status::Ok();
        });
    if (!status.ok()) return status;
    return ForEachRow(
        db_,
        "SELECT p.stated_total_id, p.initiative_id FROM stated_total_parts p "
        "JOIN stated_totals s ON s.id = p.stated_total_id WHERE s.document_id = ? "
        "ORDER BY p.stated_total_id, p.initiative_id",
        document_id_, [&](const sql::Statement& row) {
          StatedTotal& total =
              result_.records.stated_totals[static_cast<std::size_t>(total_index.at(row.ColumnInt(0)))];
          total.parts.push_back(initiative_index_.at(row.ColumnInt(1)));
          return Status::Ok();
        });
  }

  Status LoadProseAmounts() {
    return ForEachRow(
        db_,
        "SELECT page, x0, y0, x1, y1, text, sentence, amount_dkk, unit, implausible, role "
        "FROM prose_amounts WHERE document_id = ? ORDER BY id",
        document_id_, [&](const sql::Statement& row) {
          ProseMoney money;
          ReadPlace(row, 0, money.page, money.box);
          money.text = row.ColumnText(5);
          money.sentence = row.ColumnText(6);
          money.amount_dkk = row.ColumnInt(7);
          money.unit = row.ColumnText(8);
          money.implausible = row.ColumnInt(9) != 0;
          Status read = ReadTerm(row.ColumnText(10), money.role);
          if (!read.ok()) return read;
          result_.records.prose_money.push_back(std::move(money));
          return Status::Ok();
        });
  }

  sql::Database& db_;
  std::int64_t document_id_;
  StoredMoneyRecords result_;
  std::map<std::int64_t, int> table_index_;
  std::map<std::int64_t, int> initiative_index_;
};

}  // namespace

Result<StoredMoneyRecords> LoadMoneyRecords(sql::Database& db, std::int64_t document_id) {
  return Loader(db, document_id).Run();
}

}  // namespace afstem
