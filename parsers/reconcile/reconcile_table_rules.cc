// Table rules: table_column_sum (a year column's rows vs its total row
// cell), table_row_sum (a row's year cells vs its "I alt" cell) and
// table_grand_total (the total row's "I alt" cell vs the total row and vs
// the "I alt" column). Cells are summed with the precision they are printed
// with; an empty cell is nothing, an unreadable one makes the sum incomplete.

#include <cstdlib>
#include <optional>

#include "parsers/reconcile/reconcile_rules.h"
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

// The body rows a total row may sum ("heraf" rows are in the row above),
// most likely first: the body rows since the previous total row; under subtotals, also every body row above
// it (a grand total). Empty candidates are left out.
std::vector<std::vector<int>> PartRowCandidates(const Table& table, int k) {
  std::vector<int> segment, all;
  bool after_total = false;
  for (int r = k - 1; r >= 0; --r) {
    const TableRow& row = table.rows[static_cast<std::size_t>(r)];
    if (row.is_total) {
      after_total = true;
      continue;
    }
    if (row.is_subset) continue;  // counted in the row above
    all.insert(all.begin(), r);
    if (!after_total) segment.insert(segment.begin(), r);
  }
  std::vector<std::vector<int>> candidates;
  if (!segment.empty()) candidates.push_back(segment);
  if (after_total && all.size() > segment.size()) candidates.push_back(all);
  return candidates;
}

Json RowNumbers(const std::vector<int>& rows) {
  Json numbers = Json::array();
  for (int r : rows) numbers.push_back(r + 1);
  return numbers;
}

// Checks a total cell against one column over the candidate row sets and
// keeps the reading that agrees, else the one that comes closest.
void CheckColumnOverCandidates(const SumSubject& subject, const Table& table, int k, int c,
                               const std::vector<Finding>& known, std::optional<Rule> part_rule,
                               std::vector<Finding>& findings) {
  std::vector<SumReading> readings;
  for (const std::vector<int>& rows : PartRowCandidates(table, k)) {
    SumReading reading{subject, {}};
    reading.subject.parameters = JsonText({{"unit", table.unit}, {"part_rows", RowNumbers(rows)}});
    for (int r : rows) {
      const TableCell& cell = table.rows[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(c)];
      if (!Counts(cell)) continue;
      reading.parts.push_back(CellPart(table, r, c, "row " + std::to_string(r + 1)));
      if (part_rule) {
        MarkOwnError(reading.parts.back(), FailedCheck(known, *part_rule, subject.table, r, -1));
      }
    }
    readings.push_back(std::move(reading));
  }
  CheckReadings(readings, findings);
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
    for (std::size_t k = 0; k < table.rows.size(); ++k) {
      if (!table.rows[k].is_total) continue;
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
        CheckColumnOverCandidates(subject, table, static_cast<int>(k), static_cast<int>(c), findings, std::nullopt,
                                  findings);
      }
    }
  }
}

void CheckTableRowSums(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t ti = 0; ti < document.tables.size(); ++ti) {
    const Table& table = document.tables[ti];
    const int t = static_cast<int>(ti);
    const int tc = RowTotalColumn(table);
    if (tc < 0) continue;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (table.rows[r].is_total) continue;  // table_grand_total
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
      CheckSum(subject, parts, findings);
    }
  }
}

void CheckTableGrandTotals(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t ti = 0; ti < document.tables.size(); ++ti) {
    const Table& table = document.tables[ti];
    const int t = static_cast<int>(ti);
    const int tc = RowTotalColumn(table);
    if (tc < 0) continue;
    for (std::size_t k = 0; k < table.rows.size(); ++k) {
      if (!table.rows[k].is_total) continue;
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
      CheckColumnOverCandidates(down, table, static_cast<int>(k), tc, findings, Rule::kTableRowSum,
                                column_findings);
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
