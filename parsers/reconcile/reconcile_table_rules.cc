// Table rules: table_column_sum (a year column's rows vs its total row
// cell), table_row_sum (a row's year cells vs its "I alt" cell) and
// table_grand_total (the total row's "I alt" cell vs the total row and vs
// the "I alt" column). Cells are summed with the precision they are printed
// with; an empty cell is nothing, an unreadable one makes the sum incomplete.

#include <cstdlib>
#include <optional>

#include "parsers/reconcile/reconcile_rules.h"
#include "parsers/tables/table_levels.h"
#include "parsers/tables/table_semantics.h"
#include "schema/model/json_text.h"

namespace afstem {
namespace {

int RowTotalColumn(const Table& table) {
  for (std::size_t c = 1; c < table.columns.size(); ++c) {
    if (table.columns[c].role == ColumnRole::kRowTotal) return static_cast<int>(c);
  }
  return -1;
}

// A cell that takes part in a sum: it holds a number, or text that should
// have been one. Empty cells and dashes mean nothing.
bool Counts(const TableCell& cell) { return cell.value || !cell.problem.empty(); }

std::string TableName(const Table& table, int t) {
  return "table " + std::to_string(t + 1) + " (p. " + std::to_string(table.first_page) + ")";
}

std::string RowName(const Table& table, int r) {
  const std::string& label = table.rows[static_cast<std::size_t>(r)].cells[0].text;
  if (label.empty()) return "row " + std::to_string(r + 1);
  return "\"" + Shorten(label, 48) + "\"";
}

// "table 1 (p. 2), \"Samlet\", 2024": the table, the row, the column.
std::string CellLabel(const Table& table, int t, std::size_t r, int c) {
  return TableName(table, t) + ", " + RowName(table, static_cast<int>(r)) + ", " +
         table.columns[static_cast<std::size_t>(c)].header;
}

SumPart CellPart(const Table& table, int r, int c, std::string label) {
  const TableCell& cell = table.rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(c)];
  SumPart part;
  part.label = std::move(label);
  part.amount = CellAmount(cell, table.unit_dkk);
  part.text = cell.text;
  part.page = cell.page;
  part.box = cell.box;
  return part;
}

// The error a failed check of (rule, table, row, column) found, if any;
// column -1 matches any column.
const Finding* FailedCheck(const std::vector<Finding>& findings, Rule rule, int t,
                           int r, int c) {
  for (const Finding& finding : findings) {
    if (finding.rule == rule && finding.severity == Severity::kError && finding.table == t &&
        finding.row == r && (c < 0 || finding.column == c)) {
      return &finding;
    }
  }
  return nullptr;
}

// The reading of total row k (parsers/tables/table_levels.h), or null.
const TotalReading* ReadingOf(const std::vector<TotalReading>& readings, int k) {
  for (const TotalReading& reading : readings) {
    if (reading.row == k) return &reading;
  }
  return nullptr;
}

Json RowNumbers(const std::vector<int>& rows) {
  Json numbers = Json::array();
  for (int r : rows) numbers.push_back(r + 1);
  return numbers;
}

// Checks a total cell against column c over the rows its reading sums,
// with their signs.
void CheckColumnOverReading(SumSubject subject, const Table& table, const TotalReading& reading, int c,
                            const std::vector<Finding>& known, std::optional<Rule> part_rule,
                            std::vector<Finding>& findings) {
  Json signs = Json::array();
  for (int sign : reading.signs) signs.push_back(sign);
  subject.parameters = JsonText({{"unit", table.unit}, {"part_rows", RowNumbers(reading.parts)}, {"signs", signs}});
  std::vector<SumPart> parts;
  for (std::size_t i = 0; i < reading.parts.size(); ++i) {
    const int r = reading.parts[i];
    const TableCell& cell = table.rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(c)];
    if (!Counts(cell)) continue;
    parts.push_back(CellPart(table, r, c, "row " + std::to_string(r + 1)));
    if (reading.signs[i] < 0 && parts.back().amount) {
      parts.back().amount->dkk = -parts.back().amount->dkk;
      parts.back().label += " (subtracted)";
    }
    if (part_rule) MarkOwnError(parts.back(), FailedCheck(known, *part_rule, subject.table, r, -1));
  }
  CheckSum(subject, parts, findings);
}

// A total whose parts could not be told: one info finding, no check.
void NoteUnchecked(const Table& table, int t, const TotalReading& reading, Rule rule, std::vector<Finding>& findings) {
  Finding finding;
  finding.rule = rule;
  finding.severity = Severity::kInfo;
  finding.label = TableName(table, t) + ", " + RowName(table, reading.row);
  finding.message = "total not checked: " + reading.why + ".";
  const TableRow& row = table.rows[static_cast<std::size_t>(reading.row)];
  for (const TableCell& cell : row.cells) {
    if (cell.page != 0) {
      finding.page = cell.page;
      finding.box = cell.box;
      break;
    }
  }
  finding.table = t;
  finding.row = reading.row;
  finding.parameters = JsonText({{"unit", table.unit}, {"checked", false}});
  findings.push_back(std::move(finding));
}

