// Year columns and sums of the report's allocation tables
// (allocation_years.h).

#include "ingest/report/allocation_years.h"

namespace afstem {

YearTotals SumByYear(const std::vector<ReportInitiative>& initiatives) {
  YearTotals totals;
  for (const ReportInitiative& initiative : initiatives) AddYearTotals(initiative.amounts, totals);
  return totals;
}

void AddYearTotals(const YearTotals& more, YearTotals& totals) {
  for (const auto& [year, amount] : more) totals[year] += amount;
}

std::vector<AllocationYear> YearColumns(const YearTotals& totals) {
  std::vector<AllocationYear> columns;
  // std::nullopt orders first in the map; it is shown last.
  for (const auto& [year, amount] : totals) {
    if (year) columns.push_back(year);
  }
  if (totals.count(std::nullopt) > 0) columns.push_back(std::nullopt);
  return columns;
}

std::int64_t GrandTotal(const YearTotals& totals) {
  std::int64_t sum = 0;
  for (const auto& [year, amount] : totals) sum += amount;
  return sum;
}

}  // namespace afstem
