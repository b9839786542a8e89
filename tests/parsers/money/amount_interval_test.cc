// Interval arithmetic over printed amounts (parsers/money/amount_interval.h):
// precision from printed digits, sums of intervals, round figures,
// negative amounts and mixed units.

#include <catch2/catch.hpp>

#include "parsers/money/amount_interval.h"

namespace afstem {
namespace {

PrintedAmount Cell(std::int64_t dkk, double precision) { return PrintedAmount{dkk, precision, false}; }

TEST_CASE("precision is half the last printed digit, in kroner", "[parsers][reconcile]") {
  CHECK(PrecisionDkk(0, 1'000) == 500.0);          // "1.200" in 1.000 kr.
  CHECK(PrecisionDkk(1, 1'000) == 50.0);           // "1,5" in 1.000 kr.
  CHECK(PrecisionDkk(1, 1'000'000) == 50'000.0);   // "2,8 mio."
  CHECK(PrecisionDkk(2, 1'000'000) == 5'000.0);    // "0,35" in mio. kr.
  CHECK(PrecisionDkk(0, 1'000'000) == 500'000.0);  // "3 mio."
  CHECK(PrecisionDkk(0, 1) == 0.0);                // "750.000 kr." is exact
  CHECK(PrecisionDkk(3, 1'000) == 0.0);            // "1,234" in 1.000 kr.: to the krone
  CHECK(PrecisionDkk(2, 1) == 0.5);                // "12,50 kr.": below the krone
  CHECK(PrecisionDkk(2, 1'000'000'000) == 5'000'000.0);  // "1,25 mia."
}

TEST_CASE("round figures are whole millions and billions only", "[parsers][reconcile]") {
  CHECK(IsRoundFigure(0, 1'000'000));
  CHECK(IsRoundFigure(0, 1'000'000'000));
  CHECK_FALSE(IsRoundFigure(1, 1'000'000));  // "2,8 mio." says its precision
  CHECK_FALSE(IsRoundFigure(0, 1'000));
  CHECK_FALSE(IsRoundFigure(0, 1));
}

TEST_CASE("a column in 1.000 kr. off by 100 is inconsistent", "[parsers][reconcile]") {
  // 1.200 + 850 + 400 = 2.450, stated 2.550: 3 parts and the total at ±500.
  const SumComparison sum =
      CompareSum(Cell(2'550'000, 500), {Cell(1'200'000, 500), Cell(850'000, 500), Cell(400'000, 500)});
  CHECK(sum.stated_dkk == 2'550'000);
  CHECK(sum.computed_dkk == 2'450'000);
  CHECK(sum.difference_dkk == 100'000);
  CHECK(sum.tolerance_dkk == 2'000.0);
  CHECK_FALSE(sum.consistent);
}

TEST_CASE("a difference within the summed precision is rounding, not an error", "[parsers][reconcile]") {
  // 0,8 + 1,7 + 0,6 = 3,1 against a stated 3,0 (mio. kr., one decimal):
  // four values at ±50.000 allow ±200.000.
  const SumComparison sum = CompareSum(Cell(3'000'000, 50'000),
                                       {Cell(800'000, 50'000), Cell(1'700'000, 50'000), Cell(600'000, 50'000)});
  CHECK(sum.difference_dkk == -100'000);
  CHECK(sum.tolerance_dkk == 200'000.0);
  CHECK(sum.consistent);
  // Exactly at the edge still overlaps; one krone beyond does not.
  CHECK(CompareSum(Cell(1'001'000, 500), {Cell(1'000'000, 500)}).consistent);
  CHECK_FALSE(CompareSum(Cell(1'001'001, 500), {Cell(1'000'000, 500)}).consistent);
}

TEST_CASE("negative amounts sum like any other", "[parsers][reconcile]") {
  // -400 - 300 - 75 + 500 + 300 = 25 (1.000 kr.), stated 25.
  const std::vector<PrintedAmount> parts = {Cell(-400'000, 500), Cell(-300'000, 500), Cell(-75'000, 500),
                                            Cell(500'000, 500), Cell(300'000, 500)};
  const SumComparison right = CompareSum(Cell(25'000, 500), parts);
  CHECK(right.computed_dkk == 25'000);
  CHECK(right.consistent);
  // A lost minus (stated -25 for 25) is far outside ±3.000.
  const SumComparison wrong = CompareSum(Cell(-25'000, 500), parts);
  CHECK(wrong.difference_dkk == -50'000);
  CHECK(wrong.tolerance_dkk == 3'000.0);
  CHECK_FALSE(wrong.consistent);
  // A negative total of negative parts.
  CHECK(CompareSum(Cell(-1'500'000, 50'000), {Cell(-700'000, 50'000), Cell(-800'000, 50'000)}).consistent);
}

TEST_CASE("parts in different units sum with their own precision", "[parsers][reconcile]") {
  // "2,8 mio. kr." stated; parts "1.900" (1.000 kr.) and "950.000 kr.".
  const SumComparison sum = CompareSum(Cell(2'800'000, 50'000), {Cell(1'900'000, 500), Cell(950'000, 0)});
  CHECK(sum.computed_dkk == 2'850'000);
  CHECK(sum.tolerance_dkk == 50'500.0);
  CHECK(sum.consistent);
  // "2,7 mio." against the same parts: 150.000 off, beyond ±50.500.
  const SumComparison off = CompareSum(Cell(2'700'000, 50'000), {Cell(1'900'000, 500), Cell(950'000, 0)});
  CHECK(off.difference_dkk == -150'000);
  CHECK_FALSE(off.consistent);
}

TEST_CASE("a round headline is exact beside exact parts, rounded beside rounded ones", "[parsers][reconcile]") {
  const PrintedAmount three_million{3'000'000, 500'000, true};  // "3 mio. kr."
  // Groups of 750.000 + 1.700.000 + 750.000 kr. (exact) = 3.200.000.
  const SumComparison exact =
      CompareSum(three_million, {Cell(750'000, 0), Cell(1'700'000, 0), Cell(750'000, 0)});
  CHECK(exact.round_read_exact);
  CHECK(exact.tolerance_dkk == 0.0);
  CHECK(exact.difference_dkk == -200'000);
  CHECK_FALSE(exact.consistent);
  // The same parts as table cells in 1.000 kr.: the headline may be rounded.
  const SumComparison rounded =
      CompareSum(three_million, {Cell(750'000, 500), Cell(1'700'000, 500), Cell(750'000, 500)});
  CHECK_FALSE(rounded.round_read_exact);
  CHECK(rounded.tolerance_dkk == 501'500.0);
  CHECK(rounded.consistent);
  // Round among round: "3 mio." = "1 mio." + "1 mio." is read exactly.
  const PrintedAmount one_million{1'000'000, 500'000, true};
  const SumComparison rounds = CompareSum(three_million, {one_million, one_million});
  CHECK(rounds.round_read_exact);
  CHECK_FALSE(rounds.consistent);
  CHECK(CompareSum(three_million, {one_million, one_million, one_million}).consistent);
}

TEST_CASE("no parts sum to zero", "[parsers][reconcile]") {
  const SumComparison sum = CompareSum(Cell(500'000, 500), {});
  CHECK(sum.computed_dkk == 0);
  CHECK(sum.tolerance_dkk == 500.0);
  CHECK_FALSE(sum.consistent);
}

}  // namespace
}  // namespace afstem