SumSubject TotalCellSubject(const ExtractedDocument& document, int t, int r, int c,
                            Rule rule, std::string label, std::string parts_noun) {
  const Table& table = document.tables[static_cast<std::size_t>(t)];
  const TableCell& cell = table.rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(c)];
  SumSubject subject;
  subject.rule = rule;
  subject.label = std::move(label);
  if (table.columns[static_cast<std::size_t>(c)].role == ColumnRole::kYear) {
    subject.year = table.columns[static_cast<std::size_t>(c)].year;
  }
  subject.total = *CellAmount(cell, table.unit_dkk);
  subject.total_text = cell.text;
  subject.page = cell.page;
  subject.box = cell.box;
  subject.parts_noun = std::move(parts_noun);
  subject.table = t;
  subject.row = r;
  subject.column = c;
  subject.stated_total = StatedTotalAt(document, t, r, c);
  return subject;
}

// A total printed but unreadable: nothing can be checked against it.
void FlagUnreadableTotal(const Table& table, int t, int r, int c, Rule rule,
                         const std::string& label, std::vector<Finding>& findings) {
  const TableCell& cell = table.rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(c)];
  Finding finding;
  finding.rule = rule;
  finding.severity = Severity::kWarning;
  if (table.columns[static_cast<std::size_t>(c)].role == ColumnRole::kYear) {
    finding.year = table.columns[static_cast<std::size_t>(c)].year;
  }
  finding.label = label;
  finding.message = "the total \"" + cell.text + "\" cannot be read (" + cell.problem +
                    "), so its parts cannot be checked.";
  finding.page = cell.page;
  finding.box = cell.box;
  finding.table = t;
  finding.row = r;
  finding.column = c;
  finding.parameters = JsonText({{"unit", table.unit}});
  findings.push_back(std::move(finding));
}

}  // namespace

void CheckTableColumnSums(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t ti = 0; ti < document.tables.size(); ++ti) {
    const Table& table = document.tables[ti];
    const int t = static_cast<int>(ti);
    const std::vector<TotalReading> readings = ReadTotals(table);
    for (std::size_t k = 0; k < table.rows.size(); ++k) {
      if (!table.rows[k].is_total) continue;
      const TotalReading* reading = ReadingOf(readings, static_cast<int>(k));
      if (reading == nullptr) continue;  // no figures
      if (!reading->checked) {
        NoteUnchecked(table, t, *reading, Rule::kTableColumnSum, findings);
        continue;
      }
      for (std::size_t c = 1; c < table.columns.size(); ++c) {
        if (table.columns[c].role != ColumnRole::kYear) continue;
        const TableCell& cell = table.rows[k].cells[c];
        const std::string label = CellLabel(table, t, k, static_cast<int>(c));
        if (!cell.problem.empty()) {
          FlagUnreadableTotal(table, t, static_cast<int>(k), static_cast<int>(c), Rule::kTableColumnSum,
                              label, findings);
          continue;
        }
        if (!cell.value) continue;
        const SumSubject subject = TotalCellSubject(document, t, static_cast<int>(k), static_cast<int>(c),
                                                    Rule::kTableColumnSum, label, "rows");
        CheckColumnOverReading(subject, table, *reading, static_cast<int>(c), findings, std::nullopt, findings);
      }
    }
  }
}

namespace {

// The checks of every row's "I alt" cell against its year cells.
std::vector<Finding> RowSumChecks(const ExtractedDocument& document, int t, int tc, int& checked) {
  const Table& table = document.tables[static_cast<std::size_t>(t)];
  std::vector<Finding> findings;
  checked = 0;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].is_total || table.rows[r].not_money) continue;  // table_grand_total
    const TableCell& cell = table.rows[r].cells[static_cast<std::size_t>(tc)];
    const std::string label = CellLabel(table, t, r, tc);
    if (!cell.problem.empty()) {
      FlagUnreadableTotal(table, t, static_cast<int>(r), tc, Rule::kTableRowSum, label, findings);
      continue;
    }
    if (!cell.value) continue;
    SumSubject subject =
        TotalCellSubject(document, t, static_cast<int>(r), tc, Rule::kTableRowSum, label, "year cells");
    subject.parameters = JsonText({{"unit", table.unit}});
    std::vector<SumPart> parts;
    for (std::size_t c = 1; c < table.columns.size(); ++c) {
      if (table.columns[c].role != ColumnRole::kYear || !Counts(table.rows[r].cells[c])) continue;
      parts.push_back(CellPart(table, static_cast<int>(r), static_cast<int>(c), table.columns[c].header));
    }
    if (parts.empty()) {
      findings.push_back(SubjectFinding(subject, Severity::kWarning,
                                        "stated " + FormatKroner(subject.total.dkk) +
                                            ", but none of the row's year cells holds an amount to add up."));
      continue;
    }
    ++checked;
    CheckSum(subject, parts, findings);
  }
  return findings;
}

