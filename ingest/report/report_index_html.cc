// index.html of the report (report_html.h): documents, allocations per
// year, errors and warnings, failed documents.

#include "ingest/report/allocation_years.h"
#include "ingest/report/danish_numbers.h"
#include "ingest/report/html_text.h"
#include "ingest/report/report_html.h"
#include "ingest/report/report_html_parts.h"

namespace afstem {
namespace {

std::string DocumentLink(const ReportDocument& document) {
  return "<a href=\"" + DocumentPagePath(document.id) + "\">" + EscapeHtml(document.file_name) + "</a>";
}

std::string OptionalNumber(const std::optional<std::int64_t>& value) {
  return value ? FormatDanishInteger(*value) : "";
}

std::string Summary(const ReportData& data) {
  std::int64_t failed = 0;
  SeverityCounts counts;
  for (const ReportDocument& document : data.documents) {
    if (!document.ok()) ++failed;
    counts.Add(CountSeverities(document.findings));
  }
  const auto total = static_cast<std::int64_t>(data.documents.size());
  return "<p class=\"summary\">" + CountNoun(total, "document") + ": " + std::to_string(total - failed) +
         " loaded, " + std::to_string(failed) + " failed. Findings: " + SeverityCountsHtml(counts) + ".</p>\n";
}

// A failed document shows its reason where the finding counts would be.
std::string DocumentRow(const ReportDocument& document) {
  const std::string initiatives =
      document.ok() ? FormatDanishInteger(static_cast<std::int64_t>(document.initiatives.size())) : "";
  const std::string findings =
      document.ok() ? SeverityCountsHtml(CountSeverities(document.findings)) : EscapeHtml(document.error);
  return "<tr id=\"document-" + std::to_string(document.id) + "\" class=\"status-" + EscapeHtml(document.status) +
         "\"><td class=\"file\">" + DocumentLink(document) + "</td><td class=\"title\" lang=\"da\">" +
         EscapeHtml(document.title) + "</td><td class=\"status\">" + EscapeHtml(document.status) +
         "</td><td class=\"amount pages\">" + OptionalNumber(document.page_count) +
         "</td><td class=\"amount initiatives\">" + initiatives + "</td><td class=\"findings\">" + findings +
         "</td></tr>\n";
}

std::string DocumentsTable(const ReportData& data) {
  std::string html =
      "<h2 id=\"documents\">Documents</h2>\n<table class=\"documents\">\n<thead><tr><th>File</th><th>Title</th>"
      "<th>Status</th><th class=\"amount\">Pages</th><th class=\"amount\">Initiatives</th><th>Findings</th>"
      "</tr></thead>\n<tbody>\n";
  for (const ReportDocument& document : data.documents) html += DocumentRow(document);
  return html + "</tbody>\n</table>\n";
}

std::string AllocationsTable(const ReportData& data) {
  YearTotals all;
  for (const ReportDocument& document : data.documents) AddYearTotals(SumByYear(document.initiatives), all);
  std::string html = "<h2 id=\"allocations\">Allocations per year</h2>\n";
  if (all.empty()) return html + "<p>No allocations were read.</p>\n";
  const std::vector<AllocationYear> columns = YearColumns(all);
  html += "<p>Kroner allocated to the documents' initiatives, per year, as read.</p>\n"
          "<table class=\"allocations-by-year\">\n<thead><tr><th>File</th>" +
          YearHeaderCells(columns) + "</tr></thead>\n<tbody>\n";
  for (const ReportDocument& document : data.documents) {
    const YearTotals totals = SumByYear(document.initiatives);
    if (totals.empty()) continue;
    html += "<tr><td class=\"file\">" + DocumentLink(document) + "</td>" + YearAmountCells(totals, columns) + "</tr>\n";
  }
  return html + "</tbody>\n<tfoot><tr class=\"totals\"><th>All documents</th>" + YearAmountCells(all, columns) +
         "</tr></tfoot>\n</table>\n";
}

std::string FindingsList(const ReportData& data) {
  std::string rows;
  for (const ReportDocument& document : data.documents) {
    for (const ReportFinding& finding : document.findings) {
      if (finding.severity != "error" && finding.severity != "warning") continue;
      rows += "<tr class=\"finding severity-" + EscapeHtml(finding.severity) + "\"><td class=\"file\">" +
              DocumentLink(document) + "</td><td class=\"severity\">" + EscapeHtml(finding.severity) +
              "</td><td class=\"page\">" + (finding.page ? "p. " + std::to_string(*finding.page) : "") +
              "</td><td><a href=\"" + DocumentPagePath(document.id) + "#finding-" + std::to_string(finding.id) +
              "\">" + EscapeHtml(finding.label) + "</a>: " + EscapeHtml(finding.message) + "</td></tr>\n";
    }
  }
  std::string html = "<h2 id=\"findings\">Errors and warnings</h2>\n";
  if (rows.empty()) return html + "<p>No errors or warnings.</p>\n";
  return html +
         "<table class=\"findings\">\n<thead><tr><th>File</th><th>Severity</th><th>Page</th><th>Finding</th></tr>"
         "</thead>\n<tbody>\n" +
         rows + "</tbody>\n</table>\n<p>Information findings are listed on each document's page.</p>\n";
}

std::string FailedTable(const ReportData& data) {
  std::string rows;
  for (const ReportDocument& document : data.documents) {
    if (document.ok()) continue;
    rows += "<tr id=\"failed-" + std::to_string(document.id) + "\"><td class=\"file\">" + DocumentLink(document) +
            "</td><td class=\"path\">" + EscapeHtml(document.path) + "</td><td class=\"reason\">" +
            EscapeHtml(document.error) + "</td></tr>\n";
  }
  if (rows.empty()) return "";
  return "<h2 id=\"failed\">Failed documents</h2>\n<table class=\"failed\">\n<thead><tr><th>File</th><th>Path</th>"
         "<th>Reason</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody>\n</table>\n";
}

}  // namespace

std::string DocumentPagePath(std::int64_t document_id) { return "documents/" + std::to_string(document_id) + ".html"; }

std::string IndexPage(const ReportData& data, const ReportSource& source) {
  return PageStart("afstem report", "") + "<h1>afstem report</h1>\n" + Summary(data) + DocumentsTable(data) +
         AllocationsTable(data) + FindingsList(data) + FailedTable(data) + PageEnd(source);
}

}  // namespace afstem
