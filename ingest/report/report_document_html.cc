// documents/<id>.html of the report (report_html.h): every finding with its
// picture, the initiatives × years table, then the document's details.

#include "ingest/report/allocation_years.h"
#include "ingest/report/danish_numbers.h"
#include "ingest/report/html_text.h"
#include "ingest/report/report_html.h"
#include "ingest/report/report_html_parts.h"

namespace afstem {
namespace {

// "page 2", "pages 2 and 3", "pages 2, 3 and 5".
std::string PagesText(const std::vector<std::int64_t>& pages) {
  std::string text = pages.size() == 1 ? "page " : "pages ";
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) text += i + 1 == pages.size() ? " and " : ", ";
    text += std::to_string(pages[i]);
  }
  return text;
}

std::string MetadataRow(const std::string& name, const std::string& value_html) {
  return "<dt>" + name + "</dt><dd>" + value_html + "</dd>\n";
}

std::string Metadata(const ReportDocument& document) {
  std::string html = "<h2 id=\"document\">Document details</h2>\n<dl class=\"metadata\">\n";
  std::string paths;
  for (const std::string& path : document.paths) paths += (paths.empty() ? "" : "<br>") + EscapeHtml(path);
  html += MetadataRow("Path", paths.empty() ? EscapeHtml(document.path) : paths);
  html += MetadataRow("Status", EscapeHtml(document.status));
  if (document.page_count) html += MetadataRow("Pages", std::to_string(*document.page_count));
  if (document.file_size) html += MetadataRow("Size", FormatDanishInteger(*document.file_size) + " bytes");
  const std::pair<const char*, const std::string*> texts[] = {
      {"Title", &document.title},           {"Author", &document.author},
      {"Subject", &document.subject},       {"Creator", &document.creator},
      {"Producer", &document.producer},     {"PDF version", &document.pdf_version},
      {"Created", &document.created_at},    {"Modified", &document.modified_at},
      {"Imported", &document.imported_at},  {"SHA-256", &document.sha256}};
  for (const auto& [name, value] : texts) {
    if (!value->empty()) html += MetadataRow(name, EscapeHtml(*value));
  }
  return html + "</dl>\n";
}

std::string InitiativesTable(const ReportDocument& document) {
  std::string html = "<h2 id=\"initiatives\">Initiatives</h2>\n";
  if (document.initiatives.empty()) return html + "<p>No initiatives were read.</p>\n";
  const YearTotals totals = SumByYear(document.initiatives);
  const std::vector<AllocationYear> columns = YearColumns(totals);
  html += "<p>Kroner per year, summed over each initiative's allocations; initiatives in Danish alphabetical "
          "order.</p>\n<table class=\"initiatives\" lang=\"da\">\n<thead><tr><th>No.</th><th>Initiative</th>"
          "<th class=\"amount\">Page</th>" +
          YearHeaderCells(columns) + "</tr></thead>\n<tbody>\n";
  for (const ReportInitiative& initiative : document.initiatives) {
    html += "<tr id=\"initiative-" + std::to_string(initiative.id) + "\"><td>" + EscapeHtml(initiative.ordinal) +
            "</td><td class=\"title\">" + EscapeHtml(initiative.title) + "</td><td class=\"amount\">" +
            (initiative.page ? std::to_string(*initiative.page) : "") + "</td>" +
            YearAmountCells(initiative.amounts, columns) + "</tr>\n";
  }
  return html + "</tbody>\n<tfoot><tr class=\"totals\"><th colspan=\"3\">Total</th>" +
         YearAmountCells(totals, columns) + "</tr></tfoot>\n</table>\n";
}

std::string AmountItem(const char* name, const char* css_class, const std::string& value) {
  return std::string("<div><dt>") + name + "</dt><dd class=\"" + css_class + "\">" + value + "</dd></div>";
}

std::string Amounts(const ReportFinding& finding) {
  std::string items;
  if (finding.year) items += AmountItem("Year", "year", std::to_string(*finding.year));
  if (finding.stated_dkk) items += AmountItem("Stated", "stated", FormatDanishKroner(*finding.stated_dkk));
  if (finding.computed_dkk) items += AmountItem("Sum of parts", "computed", FormatDanishKroner(*finding.computed_dkk));
  if (finding.difference_dkk) {
    items += AmountItem("Difference", "difference", FormatSignedKroner(*finding.difference_dkk));
  }
  if (finding.tolerance_dkk) {
    items += AmountItem("Tolerance", "tolerance", "±" + FormatDanishDecimal(*finding.tolerance_dkk) + " kr.");
  }
  return items.empty() ? "" : "<dl class=\"amounts\">" + items + "</dl>\n";
}

// What is outlined in red: the stated total, or for a finding without
// one (a table whose unit was inferred) the place it is about.
std::string RedOutline(const ReportFinding& finding) {
  if (finding.stated_dkk) return "the stated total " + FormatDanishKroner(*finding.stated_dkk);
  return "what the finding is about";
}

