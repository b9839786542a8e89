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

bool OnOcrPage(const ExtractedDocument& document, int number) {
  return number >= 1 && static_cast<std::size_t>(number) <= document.pages.size() &&
         document.pages[static_cast<std::size_t>(number) - 1].text_source == TextSource::kOcr;
}

// A sum that fails on figures OCR read from a scan may be a misread digit
// ("7.155" for "7.755") or a figure OCR missed, not a wrong total: it is a
// warning to check against the page, never an error (a false alarm is worse
// than a miss).
void SoftenOcrErrors(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (Finding& finding : findings) {
    if (finding.severity != Severity::kError) continue;
    bool from_ocr = OnOcrPage(document, finding.page);
    for (const FindingPart& part : finding.parts) from_ocr = from_ocr || OnOcrPage(document, part.page);
    if (!from_ocr) continue;
    finding.severity = Severity::kWarning;
    finding.message += " The figures were read by OCR from a scan, where a misread or missed figure would "
                       "explain the difference: check them on the page.";
  }
}

}  // namespace

std::span<const ReconcileRule> ReconcileRules() { return kRules; }

std::vector<Finding> Reconcile(const ExtractedDocument& document) {
  std::vector<Finding> findings;
  for (const ReconcileRule& rule : kRules) rule.apply(document, findings);
  SoftenOcrErrors(document, findings);
  return findings;
}

}  // namespace afstem
