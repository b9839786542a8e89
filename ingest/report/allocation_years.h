// The year columns of the report's initiatives × years tables and their
// sums: the years present in ascending order, then the column for amounts
// stored without a year ("no year") when there are any. Pure.
#ifndef AFSTEM_INGEST_REPORT_ALLOCATION_YEARS_H_
#define AFSTEM_INGEST_REPORT_ALLOCATION_YEARS_H_

#include <cstdint>
#include <map>
#include <vector>

#include "ingest/report/report_data.h"

namespace afstem {

// Kroner per year column, summed over `initiatives`.
using YearTotals = std::map<AllocationYear, std::int64_t>;

YearTotals SumByYear(const std::vector<ReportInitiative>& initiatives);

// Adds `more` into `totals`, column by column.
void AddYearTotals(const YearTotals& more, YearTotals& totals);

// The columns of `totals` in display order: {2024, 2025, no year}.
std::vector<AllocationYear> YearColumns(const YearTotals& totals);

// The sum of every column.
std::int64_t GrandTotal(const YearTotals& totals);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_ALLOCATION_YEARS_H_
