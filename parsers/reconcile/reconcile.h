// Reconciliation, the pipeline's check stage: every stated total of a
// document (a table's total row and "I alt" column, a group's "samlet
// værdi", the document's headline amount per year) against the sum of its
// parts, with interval arithmetic over printed precision
// (amount_interval.h). Pure: records in, findings out; safe from any thread.
//
// Severities: "error" — the total cannot add up at any reading of the
// printed figures; "warning" — suspicious, or a sum that could not be
// completed because a part is unreadable; "info" — for a person to confirm.
// A mismatch already explained by a failed check of one of its parts (a
// wrong row total that also upsets the grand total) is reported once, at
// its root. A total that does not add up on figures OCR read from a scan
// is a warning, never an error: a misread digit explains it as well.
#ifndef AFSTEM_PARSERS_RECONCILE_RECONCILE_H_
#define AFSTEM_PARSERS_RECONCILE_RECONCILE_H_

#include <span>
#include <string_view>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// One named rule. `apply` reads the document and the findings of the rules
// before it (for root-cause attribution) and appends its own.
struct ReconcileRule {
  Rule rule;                  // its name: ToString(rule), "table_column_sum"
  std::string_view summary;   // one line, for people
  void (*apply)(const ExtractedDocument& document, std::vector<Finding>& findings);

  constexpr std::string_view name() const { return ToString(rule); }
};

// Every rule, in the order they run: part-level sums before the sums that
// contain them.
std::span<const ReconcileRule> ReconcileRules();

// Runs every rule over the document's tables, initiatives, allocations,
// stated totals and prose amounts. Findings come rule by rule, each rule's
// in document order.
std::vector<Finding> Reconcile(const ExtractedDocument& document);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_RECONCILE_RECONCILE_H_
