// THE table of money units: every way a unit of kroner is written, its
// canonical name and multiplier, and where it may stand. Prose amounts
// ("2,8 mio. kr."), table captions and headers ("(mio. kr.)", "Beløb i
// 1.000 kr.") and inferred table units all read this one table
// (money_units.cc). A unit text no row matches is not money: it never
// falls back to kroner.
#ifndef AFSTEM_PARSERS_MONEY_MONEY_UNITS_H_
#define AFSTEM_PARSERS_MONEY_MONEY_UNITS_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pattern/pattern.h"
#include "schema/model/status.h"

namespace afstem {

// A canonical unit: its name as stored ("mio. kr.") and kroner per unit.
struct MoneyUnit {
  std::string_view name;
  std::int64_t dkk = 1;
};

inline constexpr MoneyUnit kKroner{"kr.", 1};
inline constexpr MoneyUnit kThousands{"1.000 kr.", 1'000};
inline constexpr MoneyUnit kMillions{"mio. kr.", 1'000'000};
inline constexpr MoneyUnit kBillions{"mia. kr.", 1'000'000'000};

// Where a unit word states a table's unit (in a caption or column header),
// never right after a number ("afsat 3 mio. kr." is an amount).
enum class StatedUse {
  kNever,          // not a table unit ("mia." alone)
  kFree,           // anywhere: "Mio. kr.", "Beløb (t.kr.)"
  kIntroduced,     // at the start, after "i" or "(": "Beløb i 1.000 kr."
  kBeforeParen,    // the word and ")": "2025 (mio.)"
  kInParentheses,  // only as "(word)": "(kr.)"
};

// One way of writing a unit. Patterns are RE2 (parsers/pattern/pattern.h), read in
// any case in prose; tables read them in any case when `stated_any_case`.
struct UnitWord {
  std::string_view pattern;  // the word: R"(mio\.?\s*kr\.?)"
  MoneyUnit unit;
  bool after_number = false;  // prose: "3 mio. kr." (the number first)
  bool bare = false;          // no "kr.": "2 mio. borgere" is a count
  // Prose, the unit first: R"(kr\.)" in "kr. 300.000"; empty: never so.
  std::string_view before_number;
  StatedUse stated = StatedUse::kNever;
  bool stated_any_case = true;  // false: tables read it as written only
};

// Every row, in the order they are tried (a longer word before its prefix).
std::span<const UnitWord> UnitWords();

// RE2 alternation of the words written after a number, in table order,
// for an amount pattern: "(?:mia\.?\s*kr\.?|…|kr\.?)".
std::string AfterNumberAlternation();
// The same for the words written before a number: "(?:kr\.)".
std::string BeforeNumberAlternation();

// The table compiled, to read a unit text back to its row. Immutable
// after Create(); safe to share between threads.
class UnitReader {
 public:
  // Compiles every row's patterns; an error names a row that does not.
  static Result<std::unique_ptr<UnitReader>> Create();

  // The row of a unit written after a number, matched whole in any case:
  // "Mio. kr." -> mio. kr., "kroner" -> kr.; null when no row reads it.
  const UnitWord* AfterNumber(std::string_view text) const;
  // The row of a unit written before its number ("kr."), or null.
  const UnitWord* BeforeNumber(std::string_view text) const;
  // The first row (in table order) whose stated form matches a prefix of
  // `text`: "mio. kr.) 2025" -> mio. kr.; ")" is part of the form for
  // kBeforeParen and kInParentheses. Null when none does; the caller
  // checks the word's StatedUse against what stands before it.
  const UnitWord* StatedPrefix(std::string_view text) const;

 private:
  UnitReader() = default;
  struct Compiled {
    const UnitWord* word;
    Pattern pattern;
  };
  std::vector<Compiled> after_, before_, stated_;
};

// A number as prose prints it before a unit: "750.000", "2,8", "0.5",
// "12.345,5". The unit-first form ("kr. 300.000") reads no dot decimals.
inline constexpr std::string_view kProseNumber = R"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)";
inline constexpr std::string_view kProseNumberAfterUnit = R"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)";

}  // namespace afstem

#endif  // AFSTEM_PARSERS_MONEY_MONEY_UNITS_H_