int Errors(const std::vector<Finding>& findings) {
  int errors = 0;
  for (const Finding& finding : findings) errors += finding.severity == Severity::kError ? 1 : 0;
  return errors;
}

// Whether a table's "I alt" column is the sum of its year columns: it is in
// most rows. Where it is not (a column of another kind under an "I alt"
// head: the sum over sub-columns of one year, a balance), no row is
// checked against it and one info finding says why.
bool RowTotalsReadAsSums(const Table& table, int t, int checked, int errors, std::vector<Finding>& findings) {
  if (checked == 0 || 2 * errors < checked) return true;
  Finding finding;
  finding.rule = Rule::kTableRowSum;
  finding.severity = Severity::kInfo;
  finding.label = TableName(table, t);
  finding.message = "row totals not checked: the \"I alt\" column equals the sum of the year columns in only " +
                    std::to_string(checked - errors) + " of " + std::to_string(checked) +
                    " rows, so it is read as a figure of another kind.";
  finding.page = table.first_page;
  finding.box = table.box;
  finding.table = t;
  finding.parameters = JsonText({{"unit", table.unit}, {"checked", false}});
  findings.push_back(std::move(finding));
  return false;
}

}  // namespace

void CheckTableRowSums(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t ti = 0; ti < document.tables.size(); ++ti) {
    const Table& table = document.tables[ti];
    const int t = static_cast<int>(ti);
    const int tc = RowTotalColumn(table);
    if (tc < 0) continue;
    int checked = 0;
    std::vector<Finding> rows = RowSumChecks(document, t, tc, checked);
    if (!RowTotalsReadAsSums(table, t, checked, Errors(rows), findings)) continue;
    for (Finding& finding : rows) findings.push_back(std::move(finding));
  }
}

void CheckTableGrandTotals(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t ti = 0; ti < document.tables.size(); ++ti) {
    const Table& table = document.tables[ti];
    const int t = static_cast<int>(ti);
    const int tc = RowTotalColumn(table);
    if (tc < 0) continue;
    int checked = 0;
    const std::vector<Finding> rows = RowSumChecks(document, t, tc, checked);
    std::vector<Finding> ignored;
    if (!RowTotalsReadAsSums(table, t, checked, Errors(rows), ignored)) continue;
    const std::vector<TotalReading> readings = ReadTotals(table);
    for (std::size_t k = 0; k < table.rows.size(); ++k) {
      if (!table.rows[k].is_total) continue;
      const TotalReading* reading = ReadingOf(readings, static_cast<int>(k));
      const TableCell& cell = table.rows[k].cells[static_cast<std::size_t>(tc)];
      const std::string label = CellLabel(table, t, k, tc);
      if (!cell.problem.empty()) {
        FlagUnreadableTotal(table, t, static_cast<int>(k), tc, Rule::kTableGrandTotal, label, findings);
        continue;
      }
      if (!cell.value) continue;
      // Against its own row: the year totals.
      SumSubject across = TotalCellSubject(document, t, static_cast<int>(k), tc, Rule::kTableGrandTotal,
                                           label + " vs the total row", "year totals");
      across.parameters = JsonText({{"unit", table.unit}, {"against", "total_row"}});
      std::vector<SumPart> parts;
      for (std::size_t c = 1; c < table.columns.size(); ++c) {
        if (table.columns[c].role != ColumnRole::kYear || !Counts(table.rows[k].cells[c])) continue;
        parts.push_back(CellPart(table, static_cast<int>(k), static_cast<int>(c), table.columns[c].header));
        MarkOwnError(parts.back(), FailedCheck(findings, Rule::kTableColumnSum, t, static_cast<int>(k),
                                               static_cast<int>(c)));
      }
      if (!parts.empty()) CheckSum(across, parts, findings);
      // Against its column: the rows' "I alt" cells.
      SumSubject down = TotalCellSubject(document, t, static_cast<int>(k), tc, Rule::kTableGrandTotal,
                                         label + " vs the " + table.columns[static_cast<std::size_t>(tc)].header +
                                             " column",
                                         "row totals");
      std::vector<Finding> column_findings;
      if (reading != nullptr && reading->checked) {
        CheckColumnOverReading(down, table, *reading, tc, findings, Rule::kTableRowSum, column_findings);
      }
      // Wrong against its row and its column alike: the grand total cell
      // itself is off, one finding says so.
      if (FailedCheck(findings, Rule::kTableGrandTotal, t, static_cast<int>(k), tc) != nullptr) continue;
      for (Finding& finding : column_findings) {
        finding.parameters = JsonWithFields(finding.parameters, {{"against", "total_column"}});
        findings.push_back(std::move(finding));
      }
    }
  }
}

}  // namespace afstem
