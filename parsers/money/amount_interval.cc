// Interval arithmetic over printed amounts (amount_interval.h).

#include "parsers/money/amount_interval.h"

#include <cmath>
#include <cstdlib>

namespace afstem {
namespace {

// Floating point slack: half-widths are sums of halves of powers of ten.
constexpr double kSlack = 1e-6;

bool Exact(const PrintedAmount& amount) { return amount.precision_dkk == 0; }

}  // namespace

double PrecisionDkk(int decimals, std::int64_t unit_dkk) {
  const double place = static_cast<double>(unit_dkk) / std::pow(10.0, decimals);
  if (place > 1.0) return place / 2;
  return decimals == 0 || place == 1.0 ? 0.0 : 0.5;
}

bool IsRoundFigure(int decimals, std::int64_t unit_dkk) {
  return decimals == 0 && unit_dkk >= 1'000'000;
}

SumComparison CompareSum(const PrintedAmount& total, const std::vector<PrintedAmount>& parts) {
  bool rounded_company = !total.round_figure && !Exact(total);
  for (const PrintedAmount& part : parts) {
    if (!part.round_figure && !Exact(part)) rounded_company = true;
  }
  auto width = [&](const PrintedAmount& amount) {
    return amount.round_figure && !rounded_company ? 0.0 : amount.precision_dkk;
  };
  SumComparison result;
  result.stated_dkk = total.dkk;
  result.tolerance_dkk = width(total);
  bool any_round = total.round_figure;
  for (const PrintedAmount& part : parts) {
    result.computed_dkk += part.dkk;
    result.tolerance_dkk += width(part);
    any_round = any_round || part.round_figure;
  }
  result.round_read_exact = any_round && !rounded_company;
  result.difference_dkk = result.stated_dkk - result.computed_dkk;
  result.consistent =
      static_cast<double>(std::llabs(result.difference_dkk)) <= result.tolerance_dkk + kSlack;
  return result;
}

}  // namespace afstem
