// Tables and money rows of one document (table_rows_store.h).

#include "schema/store/table_rows_store.h"

#include "schema/model/json_text.h"

#include <vector>

namespace afstem {
namespace {

std::string JsonHeader(const Table& table) {
  Json json = Json::array();
  for (const auto& column : table.columns) json.push_back(column.header);
  return JsonText(json);
}

// Binds page and box, or NULLs when the value has no place (page 0).
void BindPlace(sql::Statement& statement, int first, int page, const Box& box) {
  if (page == 0) {
    for (int i = 0; i < 5; ++i) statement.BindNull(first + i);
    return;
  }
  statement.Bind(first, std::int64_t{page});
  statement.Bind(first + 1, box.x0).Bind(first + 2, box.y0);
  statement.Bind(first + 3, box.x1).Bind(first + 4, box.y1);
}

void BindText(sql::Statement& statement, int index, const std::string& text) {
  if (text.empty()) {
    statement.BindNull(index);
  } else {
    statement.Bind(index, std::string_view(text));
  }
}

Status InsertTableStructure(sql::Statement& columns, sql::Statement& rows, std::int64_t table_id,
                            const Table& table) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const TableColumn& column = table.columns[c];
    columns.Bind(1, table_id).Bind(2, static_cast<std::int64_t>(c + 1));
    columns.Bind(3, std::string_view(column.header)).Bind(4, ToString(column.role));
    if (column.role == ColumnRole::kYear) {
      columns.Bind(5, std::int64_t{column.year});
    } else {
      columns.BindNull(5);
    }
    Status status = columns.Run();
    if (!status.ok()) return status;
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    rows.Bind(1, table_id).Bind(2, static_cast<std::int64_t>(r + 1));
    const TableRow& row = table.rows[r];
    rows.Bind(3, ToString(KindOf(row)));
    Status status = rows.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

Status InsertTablesAndMoney(sql::Database& db, std::int64_t document_id,
                            const ExtractedDocument& document, MoneyRowIds& ids) {
  auto tables = db.Cached(
      "INSERT INTO tables (document_id, ordinal, first_page, last_page, x0, y0, x1, y1, "
      "column_count, row_count, header, caption, unit, unit_dkk, unit_source, unit_note) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto cells = db.Cached(
      "INSERT INTO table_cells (table_id, row, column, page, x0, y0, x1, y1, text, value, "
      "problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto initiatives = db.Cached(
      "INSERT INTO initiatives (document_id, ordinal, title, funding_source, funding_url, "
      "page, x0, y0, x1, y1, origin, table_id, table_row, committee, section_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto columns = db.Cached(
      "INSERT INTO table_columns (table_id, column, header, role, year) VALUES (?, ?, ?, ?, ?)");
  auto rows = db.Cached("INSERT INTO table_rows (table_id, row, kind) VALUES (?, ?, ?)");
  auto allocations = db.Cached(
      "INSERT INTO allocations (initiative_id, year, amount_dkk, category, origin, page, "
      "x0, y0, x1, y1, unit, unit_source, year_source, precision_dkk, round_figure, basis) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto parts = db.Cached(
      "INSERT OR IGNORE INTO stated_total_parts (stated_total_id, initiative_id) VALUES (?, ?)");
  auto money = db.Cached(
      "INSERT INTO prose_amounts (document_id, page, x0, y0, x1, y1, text, sentence, "
      "amount_dkk, unit, implausible, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto totals = db.Cached(
      "INSERT INTO stated_totals (document_id, scope, label, year, amount_dkk, page, x0, "
      "y0, x1, y1, table_id, table_row, table_column, precision_dkk, round_figure, basis) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (auto* statement :
       {&tables, &cells, &columns, &rows, &initiatives, &allocations, &totals, &parts, &money}) {
    if (!statement->ok()) return statement->status();
  }
  std::vector<std::int64_t>& table_ids = ids.tables;
  table_ids.clear();
  ids.stated_totals.clear();
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    const Table& table = document.tables[t];
    sql::Statement& insert = *tables.value();
    insert.Bind(1, document_id).Bind(2, static_cast<std::int64_t>(t + 1));
    insert.Bind(3, std::int64_t{table.first_page}).Bind(4, std::int64_t{table.last_page});
    insert.Bind(5, table.box.x0).Bind(6, table.box.y0).Bind(7, table.box.x1).Bind(8, table.box.y1);
    insert.Bind(9, static_cast<std::int64_t>(table.columns.size()));
    insert.Bind(10, static_cast<std::int64_t>(table.rows.size()));
    insert.Bind(11, std::string_view(JsonHeader(table)));
    BindText(insert, 12, table.caption);
    insert.Bind(13, std::string_view(table.unit)).Bind(14, table.unit_dkk);
    insert.Bind(15, ToString(table.unit_source)).Bind(16, std::string_view(table.unit_note));
    Status status = insert.Run();
    if (!status.ok()) return status;
    const std::int64_t table_id = db.LastInsertRowId();
    table_ids.push_back(table_id);
    status = InsertTableStructure(*columns.value(), *rows.value(), table_id, table);
    if (!status.ok()) return status;
    sql::Statement& add = *cells.value();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const TableColumn& column = table.columns[c];
      add.Bind(1, table_id).Bind(2, std::int64_t{0}).Bind(3, static_cast<std::int64_t>(c + 1));
      BindPlace(add, 4, column.header_page, column.header_box);
      add.Bind(9, std::string_view(column.header)).BindNull(10).BindNull(11);
      status = add.Run();
      if (!status.ok()) return status;
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const TableCell& cell = table.rows[r].cells[c];
        add.Bind(1, table_id).Bind(2, static_cast<std::int64_t>(r + 1));
        add.Bind(3, static_cast<std::int64_t>(c + 1));
        BindPlace(add, 4, cell.page, cell.box);
        add.Bind(9, std::string_view(cell.text));
        if (cell.value) {
          add.Bind(10, *cell.value);
        } else {
          add.BindNull(10);
        }
        BindText(add, 11, cell.problem);
        status = add.Run();
        if (!status.ok()) return status;
      }
    }
  }
  std::vector<std::int64_t> initiative_ids;
  for (const Initiative& initiative : document.initiatives) {
    sql::Statement& insert = *initiatives.value();
    insert.Bind(1, document_id);
    BindText(insert, 2, initiative.ordinal);
    insert.Bind(3, std::string_view(initiative.title));
    BindText(insert, 4, initiative.funding_source);
    BindText(insert, 5, initiative.funding_url);
    BindPlace(insert, 6, initiative.page, initiative.box);
    insert.Bind(11, ToString(initiative.origin));
    if (initiative.table >= 0) {
      insert.Bind(12, table_ids.at(static_cast<std::size_t>(initiative.table)));
      insert.Bind(13, static_cast<std::int64_t>(initiative.row + 1));
    } else {
      insert.BindNull(12).BindNull(13);
    }
    BindText(insert, 14, initiative.committee);
    if (initiative.section >= 0) {
      insert.Bind(15, ids.sections.at(static_cast<std::size_t>(initiative.section)));
    } else {
      insert.BindNull(15);
    }
    Status status = insert.Run();
    if (!status.ok()) return status;
    initiative_ids.push_back(db.LastInsertRowId());
  }
  for (const Allocation& allocation : document.allocations) {
    sql::Statement& insert = *allocations.value();
    insert.Bind(1, initiative_ids.at(static_cast<std::size_t>(allocation.initiative)));
    insert.Bind(2, std::int64_t{allocation.year}).Bind(3, allocation.amount_dkk);
    BindText(insert, 4, allocation.category);
    insert.Bind(5, ToString(allocation.origin));
    BindPlace(insert, 6, allocation.page, allocation.box);
    insert.Bind(11, std::string_view(allocation.unit)).Bind(12, ToString(allocation.unit_source));
    insert.Bind(13, ToString(allocation.year_source));
    insert.Bind(14, allocation.precision_dkk).Bind(15, std::int64_t{allocation.round_figure ? 1 : 0});
    insert.Bind(16, ToString(allocation.basis));
    Status status = insert.Run();
    if (!status.ok()) return status;
  }
  for (const StatedTotal& total : document.stated_totals) {
    sql::Statement& insert = *totals.value();
    insert.Bind(1, document_id).Bind(2, ToString(total.scope));
    insert.Bind(3, std::string_view(total.label));
    if (total.year) {
      insert.Bind(4, std::int64_t{*total.year});
    } else {
      insert.BindNull(4);
    }
    insert.Bind(5, total.amount_dkk);
    BindPlace(insert, 6, total.page, total.box);
    if (total.table >= 0) {
      insert.Bind(11, table_ids.at(static_cast<std::size_t>(total.table)));
      insert.Bind(12, static_cast<std::int64_t>(total.row + 1));
      insert.Bind(13, static_cast<std::int64_t>(total.column + 1));
    } else {
      insert.BindNull(11).BindNull(12).BindNull(13);
    }
    insert.Bind(14, total.precision_dkk).Bind(15, std::int64_t{total.round_figure ? 1 : 0});
    insert.Bind(16, ToString(total.basis));
    Status status = insert.Run();
    if (!status.ok()) return status;
    const std::int64_t total_id = db.LastInsertRowId();
    ids.stated_totals.push_back(total_id);
    for (int part : total.parts) {
      sql::Statement& add = *parts.value();
      add.Bind(1, total_id).Bind(2, initiative_ids.at(static_cast<std::size_t>(part)));
      status = add.Run();
      if (!status.ok()) return status;
    }
  }
  for (const ProseMoney& found : document.prose_money) {
    sql::Statement& insert = *money.value();
    insert.Bind(1, document_id).Bind(2, std::int64_t{found.page});
    insert.Bind(3, found.box.x0).Bind(4, found.box.y0).Bind(5, found.box.x1).Bind(6, found.box.y1);
    insert.Bind(7, std::string_view(found.text)).Bind(8, std::string_view(found.sentence));
    insert.Bind(9, found.amount_dkk).Bind(10, std::string_view(found.unit));
    insert.Bind(11, std::int64_t{found.implausible ? 1 : 0}).Bind(12, ToString(found.role));
    Status status = insert.Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace afstem
