// The rule set and the reconcile stage (reconcile.h). Adding a rule is one
// function in a reconcile_*_rules.cc file and one line here.

#include "parsers/reconcile/reconcile.h"

#include <array>

#include "parsers/reconcile/reconcile_rules.h"

namespace afstem {
namespace {

constexpr std::array kRules = {
    ReconcileRule{Rule::kTableColumnSum, "each year column's rows vs its total row cell", CheckTableColumnSums},
    ReconcileRule{Rule::kTableRowSum, "each row's year cells vs its \"I alt\" cell",
                  CheckTableRowSums},
    ReconcileRule{Rule::kTableGrandTotal, "the total row's \"I alt\" cell vs the total row and vs the \"I alt\" column",
                  CheckTableGrandTotals},
    ReconcileRule{Rule::kGroupSum, "a group's stated total vs the bullets under it",
                  CheckGroupSums},
    ReconcileRule{Rule::kDocumentSum, "the document's amount for a year vs the groups (or allocations) that spend it",
                  CheckDocumentSums},
    ReconcileRule{Rule::kImplausibleAmount, "an amount too large to be meant",
                  FlagImplausibleAmounts},
    ReconcileRule{Rule::kUnitInferred, "a table whose unit was inferred, not printed",
                  FlagInferredUnits},
    ReconcileRule{Rule::kNoTextLayer, "a page without text (a scan): its money is not read",
                  FlagPagesWithoutText},
    ReconcileRule{Rule::kDamagedPdf, "damage the PDF libraries repaired while reading",
                  FlagDamagedPdf},
};

// Every rule of the vocabulary (schema/model/vocabulary.h) is registered, once,
// in the vocabulary's order.
constexpr bool RegistersEveryRule() {
  if (kRules.size() != Terms<Rule>().size()) return false;
  for (std::size_t i = 0; i < kRules.size(); ++i) {
    if (kRules[i].rule != Terms<Rule>()[i].value) return false;
  }
  return true;
}
static_assert(RegistersEveryRule(), "kRules and Vocabulary<Rule> list different rules");

}  // namespace

std::span<const ReconcileRule> ReconcileRules() { return kRules; }

std::vector<Finding> Reconcile(const ExtractedDocument& document) {
  std::vector<Finding> findings;
  for (const ReconcileRule& rule : kRules) rule.apply(document, findings);
  return findings;
}

}  // namespace afstem
