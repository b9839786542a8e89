// The report's pages as HTML5 text, from the loaded data and the finding
// pictures: index.html (every document with its status, pages,
// initiatives, allocations per year and finding counts; the error and
// warning findings; failed documents with their reasons) and
// documents/<id>.html (every finding with its picture, the initiatives ×
// years table, the document's metadata). Pure: writes no files; every text from the
// database is escaped. No scripts: the pages are static.
//
// Stable hooks for tests and styling: table.documents (tr#document-<id>),
// table.allocations-by-year, table.failed, table.initiatives (tfoot
// tr.totals), article.finding.severity-<severity>#finding-<id>,
// figure.finding-image img, p.image-unavailable.
#ifndef AFSTEM_INGEST_REPORT_REPORT_HTML_H_
#define AFSTEM_INGEST_REPORT_REPORT_HTML_H_

#include <cstdint>
#include <string>

#include "ingest/report/report_data.h"
#include "ingest/report/report_images.h"

namespace afstem {

// The stylesheet every page links as style.css (from the site root).
extern const char kReportStyle[];

// What the pages say about where they came from: "afstem 0.1.0 from
// afstem.sqlite".
struct ReportSource {
  std::string database;
  std::string version;
};

// index.html, at the site root.
std::string IndexPage(const ReportData& data, const ReportSource& source);

// documents/<id>.html for `document`; `images` holds its findings'
// pictures (a finding missing from it is shown without one).
std::string DocumentPage(const ReportDocument& document, const FindingImages& images, const ReportSource& source);

// "documents/7.html": where DocumentPage's result goes, from the root.
std::string DocumentPagePath(std::int64_t document_id);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_REPORT_HTML_H_
