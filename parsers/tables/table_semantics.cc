// Table semantics (table_semantics.h).

#include "parsers/tables/table_semantics.h"

#include <cmath>

#include "parsers/money/table_number.h"
#include "parsers/structure/structure_rules.h"
#include "parsers/tables/table_levels.h"

namespace afstem {
namespace {

// The label without its ordinal: "12. Etablering af …" -> "Etablering af …".
std::string TitleWithoutOrdinal(const std::string& label, const std::string& ordinal) {
  if (ordinal.empty()) return label;
  std::size_t at = label.find(ordinal);
  if (at == std::string::npos) return label;
  at += ordinal.size();
  while (at < label.size() && (label[at] == '.' || label[at] == ')' || label[at] == ' ')) ++at;
  return label.substr(at);
}

// The URI of the first link overlapping the cell on its page.
std::string LinkOf(const TableCell& cell, const std::vector<Link>& links) {
  if (cell.page == 0) return "";
  for (const Link& link : links) {
    if (link.page == cell.page && link.box.Overlaps(cell.box)) return link.uri;
  }
  return "";
}

void ParseValues(Table& table) {
  for (TableRow& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      TableCell& cell = row.cells[c];
      if (!IsNumberColumn(table.columns[c]) || cell.text.empty()) continue;
      ParsedNumber number = ParseTableNumber(cell.text);
      if (!number.error.empty()) {
        cell.problem = number.error;
      } else if (!number.empty) {
        cell.value = number.value;
      }
    }
  }
}

void FindUnit(Table& table, const TableRules& rules) {
  for (const TableColumn& column : table.columns) {
    if (auto unit = rules.StatedUnit(column.header)) {
      table.unit = std::string(unit->name);
      table.unit_dkk = unit->dkk;
      table.unit_source = Basis::kStated;
      table.unit_note = "header: " + column.header;
      return;
    }
  }
  if (auto unit = rules.StatedUnit(table.caption)) {
    table.unit = std::string(unit->name);
    table.unit_dkk = unit->dkk;
    table.unit_source = Basis::kStated;
    table.unit_note = "caption: " + table.caption;
    return;
  }
  if (auto unit = rules.StatedUnit(table.page_unit_text)) {
    table.unit = std::string(unit->name);
    table.unit_dkk = unit->dkk;
    table.unit_source = Basis::kStated;
    table.unit_note = "page: " + table.page_unit_text;
    return;
  }
  TableUnit unit = InferUnit(table, table.unit_note);
  table.unit = std::string(unit.name);
  table.unit_dkk = unit.dkk;
  table.unit_source = Basis::kInferred;
}

}  // namespace

std::optional<PrintedAmount> CellAmount(const TableCell& cell, std::int64_t unit_dkk) {
  if (!cell.value) return std::nullopt;
  const ParsedNumber number = ParseTableNumber(cell.text);
  return PrintedAmount{std::llround(*cell.value * static_cast<double>(unit_dkk)),
                       PrecisionDkk(number.decimals, unit_dkk), false};
}

TableUnit InferUnit(const Table& table, std::string& note) {
  bool decimals = false;
  bool all_two_decimals = true;  // "31.600,00", "-227,90": kroner and øre
  double largest = 0;
  int values = 0;
  for (const TableRow& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const TableCell& cell = row.cells[c];
      if (!cell.value) continue;
      ++values;
      largest = std::max(largest, std::fabs(*cell.value));
      const int places = ParseTableNumber(cell.text).decimals;
      if (places > 0 || *cell.value != std::floor(*cell.value)) decimals = true;
      if (places != 2) all_two_decimals = false;
    }
  }
  if (decimals && all_two_decimals && largest >= 100) {
    note = "no unit printed; " + std::to_string(values) +
           " values all with two decimals (øre), some of 100 or more: read as " + std::string(kKroner.name);
    return kKroner;
  }
  if (decimals && largest < 1000) {
    note = "no unit printed; " + std::to_string(values) +
           " values with decimals, all below 1.000: read as " + std::string(kMillions.name);
    return kMillions;
  }
  note = "no unit printed; " + std::to_string(values) +
         " whole-number values: read as " + std::string(kThousands.name) +
         ", the usual unit of Danish "
         "municipal budget tables";
  return kThousands;
}

namespace {

// Rows whose figures are not money: a label that says so ("pr. aktie",
// "Kapitalprocent"), or, in a table of whole amounts, a row printed with
// decimals throughout (a ratio among amounts).
void MarkNotMoney(Table& table, const TableRules& rules) {
  int whole = 0, fractional = 0;
  std::vector<std::pair<int, int>> per_row;  // (whole, fractional) per row
  for (const TableRow& row : table.rows) {
    int row_whole = 0, row_fractional = 0;
    for (std::size_t c = 1; c < table.columns.size(); ++c) {
      const TableCell& cell = row.cells[c];
      if (!IsNumberColumn(table.columns[c]) || !cell.value) continue;
      if (ParseTableNumber(cell.text).decimals > 0) {
        ++row_fractional;
      } else if (*cell.value != 0) {
        ++row_whole;
      }
    }
    whole += row_whole;
    fractional += row_fractional;
    per_row.emplace_back(row_whole, row_fractional);
  }
  const bool whole_table = whole >= 4 * std::max(1, fractional);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    TableRow& row = table.rows[r];
    const bool ratio_row = whole_table && per_row[r].second > 0 && per_row[r].first == 0;
    row.not_money = ratio_row || rules.IsNotMoneyLabel(row.cells[0].text);
  }
}

