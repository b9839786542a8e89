// Danish number formatting for the report (danish_numbers.h).

#include "ingest/report/danish_numbers.h"

#include <cmath>

namespace afstem {
namespace {

constexpr char kMinus[] = "\u2212";

// 8655000 -> "8.655.000".
std::string GroupThousands(std::uint64_t magnitude) {
  std::string digits = std::to_string(magnitude);
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  return grouped;
}

// |value| without overflow for INT64_MIN.
std::uint64_t Magnitude(std::int64_t value) {
  return value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
}

}  // namespace

std::string FormatDanishInteger(std::int64_t value) {
  return (value < 0 ? kMinus : "") + GroupThousands(Magnitude(value));
}

std::string FormatDanishKroner(std::int64_t dkk) { return FormatDanishInteger(dkk) + " kr."; }

std::string FormatSignedKroner(std::int64_t dkk) {
  return (dkk > 0 ? "+" : "") + FormatDanishKroner(dkk);
}

std::string FormatDanishDecimal(double value) {
  // Whole hundredths, so 0.125 prints as "0,13" and 9.999 as "10".
  const double hundredths = std::round(std::fabs(value) * 100.0);
  // NaN, infinities and magnitudes beyond 64 bits are no amounts of money.
  if (!(hundredths < 1.8e19)) return "?";
  const auto scaled = static_cast<std::uint64_t>(hundredths);
  std::string text = (value < 0 && scaled > 0 ? kMinus : "") + GroupThousands(scaled / 100);
  const std::uint64_t cents = scaled % 100;
  if (cents == 0) return text;
  text += ',';
  text += static_cast<char>('0' + cents / 10);
  if (cents % 10 != 0) text += static_cast<char>('0' + cents % 10);
  return text;
}

}  // namespace afstem
