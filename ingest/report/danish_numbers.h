// Numbers as the report prints them for Danish readers: "." between groups
// of thousands, "," before decimals and the minus sign U+2212 ("−75.000").
// Pure functions.
#ifndef AFSTEM_INGEST_REPORT_DANISH_NUMBERS_H_
#define AFSTEM_INGEST_REPORT_DANISH_NUMBERS_H_

#include <cstdint>
#include <string>

namespace afstem {

// 8655000 -> "8.655.000", -75000 -> "−75.000", 0 -> "0".
std::string FormatDanishInteger(std::int64_t value);

// 8655000 -> "8.655.000 kr.".
std::string FormatDanishKroner(std::int64_t dkk);

// A difference, always with its sign: 200000 -> "+200.000 kr.",
// -200000 -> "−200.000 kr.", 0 -> "0 kr.".
std::string FormatSignedKroner(std::int64_t dkk);

// At most two decimals, trailing zeros dropped: 10000 -> "10.000",
// 0.5 -> "0,5", 12000.25 -> "12.000,25", -1.5 -> "−1,5".
std::string FormatDanishDecimal(double value);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_DANISH_NUMBERS_H_
