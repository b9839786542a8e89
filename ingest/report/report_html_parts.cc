// Building blocks of the report's pages (report_html_parts.h) and its
// stylesheet.

#include "ingest/report/report_html_parts.h"

#include "ingest/report/danish_numbers.h"
#include "ingest/report/html_text.h"

namespace afstem {

const char kReportStyle[] = R"css(/* afstem report */
body { font: 15px/1.45 "Liberation Sans", Arial, sans-serif; color: #1b1b1b; margin: 0; background: #fafafa; }
header.site, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.site { padding-top: 1rem; }
header.site a { color: #444; text-decoration: none; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
table { border-collapse: collapse; background: #fff; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d8d8d8; padding: .25rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
td.amount, th.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.totals td, tr.totals th { font-weight: bold; background: #f6f6f6; }
.status-failed td.status { color: #a00; font-weight: bold; }
.count-error { color: #b00016; font-weight: bold; }
.count-warning { color: #9a5b00; font-weight: bold; }
.count-info { color: #555; }
dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.metadata dt { color: #555; }
dl.metadata dd { margin: 0; overflow-wrap: anywhere; }
article.finding { background: #fff; border: 1px solid #ddd; border-left: 6px solid #888; padding: .75rem 1rem; margin: 1rem 0; }
article.severity-error { border-left-color: #d0021b; }
article.severity-warning { border-left-color: #e69500; }
article.severity-info { border-left-color: #1f5fbf; }
dl.amounts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0; }
dl.amounts div { display: flex; gap: .4rem; }
dl.amounts dt { color: #555; }
dl.amounts dd { margin: 0; font-variant-numeric: tabular-nums; }
figure.finding-image { margin: .75rem 0; }
figure.finding-image img { max-width: 100%; height: auto; border: 1px solid #ccc; }
figcaption { color: #555; font-size: .9rem; }
p.image-unavailable { color: #a00; font-style: italic; }
p.failure { color: #a00; font-weight: bold; }
pre.diagnostics { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: .5rem; }
footer { color: #666; font-size: .85rem; padding: 2rem 1.25rem; }
)css";

std::string PageStart(const std::string& title, const std::string& root) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         EscapeHtml(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + root +
         "style.css\">\n</head>\n<body>\n<header class=\"site\"><a href=\"" + root +
         "index.html\">afstem report</a></header>\n<main>\n";
}

std::string PageEnd(const ReportSource& source) {
  return "</main>\n<footer>Written by afstem " + EscapeHtml(source.version) + " from " +
         EscapeHtml(source.database) + ".</footer>\n</body>\n</html>\n";
}

std::string YearHeading(const AllocationYear& year) { return year ? std::to_string(*year) : "no year"; }

std::string AmountCell(std::optional<std::int64_t> dkk) {
  if (!dkk) return "<td class=\"amount\"></td>";
  return "<td class=\"amount\">" + FormatDanishInteger(*dkk) + "</td>";
}

std::string YearHeaderCells(const std::vector<AllocationYear>& columns) {
  std::string html;
  for (const AllocationYear& year : columns) html += "<th class=\"amount\">" + YearHeading(year) + "</th>";
  return html + "<th class=\"amount\">Total</th>";
}

std::string YearAmountCells(const YearTotals& amounts, const std::vector<AllocationYear>& columns) {
  std::string html;
  for (const AllocationYear& year : columns) {
    auto found = amounts.find(year);
    html += AmountCell(found == amounts.end() ? std::nullopt : std::optional<std::int64_t>(found->second));
  }
  return html + AmountCell(amounts.empty() ? std::nullopt : std::optional<std::int64_t>(GrandTotal(amounts)));
}

std::string CountNoun(std::int64_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string SeverityCountsHtml(const SeverityCounts& counts) {
  std::string html;
  auto add = [&html](std::int64_t count, const char* severity, const std::string& text) {
    if (count == 0) return;
    if (!html.empty()) html += ", ";
    html += std::string("<span class=\"count-") + severity + "\">" + text + "</span>";
  };
  add(counts.errors, "error", CountNoun(counts.errors, "error"));
  add(counts.warnings, "warning", CountNoun(counts.warnings, "warning"));
  add(counts.infos, "info", std::to_string(counts.infos) + " info");
  return html.empty() ? "none" : html;
}

}  // namespace afstem