// Whether a table shows its bare years as an account's figures: a bare
// year beside a "Budget" column of the same year ("2021 | 2020 | Budget
// 2021": one year cannot be budgeted twice in one table).
bool BareYearsAreActual(const Table& table, const TableRules& rules) {
  for (const TableColumn& bare : table.columns) {
    if (bare.role != ColumnRole::kYear || rules.HeaderBasis(bare.header)) continue;
    for (const TableColumn& other : table.columns) {
      if (other.role == ColumnRole::kYear && other.year == bare.year &&
          rules.HeaderBasis(other.header) == AmountBasis::kBudget) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void InterpretTables(ExtractedDocument& document, const TableRules& rules) {
  // Bare years mean one thing throughout a document: the figures of an
  // account in annual accounts, or where any table shows them so.
  bool accounts = document.header.kind == kAccountsKind;
  for (const Table& table : document.tables) accounts = accounts || BareYearsAreActual(table, rules);
  const AmountBasis bare_year = accounts ? AmountBasis::kActual : AmountBasis::kBudget;
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    Table& table = document.tables[t];
    ParseValues(table);
    FindUnit(table, rules);
    for (TableColumn& column : table.columns) {
      if (column.role == ColumnRole::kYear) column.basis = rules.HeaderBasis(column.header).value_or(bare_year);
    }
    MarkNotMoney(table, rules);
    for (const TotalReading& reading : ReadTotals(table)) {
      if (reading.inferred) table.rows[static_cast<std::size_t>(reading.row)].is_total = true;
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const TableRow& row = table.rows[r];
      const TableCell& label = row.cells[0];
      if (row.is_total) {
        for (std::size_t c = 1; c < table.columns.size(); ++c) {
          const TableCell& cell = row.cells[c];
          const TableColumn& column = table.columns[c];
          const std::optional<PrintedAmount> amount = CellAmount(cell, table.unit_dkk);
          if (!amount || !IsNumberColumn(column)) continue;
          StatedTotal total;
          total.scope = column.role == ColumnRole::kYear ? TotalScope::kTableColumn : TotalScope::kTableRow;
          total.label = label.text;
          if (column.role == ColumnRole::kYear) {
            total.year = column.year;
            total.basis = column.basis;
          }
          total.amount_dkk = amount->dkk;
          total.precision_dkk = amount->precision_dkk;
          total.page = cell.page;
          total.box = cell.box;
          total.table = static_cast<int>(t);
          total.row = static_cast<int>(r);
          total.column = static_cast<int>(c);
          document.stated_totals.push_back(total);
        }
        continue;
      }
      // "heraf …" breaks down the row above: no initiative or money of its
      // own, or sums over the allocations would count it twice. Ratios and
      // per-share figures are not money.
      if (row.is_subset || row.not_money) continue;
      Initiative initiative;
      initiative.table = static_cast<int>(t);
      initiative.row = static_cast<int>(r);
      initiative.ordinal = rules.Ordinal(label.text);
      initiative.title = TitleWithoutOrdinal(label.text, initiative.ordinal);
      initiative.page = label.page;
      initiative.box = label.box;
      for (std::size_t c = 1; c < table.columns.size(); ++c) {
        if (table.columns[c].role == ColumnRole::kFunding && !row.cells[c].text.empty()) {
          initiative.funding_source = row.cells[c].text;
          initiative.funding_url = LinkOf(row.cells[c], document.links);
        }
      }
      if (initiative.page == 0) {  // no label: take the first filled cell
        for (const TableCell& cell : row.cells) {
          if (cell.page != 0) {
            initiative.page = cell.page;
            initiative.box = cell.box;
            break;
          }
        }
      }
      const int index = static_cast<int>(document.initiatives.size());
      document.initiatives.push_back(initiative);
      for (std::size_t c = 1; c < table.columns.size(); ++c) {
        const TableCell& cell = row.cells[c];
        const TableColumn& column = table.columns[c];
        const std::optional<PrintedAmount> amount = CellAmount(cell, table.unit_dkk);
        if (!amount) continue;
        // A cell printed 0 allocates nothing.
        if (column.role == ColumnRole::kYear && amount->dkk == 0) continue;
        if (column.role == ColumnRole::kYear) {
          Allocation allocation;
          allocation.initiative = index;
          allocation.year = column.year;
          allocation.basis = column.basis;
          allocation.amount_dkk = amount->dkk;
          allocation.precision_dkk = amount->precision_dkk;
          allocation.page = cell.page;
          allocation.box = cell.box;
          allocation.unit = table.unit;
          allocation.unit_source = table.unit_source;
          document.allocations.push_back(allocation);
        } else if (column.role == ColumnRole::kRowTotal) {
          StatedTotal total;
          total.scope = TotalScope::kTableRow;
          total.label = label.text;
          total.amount_dkk = amount->dkk;
          total.precision_dkk = amount->precision_dkk;
          total.page = cell.page;
          total.box = cell.box;
          total.table = static_cast<int>(t);
          total.row = static_cast<int>(r);
          total.column = static_cast<int>(c);
          document.stated_totals.push_back(total);
        }
      }
    }
  }
}

}  // namespace afstem
