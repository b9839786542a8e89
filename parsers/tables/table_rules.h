// Rules that describe budget tables, as data: which header names a column
// role, which row labels are totals, what an ordinal looks like, and how a
// unit is written in a caption or header. RE2 patterns (parsers/pattern/pattern.h)
// compiled once by TableRules::Create(); immutable, safe to share.
#ifndef AFSTEM_PARSERS_TABLES_TABLE_RULES_H_
#define AFSTEM_PARSERS_TABLES_TABLE_RULES_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/money/money_units.h"
#include "parsers/pattern/pattern.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// A table's unit: a row's unit of the unit table (parsers/money/money_units.h).
using TableUnit = MoneyUnit;

class TableRules {
 public:
  static Result<std::unique_ptr<TableRules>> Create();

  // The year a header cell names ("2025", "2025 (mio. kr.)", "B2025",
  // "Regnskab 2023", "31/12 2021"), or 0; not a span ("2026-2029").
  int HeaderYear(std::string_view header) const;
  // The basis a year header prints ("Regnskab 2023", "R2023" -> actual;
  // "Budget 2025", "B2025" -> budget; "Forventet regnskab 2025" ->
  // forecast; "Korrigeret budget 2025" -> corrected budget), or nothing for
  // a bare year, whose basis is the document's (table_semantics.h).
  std::optional<AmountBasis> HeaderBasis(std::string_view header) const;
  // The role a header cell gives its column (first column: kLabel).
  ColumnRole HeaderRole(std::string_view header, bool first_column) const;
  // True for a row label that makes the row a total or subtotal ("Samlet",
  // "I alt", "Total", "Sum", "Hovedtotal", "I alt drift", "Drift i alt").
  bool IsTotalLabel(std::string_view label) const;

  // True for a row label whose figures are not money ("Årets resultat pr.
  // aktie, kr.", "Kapitalprocent", "Antal ansatte"): no allocations.
  bool IsNotMoneyLabel(std::string_view label) const;

  // True for a row label that makes the row a part of the row above, not
  // summed with the others ("heraf frie midler", "Herunder tolke").
  bool IsSubsetLabel(std::string_view label) const;
  // The ordinal a row label starts with ("12. Etablering …" -> "12"), or "".
  std::string Ordinal(std::string_view label) const;
  // The unit a caption or header states, not an amount's unit: "(mio.
  // kr.)", "Beløb i 1.000 kr.", "t.kr.", "(mill. kr.)", "Beløb i kroner"
  // -> found; "afsat 3 mio. kr." -> none. Words and where each may stand:
  // the unit table (parsers/money/money_units.h).
  std::optional<TableUnit> StatedUnit(std::string_view text) const;

 private:
  TableRules() = default;
  std::vector<Pattern> year_headers_;
  std::vector<std::pair<Pattern, AmountBasis>> basis_headers_;
  std::vector<Pattern> row_total_headers_;
  std::vector<Pattern> funding_headers_;
  std::vector<Pattern> total_labels_;
  std::vector<Pattern> subset_labels_;
  std::vector<Pattern> ordinals_;
  std::vector<Pattern> not_money_headers_;
  std::vector<Pattern> not_money_labels_;
  std::unique_ptr<UnitReader> units_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TABLES_TABLE_RULES_H_
