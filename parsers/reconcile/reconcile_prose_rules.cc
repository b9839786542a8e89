// Prose rules: group_sum (a group's "samlet værdi" vs the bullets under it,
// in the group's year) and document_sum (the headline amount of a year vs
// the groups that spend it, or else the text allocations of that year).

#include "parsers/reconcile/reconcile_rules.h"
#include "schema/model/json_text.h"

namespace afstem {
namespace {

// Prose allocations are those of initiatives outside any table: origin text,
// or ocr when the prose was read from a scan.
bool FromProse(const ExtractedDocument& document, const Allocation& allocation) {
  if (allocation.origin == Origin::kText) return true;
  if (allocation.origin != Origin::kOcr) return false;
  const auto at = static_cast<std::size_t>(allocation.initiative);
  return allocation.initiative >= 0 && at < document.initiatives.size() && document.initiatives[at].table < 0;
}

PrintedAmount AmountOf(const StatedTotal& total) {
  return PrintedAmount{total.amount_dkk, total.precision_dkk, total.round_figure};
}

PrintedAmount AmountOf(const Allocation& allocation) {
  return PrintedAmount{allocation.amount_dkk, allocation.precision_dkk, allocation.round_figure};
}

// Where a prose total stands, for people: the group's heading, or
// "document total" (the headline sentence is in the parameters).
SumSubject TotalSubject(const ExtractedDocument& document, int index, Rule rule,
                        std::string parts_noun) {
  const StatedTotal& total = document.stated_totals[static_cast<std::size_t>(index)];
  SumSubject subject;
  subject.rule = rule;
  subject.label = (total.scope == TotalScope::kDocument ? std::string("document total")
                                              : "\"" + Shorten(total.label, 60) + "\"") +
                  (total.year ? ", " + std::to_string(*total.year) : "");
  subject.year = total.year;
  subject.total = AmountOf(total);
  subject.total_text = FormatKroner(total.amount_dkk);
  subject.page = total.page;
  subject.box = total.box;
  subject.parts_noun = std::move(parts_noun);
  subject.stated_total = index;
  return subject;
}

SumPart AllocationPart(const ExtractedDocument& document, const Allocation& allocation) {
  SumPart part;
  part.label = Shorten(document.initiatives[static_cast<std::size_t>(allocation.initiative)].title, 60);
  part.amount = AmountOf(allocation);
  part.text = FormatKroner(allocation.amount_dkk);
  part.page = allocation.page;
  part.box = allocation.box;
  return part;
}

}  // namespace

void CheckGroupSums(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < document.stated_totals.size(); ++i) {
    const StatedTotal& total = document.stated_totals[i];
    if (total.scope != TotalScope::kGroup) continue;
    SumSubject subject = TotalSubject(document, static_cast<int>(i), Rule::kGroupSum, "bullets");
    subject.parameters = JsonText({{"bullets", total.parts.size()}});
    // Without a year, a bullet "300.000 kr. årligt i 2024-2026" is read
    // both as its printed amount once and as every year's allocation.
    SumReading each_year{subject, {}}, printed_once{subject, {}};
    for (int initiative : total.parts) {
      bool found = false;
      for (std::size_t a = 0; a < document.allocations.size(); ++a) {
        const Allocation& allocation = document.allocations[a];
        if (allocation.initiative != initiative) continue;
        if (total.year && allocation.year != *total.year) continue;
        each_year.parts.push_back(AllocationPart(document, allocation));
        const bool repeated = a > 0 && document.allocations[a - 1].initiative == initiative &&
                              document.allocations[a - 1].amount_dkk == allocation.amount_dkk &&
                              document.allocations[a - 1].box == allocation.box;
        if (!repeated) printed_once.parts.push_back(each_year.parts.back());
        found = true;
      }
      if (!found) {  // the bullet's amount, or its year, could not be read
        const Initiative& bullet = document.initiatives[static_cast<std::size_t>(initiative)];
        SumPart part;
        part.label = Shorten(bullet.title, 60);
        part.text = total.year ? "no amount for " + std::to_string(*total.year) : "no amount";
        part.page = bullet.page;
        part.box = bullet.box;
        each_year.parts.push_back(part);
        printed_once.parts.push_back(part);
      }
    }
    if (each_year.parts.empty()) {
      findings.push_back(SubjectFinding(
          subject, Severity::kWarning,
          "stated " + FormatKroner(total.amount_dkk) +
              ", but no bullets with amounts were found under the group to add up."));
      continue;
    }
    std::vector<SumReading> readings = {each_year};
    if (!total.year && each_year.parts.size() != printed_once.parts.size()) {
      readings.insert(readings.begin(), printed_once);
    }
    CheckReadings(readings, findings);
  }
}

void CheckDocumentSums(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < document.stated_totals.size(); ++i) {
    const StatedTotal& total = document.stated_totals[i];
    if (total.scope != TotalScope::kDocument || !total.year) continue;
    const int year = *total.year;
    // The groups of that year, with their stated totals as parts.
    std::vector<SumPart> parts;
    for (std::size_t g = 0; g < document.stated_totals.size(); ++g) {
      const StatedTotal& group = document.stated_totals[g];
      if (group.scope != TotalScope::kGroup || group.year != year) continue;
      SumPart part;
      part.label = Shorten(group.label, 60);
      part.amount = AmountOf(group);
      part.text = FormatKroner(group.amount_dkk);
      part.page = group.page;
      part.box = group.box;
      for (const Finding& failed : findings) {
        if (failed.rule == Rule::kGroupSum && failed.severity == Severity::kError &&
            failed.stated_total == static_cast<int>(g)) {
          MarkOwnError(part, &failed);
        }
      }
      parts.push_back(part);
    }
    const bool by_groups = !parts.empty();
    if (!by_groups) {  // no groups: what the text allocates in that year
      for (const Allocation& allocation : document.allocations) {
        if (FromProse(document, allocation) && allocation.year == year) {
          parts.push_back(AllocationPart(document, allocation));
        }
      }
    }
    SumSubject subject = TotalSubject(document, static_cast<int>(i), Rule::kDocumentSum,
                                      by_groups ? "groups" : "text allocations");
    subject.parameters =
        JsonText({{"parts_are", by_groups ? "groups" : "text_allocations"}, {"sentence", total.label}});
    if (parts.empty()) {
      findings.push_back(SubjectFinding(
          subject, Severity::kInfo,
          "stated " + FormatKroner(total.amount_dkk) + " for " + std::to_string(year) +
              ", but the document divides nothing of that year into groups or allocations, so "
              "it is not checked."));
      continue;
    }
    CheckSum(subject, parts, findings);
  }
}

}  // namespace afstem
