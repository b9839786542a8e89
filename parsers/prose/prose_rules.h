// Rules that describe money in sentences, as data: amount patterns (their
// units from the unit table, parsers/money/money_units.h), year expressions, categories, allocation verbs, group-total
// phrases, committee tags, and abbreviations that do not end a sentence.
// RE2 patterns compiled once by ProseRules::Create() (an RE2::Set finds the
// sentences worth reading); immutable, safe to share between threads.
#ifndef AFSTEM_PARSERS_PROSE_PROSE_RULES_H_
#define AFSTEM_PARSERS_PROSE_PROSE_RULES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/money/money_units.h"
#include "parsers/pattern/pattern.h"
#include "schema/model/status.h"

namespace afstem {

// An amount of money found in a sentence.
struct ProseAmount {
  std::size_t start = 0, length = 0;  // in the sentence
  std::string text;                   // as written: "2,8 mio. kr."
  double value = 0;                   // in `unit`
  std::string unit;                   // "kr.", "1.000 kr.", "mio. kr.", "mia. kr."
  std::int64_t dkk = 0;               // whole kroner
  double precision_dkk = 0;           // ± from the last printed digit
  bool round_figure = false;          // "3 mio.": exact or rounded
  bool implausible = false;           // above kMaxPlausibleDkk
};

// Years that go with an amount.
struct ProseYears {
  std::vector<int> years;  // each year the amount is for
  bool yearly = false;     // "årligt": the amount applies to each year
  bool span = false;       // written as a span ("2024-2026")
};

// No municipal note allocates more than this: 100 mia. kr.
inline constexpr std::int64_t kMaxPlausibleDkk = 100'000'000'000;

class ProseRules {
 public:
  static Result<std::unique_ptr<ProseRules>> Create();

  // Cheap test: may the text hold money at all (RE2::Set over the units)?
  bool MayHoldMoney(std::string_view text) const;
  // Every amount of money in `sentence`, left to right. Not money:
  // percentages, durations, ages, counts, dates, years, page and paragraph
  // numbers — none of them carries a money unit.
  std::vector<ProseAmount> FindAmounts(std::string_view sentence) const;
  // The years in `clause`: spans "2024-2026", lists "2024 og 2026",
  // single years "i 2025"; "(2023-tal)" (the year a figure refers to) and
  // dates ("11. december 2023") are not allocation years.
  ProseYears FindYears(std::string_view clause) const;
  // The category a clause names ("i servicemidler" -> "servicemidler"), or "".
  std::string Category(std::string_view clause) const;
  // The sentence allocates money ("afsættes", "afsat", "bevilges", "tilføres").
  bool Allocates(std::string_view sentence) const;
  // The text before an amount makes it a group total ("til en samlet værdi
  // af", "i alt", "en samlet ramme på").
  bool StatesGroupTotal(std::string_view before_amount) const;
  // A committee tag closing a bullet's text ("… (KFU)" -> "KFU"), or "".
  std::string CommitteeTag(std::string_view text) const;
  // Splits a paragraph into sentences; "bl.a.", "fx.", "jf." … do not end one.
  std::vector<std::string_view> Sentences(std::string_view paragraph) const;

 private:
  ProseRules() = default;
  std::unique_ptr<UnitReader> units_;
  std::unique_ptr<PatternSet> money_;
  std::vector<Pattern> amounts_;
  std::unique_ptr<Pattern> year_span_, year_list_, year_single_;
  std::unique_ptr<Pattern> reference_year_, date_year_, yearly_;
  std::unique_ptr<Pattern> allocates_, group_total_, committee_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_PROSE_PROSE_RULES_H_
