// Flag rules: implausible_amount (an amount in prose larger than any
// municipal note allocates: a misread unit or number), unit_inferred (a
// table that prints no unit, whose unit was inferred: a person confirms it),
// no_text_layer (a scanned page: no text layer and an image of paper over
// most of it, that OCR did not read (--ocr off, or no words found), so its
// money afstem cannot see; blank and figure pages raise nothing) and damaged_pdf (the PDF libraries repaired damage while reading).

#include "parsers/reconcile/reconcile_rules.h"
#include "schema/model/json_text.h"

namespace afstem {

void FlagImplausibleAmounts(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (const ProseMoney& money : document.prose_money) {
    if (!money.implausible) continue;
    Finding finding;
    finding.rule = Rule::kImplausibleAmount;
    finding.severity = Severity::kWarning;
    finding.stated_dkk = money.amount_dkk;
    finding.label = "\"" + money.text + "\"";
    finding.message = "\"" + money.text + "\" reads as " + FormatKroner(money.amount_dkk) +
                      ", more than a municipal document allocates; check the number and its unit.";
    finding.page = money.page;
    finding.box = money.box;
    finding.parameters = JsonText({{"text", money.text}, {"unit", money.unit}, {"sentence", money.sentence}});
    findings.push_back(std::move(finding));
  }
}

void FlagPagesWithoutText(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (const Page& page : document.pages) {
    if (page.kind != PageKind::kScanned || page.text_source == TextSource::kOcr) continue;
    Finding finding;
    finding.rule = Rule::kNoTextLayer;
    finding.severity = Severity::kWarning;
    finding.label = "page " + std::to_string(page.number);
    finding.message = "no text layer on page " + std::to_string(page.number) +
                      " (a scanned image?): its amounts cannot be read or checked.";
    finding.page = page.number;
    finding.box = Box{0, 0, page.width, page.height};
    finding.parameters = "{}";
    findings.push_back(std::move(finding));
  }
}

void FlagDamagedPdf(const ExtractedDocument& document, std::vector<Finding>& findings) {
  if (document.diagnostics.empty()) return;
  Finding finding;
  finding.rule = Rule::kDamagedPdf;
  finding.severity = Severity::kWarning;
  finding.label = "document";
  finding.message = "the PDF is damaged and was repaired on reading (" + document.diagnostics.front() +
                    (document.diagnostics.size() > 1
                         ? "; " + std::to_string(document.diagnostics.size() - 1) + " more"
                         : std::string()) +
                    "): check that nothing is missing.";
  finding.parameters = JsonText({{"diagnostics", document.diagnostics}});
  findings.push_back(std::move(finding));
}

void FlagInferredUnits(const ExtractedDocument& document, std::vector<Finding>& findings) {
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    const Table& table = document.tables[t];
    if (table.unit_source != Basis::kInferred) continue;
    Finding finding;
    finding.rule = Rule::kUnitInferred;
    finding.severity = Severity::kInfo;
    finding.label = "table " + std::to_string(t + 1) + " (p. " + std::to_string(table.first_page) + ")";
    finding.message = "the table prints no unit; its amounts are read in " + table.unit + " (" +
                      table.unit_note + ").";
    finding.page = table.first_page;
    finding.box = table.box;
    finding.table = static_cast<int>(t);
    finding.parameters =
        JsonText({{"unit", table.unit}, {"unit_dkk", table.unit_dkk}, {"note", table.unit_note}});
    findings.push_back(std::move(finding));
  }
}

}  // namespace afstem
