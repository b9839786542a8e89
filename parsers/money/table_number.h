// Numbers as Danish budget tables print them: "1.200" (dot groups
// thousands), "2,5" (comma decimal), "0.5"/"4.05" (a dot decimal when not
// followed by exactly three digits), and negatives "-200", "−200",
// "÷ 150" (Danish accounting minus) and "(75)"; a full stop after the last
// digit is punctuation ("600." -> 600). A lone "-", "–" or "—",
// or nothing, is an empty cell. Pure; safe from any thread.
#ifndef AFSTEM_PARSERS_MONEY_TABLE_NUMBER_H_
#define AFSTEM_PARSERS_MONEY_TABLE_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

namespace afstem {

struct ParsedNumber {
  bool empty = false;   // the cell means "nothing" ("", "-", "–")
  double value = 0;     // in the printed unit
  int decimals = 0;     // digits printed after the decimal mark: "2,50" -> 2
  std::string error;    // non-empty: not a number, and why
};

// Examples: "1.200" -> 1200; "2,5" -> 2.5; "÷ 150" -> -150; "(75)" -> -75;
// "–" -> empty; "0.465" -> 0.465 (3 decimals); "12 mio." -> error.
ParsedNumber ParseTableNumber(std::string_view text);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_MONEY_TABLE_NUMBER_H_
