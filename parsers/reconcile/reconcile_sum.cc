// The sum check and the wording the reconciliation rules share
// (reconcile_rules.h).

#include <cmath>
#include <cstdlib>

#include "parsers/reconcile/reconcile_rules.h"
#include "schema/model/json_text.h"

namespace afstem {
namespace {

constexpr double kSlack = 1e-6;

// "8655000" -> "8.655.000".
std::string GroupThousands(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  return grouped;
}

// "23 rows", "1 row": nouns are given in the plural.
std::string Plural(std::size_t count, const std::string& noun) {
  std::string word = noun;
  if (count == 1 && !word.empty() && word.back() == 's') word.pop_back();
  return std::to_string(count) + " " + word;
}

// Appends fields to a JSON object literal ("{}" when empty).
FindingPart ToFindingPart(const SumPart& part) {
  FindingPart out;
  out.label = part.label;
  if (part.amount) {
    out.amount_dkk = part.amount->dkk;
    out.precision_dkk = part.amount->precision_dkk;
  }
  out.text = part.text;
  out.page = part.page;
  out.box = part.box;
  return out;
}

std::string ErrorMessage(const SumSubject& subject, std::size_t count, const SumComparison& sum) {
  const std::int64_t gap = std::llabs(sum.difference_dkk);
  std::string message = "stated " + FormatKroner(sum.stated_dkk) + ", but the sum of its " +
                        Plural(count, subject.parts_noun) + " is " + FormatKroner(sum.computed_dkk) +
                        ": " + FormatKroner(gap) + (sum.difference_dkk > 0 ? " more" : " less") +
                        " than the parts";
  if (sum.tolerance_dkk > 0) {
    return message + ", where rounding of the printed figures explains at most " +
           FormatTolerance(sum.tolerance_dkk);
  }
  if (sum.round_read_exact) {
    return message + "; the round figures count as exact, since every other amount is exact";
  }
  return message + "; every amount is printed to the krone, so rounding explains none of it";
}

std::string IncompleteMessage(const SumSubject& subject, std::size_t readable,
                              const std::vector<const SumPart*>& unreadable,
                              const SumComparison& sum) {
  std::string texts;
  for (const SumPart* part : unreadable) {
    if (!texts.empty()) texts += ", ";
    texts += part->label + " \"" + part->text + "\"";
  }
  return "stated " + FormatKroner(sum.stated_dkk) + ", but " +
         std::to_string(unreadable.size()) + " of the " +
         Plural(readable + unreadable.size(), subject.parts_noun) +
         " cannot be read (" + texts + "), so the sum is incomplete: the readable " +
         std::to_string(readable) + " sum to " + FormatKroner(sum.computed_dkk) +
         " (tolerance " + FormatTolerance(sum.tolerance_dkk) + ")";
}

}  // namespace

std::string FormatKroner(std::int64_t dkk) {
  const std::uint64_t magnitude =
      dkk < 0 ? static_cast<std::uint64_t>(-(dkk + 1)) + 1 : static_cast<std::uint64_t>(dkk);
  return (dkk < 0 ? "-" : "") + GroupThousands(magnitude) + " kr.";
}

std::string FormatTolerance(double dkk) {
  if (dkk <= 0) return "0 kr. (exact)";
  const double whole = std::floor(dkk);
  std::string text = "±" + GroupThousands(static_cast<std::uint64_t>(whole));
  const int tenths = static_cast<int>(std::lround((dkk - whole) * 10));
  if (tenths > 0) text += "," + std::to_string(tenths);
  return text + " kr.";
}

std::string Shorten(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

void MarkOwnError(SumPart& part, const Finding* failed) {
  if (failed == nullptr) return;
  part.own_error = *failed->stated_dkk - *failed->computed_dkk;
  part.own_tolerance = failed->tolerance_dkk;
}

void CheckReadings(const std::vector<SumReading>& readings, std::vector<Finding>& findings) {
  std::vector<Finding> best;
  const auto gap = [](const std::vector<Finding>& found) {
    return std::llabs(*found.front().stated_dkk - *found.front().computed_dkk);
  };
  for (const SumReading& reading : readings) {
    std::vector<Finding> found;
    CheckSum(reading.subject, reading.parts, found);
    if (found.empty()) return;
    if (best.empty() || gap(found) < gap(best)) best = std::move(found);
  }
  findings.insert(findings.end(), best.begin(), best.end());
}

Finding SubjectFinding(const SumSubject& subject, Severity severity, std::string message) {
  Finding finding;
  finding.rule = subject.rule;
  finding.severity = severity;
  finding.year = subject.year;
  finding.stated_dkk = subject.total.dkk;
  finding.label = subject.label;
  finding.message = std::move(message);
  finding.page = subject.page;
  finding.box = subject.box;
  finding.table = subject.table;
  finding.row = subject.row;
  finding.column = subject.column;
  finding.stated_total = subject.stated_total;
  finding.parameters = subject.parameters;
  return finding;
}

int StatedTotalAt(const ExtractedDocument& document, int table, int row, int column) {
  for (std::size_t i = 0; i < document.stated_totals.size(); ++i) {
    const StatedTotal& total = document.stated_totals[i];
    if (total.table == table && total.row == row && total.column == column) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

void CheckSum(const SumSubject& subject, const std::vector<SumPart>& parts,
              std::vector<Finding>& findings) {
  std::vector<PrintedAmount> amounts;
  std::vector<const SumPart*> unreadable;
  for (const SumPart& part : parts) {
    if (part.amount) {
      amounts.push_back(*part.amount);
    } else {
      unreadable.push_back(&part);
    }
  }
  const SumComparison sum = CompareSum(subject.total, amounts);
  Severity severity = Severity::kError;
  std::string message;
  if (unreadable.empty()) {
    if (sum.consistent) return;
    std::int64_t correction = 0;
    double correction_tolerance = 0;
    bool corrected = false;
    for (const SumPart& part : parts) {
      if (!part.own_error) continue;
      correction += *part.own_error;
      correction_tolerance += part.own_tolerance;
      corrected = true;
    }
    if (corrected && static_cast<double>(std::llabs(sum.difference_dkk + correction)) <=
                         sum.tolerance_dkk + correction_tolerance + kSlack) {
      return;  // reported at its root: the part's own check
    }
    severity = Severity::kError;
    message = ErrorMessage(subject, amounts.size(), sum);
  } else {
    severity = Severity::kWarning;
    message = IncompleteMessage(subject, amounts.size(), unreadable, sum);
  }
  Finding finding = SubjectFinding(subject, severity, std::move(message));
  finding.computed_dkk = sum.computed_dkk;
  finding.tolerance_dkk = sum.tolerance_dkk;
  for (const SumPart& part : parts) finding.parts.push_back(ToFindingPart(part));
  finding.parameters = JsonWithFields(subject.parameters, {{"total_text", subject.total_text},
                                                           {"total_precision_dkk", subject.total.precision_dkk},
                                                           {"parts_read", amounts.size()},
                                                           {"parts_unreadable", unreadable.size()},
                                                           {"round_figures_read_exact", sum.round_read_exact}});
  findings.push_back(std::move(finding));
}

}  // namespace afstem
