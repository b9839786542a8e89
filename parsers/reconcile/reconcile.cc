// The rule set and the reconcile stage (reconcile.h). Adding a rule is one
// function in a reconcile_*_rules.cc file and one line here.

#include "parsers/reconcile/reconcile.h"

#include <array>

#include "parsers/reconcile/reconcile_rules.h"

namespace afstem {
namespace {

constexpr std::array kRules = {
    ReconcileRule{"table_column_sum", "each year column's rows vs its total row cell", CheckTableColumnSums},
    ReconcileRule{"table_row_sum", "each row's year cells vs its \"I alt\" cell",
                  CheckTableRowSums},
    ReconcileRule{"table_grand_total", "the total row's \"I alt\" cell vs the total row and vs the \"I alt\" column",
                  CheckTableGrandTotals},
    ReconcileRule{"group_sum", "a group's stated total vs the bullets under it",
                  CheckGroupSums},
    ReconcileRule{"document_sum", "the document's amount for a year vs the groups (or allocations) that spend it",
                  CheckDocumentSums},
    ReconcileRule{"implausible_amount", "an amount too large to be meant",
                  FlagImplausibleAmounts},
    ReconcileRule{"unit_inferred", "a table whose unit was inferred, not printed",
                  FlagInferredUnits},
    ReconcileRule{"no_text_layer", "a page without text (a scan): its money is not read",
                  FlagPagesWithoutText},
    ReconcileRule{"damaged_pdf", "damage the PDF libraries repaired while reading",
                  FlagDamagedPdf},
};

}  // namespace

std::span<const ReconcileRule> ReconcileRules() { return kRules; }

std::vector<Finding> Reconcile(const ExtractedDocument& document) {
  std::vector<Finding> findings;
  for (const ReconcileRule& rule : kRules) rule.apply(document, findings);
  return findings;
}

}  // namespace afstem
