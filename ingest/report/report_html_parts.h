// Building blocks shared by the report's pages (report_html.h): the page
// frame, amount cells, year headings and finding counts. Pure; every
// argument that is text is escaped here unless its name ends in `_html`.
#ifndef AFSTEM_INGEST_REPORT_REPORT_HTML_PARTS_H_
#define AFSTEM_INGEST_REPORT_REPORT_HTML_PARTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/report/allocation_years.h"
#include "ingest/report/report_data.h"
#include "ingest/report/report_html.h"

namespace afstem {

// <!DOCTYPE html> up to the opening of <main>, titled `title`. `root` is
// the way from the page to the site root ("" or "../"), for style.css and
// the link home.
std::string PageStart(const std::string& title, const std::string& root);
// Closes <main> and adds the footer naming the source.
std::string PageEnd(const ReportSource& source);

// "2024", or "no year" for amounts stored without one.
std::string YearHeading(const AllocationYear& year);
// <td class="amount">8.655.000</td>; an empty cell for nullopt.
std::string AmountCell(std::optional<std::int64_t> dkk);
// <th class="amount">2024</th>… for `columns`, then one for "Total".
std::string YearHeaderCells(const std::vector<AllocationYear>& columns);
// An AmountCell per column of `columns` (empty where `amounts` has
// nothing), then one with the sum of `amounts` (empty when it is empty).
std::string YearAmountCells(const YearTotals& amounts, const std::vector<AllocationYear>& columns);

// <span class="count-error">1 error</span>, … ; "none" without findings.
std::string SeverityCountsHtml(const SeverityCounts& counts);

// "1 error", "2 errors".
std::string CountNoun(std::int64_t count, const std::string& noun);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_REPORT_HTML_PARTS_H_
