// Interval arithmetic over printed amounts, after XBRL calculation 1.1: a
// printed value is exact only to its last printed digit, so it stands for an
// interval; a stated total and the sum of its parts are inconsistent only
// when their intervals cannot overlap. Pure; safe from any thread.
//
//   "1.200" in 1.000 kr.  -> 1 200 000 ± 500
//   "0,35"  in mio. kr.   ->   350 000 ± 5 000
//   "2,8 mio. kr."        -> 2 800 000 ± 50 000
//   "750.000 kr."         ->   750 000 exactly
//   "3 mio. kr."          -> 3 000 000, a round figure: ± 500 000 beside
//                            rounded amounts, exact beside exact ones
#ifndef AFSTEM_PARSERS_MONEY_AMOUNT_INTERVAL_H_
#define AFSTEM_PARSERS_MONEY_AMOUNT_INTERVAL_H_

#include <cstdint>
#include <vector>

namespace afstem {

struct PrintedAmount {
  std::int64_t dkk = 0;
  double precision_dkk = 0;   // half-width of the interval; 0 = exact
  bool round_figure = false;  // a whole number of mio./mia.: maybe rounded
};

// Half the place value of the last printed digit, in kroner, for a number
// printed with `decimals` digits after the decimal mark in a unit of
// `unit_dkk` kroner. Amounts printed to the whole krone are exact (0);
// digits below the krone give 0.5, the most that storing whole kroner
// rounds away.
double PrecisionDkk(int decimals, std::int64_t unit_dkk);

// True for a whole number of millions or billions ("3 mio.", "1 mia."):
// written that way both when exact and when rounded.
bool IsRoundFigure(int decimals, std::int64_t unit_dkk);

struct SumComparison {
  std::int64_t stated_dkk = 0;
  std::int64_t computed_dkk = 0;  // the parts' sum
  std::int64_t difference_dkk = 0;  // stated - computed
  double tolerance_dkk = 0;       // the total's and the parts' half-widths
  bool consistent = true;         // |difference| <= tolerance
  // The round figures in the comparison were read as exact, because every
  // other amount in it is exact or round too.
  bool round_read_exact = false;
};

// Compares a stated total with the sum of its parts. A round figure counts
// as exact when every other amount in the comparison is exact or a round
// figure (the writer could add exactly); otherwise it counts with its
// precision. Negative amounts take part like any other.
SumComparison CompareSum(const PrintedAmount& total, const std::vector<PrintedAmount>& parts);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_MONEY_AMOUNT_INTERVAL_H_
