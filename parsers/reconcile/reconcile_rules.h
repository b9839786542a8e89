// The reconciliation rules (reconcile.h), one function each, and the sum
// check they share. Internal to parsers/: use Reconcile().
#ifndef AFSTEM_PARSERS_RECONCILE_RECONCILE_RULES_H_
#define AFSTEM_PARSERS_RECONCILE_RECONCILE_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parsers/money/amount_interval.h"
#include "schema/model/records.h"

namespace afstem {

// Table sums (reconcile_table_rules.cc).
void CheckTableColumnSums(const ExtractedDocument& document, std::vector<Finding>& findings);
void CheckTableRowSums(const ExtractedDocument& document, std::vector<Finding>& findings);
void CheckTableGrandTotals(const ExtractedDocument& document, std::vector<Finding>& findings);
// Sums in prose (reconcile_prose_rules.cc).
void CheckGroupSums(const ExtractedDocument& document, std::vector<Finding>& findings);
void CheckDocumentSums(const ExtractedDocument& document, std::vector<Finding>& findings);
// Flags (reconcile_flag_rules.cc).
void FlagImplausibleAmounts(const ExtractedDocument& document, std::vector<Finding>& findings);
void FlagInferredUnits(const ExtractedDocument& document, std::vector<Finding>& findings);
void FlagPagesWithoutText(const ExtractedDocument& document, std::vector<Finding>& findings);
void FlagDamagedPdf(const ExtractedDocument& document, std::vector<Finding>& findings);

// One part of a sum: an amount, or a printed value that could not be read.
struct SumPart {
  std::string label;                    // "row 3", "2024", a bullet's title
  std::optional<PrintedAmount> amount;  // none: unreadable
  std::string text;                     // as printed
  int page = 0;
  Box box;
  // When the part is itself a total that failed its own check: its stated
  // minus computed value and that check's tolerance. A mismatch these
  // account for is not reported again.
  std::optional<std::int64_t> own_error;
  double own_tolerance = 0;
};

// What a sum check is about.
struct SumSubject {
  Rule rule = Rule::kTableColumnSum;
  std::string label;          // where, for people
  std::optional<int> year;
  PrintedAmount total;
  std::string total_text;     // as printed
  int page = 0;
  Box box;
  std::string parts_noun;     // "rows", "year cells", "bullets", "groups"
  int table = -1, row = -1, column = -1;
  int stated_total = -1;
  std::string parameters;     // JSON object
};

// Compares subject.total with the parts and appends a finding when they
// cannot agree ("error"), or when a part is unreadable ("warning"; the sum
// is never passed silently nor failed on a guess). Nothing when they agree,
// or when the mismatch is accounted for by the parts' own failed checks.
void CheckSum(const SumSubject& subject, const std::vector<SumPart>& parts,
              std::vector<Finding>& findings);

// Marks `part` as a total whose own check failed with `failed` (an
// error finding with stated and computed amounts); nothing when null.
void MarkOwnError(SumPart& part, const Finding* failed);

// One way to read which parts a total sums.
struct SumReading {
  SumSubject subject;
  std::vector<SumPart> parts;
};

// For a total whose parts can be read more than one way (a grand total
// under subtotals; a group total without a year over bullets "årligt"):
// nothing when some reading agrees, else the finding of the reading that
// comes closest (CheckSum). Readings most likely first.
void CheckReadings(const std::vector<SumReading>& readings, std::vector<Finding>& findings);

// A finding about `subject` with nothing summed (yet): its rule, year,
// stated amount, place, references and parameters.
Finding SubjectFinding(const SumSubject& subject, Severity severity, std::string message);

// "8.655.000 kr.", "-75.000 kr.".
std::string FormatKroner(std::int64_t dkk);
// "±12.000 kr.", "±0,5 kr.", "0 kr. (exact)".
std::string FormatTolerance(double dkk);
// At most `limit` bytes of `text` (cut at a UTF-8 boundary), with "…".
std::string Shorten(const std::string& text, std::size_t limit);

// The index of the stated total of a table cell, or -1.
int StatedTotalAt(const ExtractedDocument& document, int table, int row, int column);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_RECONCILE_RECONCILE_RULES_H_