// What the picture shows, in words: "Page 4. Red: the stated total
// 8.655.000 kr.; blue: 9 of its 19 parts; the others are on pages 2 and 3."
std::string Caption(const ReportFinding& finding, const FindingImage& image) {
  const std::string all_parts = CountNoun(static_cast<std::int64_t>(finding.parts.size()), "part");
  std::string caption = "Page " + std::to_string(*finding.page) + ". Red: " + RedOutline(finding);
  if (image.parts_shown == finding.parts.size() && image.parts_shown > 0) {
    caption += "; blue: its " + all_parts;
  } else if (image.parts_shown > 0) {
    caption += "; blue: " + std::to_string(image.parts_shown) + " of its " + all_parts;
  }
  if (!image.other_pages.empty()) {
    caption += image.parts_shown > 0 ? "; the others are on " : "; its parts are on ";
    caption += PagesText(image.other_pages);
  }
  if (finding.difference_dkk) caption += "; difference " + FormatSignedKroner(*finding.difference_dkk);
  return caption.back() == '.' ? caption : caption + ".";  // "kr." ends the sentence too
}

std::string AltText(const ReportDocument& document, const ReportFinding& finding) {
  std::string alt = "Page " + std::to_string(*finding.page) + " of " + document.file_name + ", " +
                    RedOutline(finding) + " outlined in red";
  if (!finding.parts.empty()) alt += ", its parts in blue";
  if (finding.difference_dkk) alt += "; difference " + FormatSignedKroner(*finding.difference_dkk);
  return alt;
}

// CSS pixels for `pixels` drawn at 2 per point: two thirds, rounded.
int ShownSize(int pixels) { return (pixels * 2 + 1) / 3; }

std::string Picture(const ReportDocument& document, const ReportFinding& finding, const FindingImages& images) {
  auto found = images.find(finding.id);
  if (found == images.end()) return "";
  const FindingImage& image = found->second;
  if (image.file.empty()) {
    return image.unavailable.empty() ? "" : "<p class=\"image-unavailable\">" + EscapeHtml(image.unavailable) + "</p>\n";
  }
  // Drawn at 2 pixels per point and shown at 4/3 CSS pixels per point
  // (96 to the inch against 72): the page's real size, sharp on dense screens.
  return "<figure class=\"finding-image\"><img src=\"../" + EscapeHtml(image.file) + "\" width=\"" +
         std::to_string(ShownSize(image.width)) + "\" height=\"" + std::to_string(ShownSize(image.height)) +
         "\" alt=\"" + EscapeHtml(AltText(document, finding)) + "\"><figcaption>" +
         EscapeHtml(Caption(finding, image)) + "</figcaption></figure>\n";
}

std::string PartsTable(const ReportFinding& finding) {
  if (finding.parts.empty()) return "";
  std::string html = "<details class=\"parts\"><summary>" +
                     CountNoun(static_cast<std::int64_t>(finding.parts.size()), "part") +
                     "</summary>\n<table class=\"parts\" lang=\"da\">\n<thead><tr><th>Part</th><th>Printed</th>"
                     "<th class=\"amount\">Kroner</th><th class=\"amount\">Page</th></tr></thead>\n<tbody>\n";
  for (const ReportFindingPart& part : finding.parts) {
    html += "<tr><td>" + EscapeHtml(part.label) + "</td><td>" + EscapeHtml(part.text) + "</td>" +
            AmountCell(part.amount_dkk) + "<td class=\"amount\">" + (part.page ? std::to_string(*part.page) : "") +
            "</td></tr>\n";
  }
  return html + "</tbody>\n</table>\n</details>\n";
}

std::string FindingArticle(const ReportDocument& document, const ReportFinding& finding, const FindingImages& images) {
  const std::string severity = EscapeHtml(finding.severity);
  return "<article class=\"finding severity-" + severity + "\" id=\"finding-" + std::to_string(finding.id) +
         "\">\n<h3><span class=\"severity\">" + severity + "</span> · <span class=\"rule\">" +
         EscapeHtml(finding.rule) + "</span>" + (finding.page ? " · p. " + std::to_string(*finding.page) : "") +
         "</h3>\n<p class=\"label\" lang=\"da\">" + EscapeHtml(finding.label) + "</p>\n<p class=\"message\">" +
         EscapeHtml(finding.message) + "</p>\n" + Amounts(finding) + Picture(document, finding, images) +
         PartsTable(finding) + "</article>\n";
}

std::string Findings(const ReportDocument& document, const FindingImages& images) {
  std::string html = "<h2 id=\"findings\">Findings</h2>\n";
  if (document.findings.empty()) return html + "<p>No findings.</p>\n";
  html += "<p>" + SeverityCountsHtml(CountSeverities(document.findings)) + ".</p>\n";
  for (const ReportFinding& finding : document.findings) html += FindingArticle(document, finding, images);
  return html;
}

}  // namespace

std::string DocumentPage(const ReportDocument& document, const FindingImages& images, const ReportSource& source) {
  std::string html = PageStart(document.file_name + " – afstem report", "../") + "<h1>" +
                     EscapeHtml(document.file_name) + "</h1>\n";
  if (!document.title.empty()) html += "<p class=\"document-title\" lang=\"da\">" + EscapeHtml(document.title) + "</p>\n";
  if (!document.ok()) html += "<p class=\"failure\">Not imported: " + EscapeHtml(document.error) + "</p>\n";
  // What needs attention first; the details after.
  if (document.ok()) html += Findings(document, images) + InitiativesTable(document);
  html += Metadata(document);
  if (!document.diagnostics.empty()) {
    html += "<h2 id=\"diagnostics\">Diagnostics</h2>\n<pre class=\"diagnostics\">" + EscapeHtml(document.diagnostics) +
            "</pre>\n";
  }
  return html + PageEnd(source);
}

}  // namespace afstem
