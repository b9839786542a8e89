// The prose money rule tables (prose_rules.h). Add a phrasing by adding a
// row here and a case in tests/parsers/prose/prose_amounts_test.cc.

#include "parsers/prose/prose_rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "parsers/money/amount_interval.h"
#include "parsers/money/table_number.h"

namespace afstem {
namespace {

// Amounts, built from the unit table (parsers/money/money_units.h). After the
// number: group 1 a minus ("÷", "-", "−", "–"), group 2 the number, group 3
// the unit: "3 mio. kr.", "750.000 kr.", "2,8 mio. kr.", "0,5 mio.", "0.5
// mio. kr." (a dot decimal), "1,25 mia. kr.", "300 t.kr.", "÷ 200.000 kr.",
// "2,5 mill. kr.", "450.000 kroner".
std::string AmountAfter() {
  return R"((?i)(?:(÷|-|−|–)\s?)?()" + std::string(kProseNumber) + R"()\s?()" + AfterNumberAlternation() + ")";
}
// The unit first, "kr. 300.000": group 1 unused, group 2 the unit, group
// 3 the number.
std::string AmountBefore() {
  return R"((?i)()()" + BeforeNumberAlternation() + R"()\s?()" + std::string(kProseNumberAfterUnit) + ")";
}
// Fast test for sentences worth reading: a digit and a unit after it, or
// a unit-first unit and a digit.
std::vector<std::string> MoneyHints() {
  return {R"((?i)\d\s?)" + AfterNumberAlternation(), "(?i)" + BeforeNumberAlternation() + R"(\s?\d)"};
}

constexpr std::string_view kYear = R"((?:19|20)\d\d)";
constexpr std::string_view kYearSpan = R"(((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d))";
constexpr std::string_view kYearList =
    R"(((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s+(?:og|samt)\s+(?:19|20)\d\d))";
// "(2023-tal)": the year a figure refers to; "siden 2005": where a past
// period began. Neither is an allocation year.
constexpr std::string_view kReferenceYear = R"((?i)(?:19|20)\d\d-tal|siden\s+(?:19|20)\d\d)";
// "11. december 2023": a date.
constexpr std::string_view kDateYear =
    R"((?i)\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(?:19|20)\d\d)";
constexpr std::string_view kYearly = R"((?i)(?:årligt|om året|pr\. år|hvert år))";
// Sentences that allocate: "Der afsættes …", "BIU har … afsat …".
constexpr std::string_view kAllocates =
    R"((?i)(?:^|[^\p{L}])(?:afsætte[rs]?|afsat(?:te)?|bevilge[rs]?|bevilget|bevilliget|tilføre[rs]?|tilført|reserveret|reserveres))";
// Ends the text before a group's total: "… til en samlet værdi af".
constexpr std::string_view kGroupTotal =
    R"((?i)(?:samlet\s+værdi\s+af|samlet\s+ramme\s+på|samlet\s+beløb\s+på|i\s+alt)\s*$)";
// A committee tag closing a bullet: "(KFU)", "(TMU)", "(BIU)".
constexpr std::string_view kCommittee = R"(\(([A-ZÆØÅ]{2,6})\)\s*$)";

// Categories of money, and the word they are stored as.
constexpr std::pair<std::string_view, std::string_view> kCategories[] = {
    {"servicemidler", "servicemidler"}, {"indsatsmidler", "indsatsmidler"},
    {"anlægsmidler", "anlæg"},          {"anlæg", "anlæg"},
    {"driftsmidler", "driftsmidler"},   {"driftsmidlerne", "driftsmidler"},
};

// Words after a bare "mio."/"mia." that make it a count, not money.
constexpr std::string_view kNotMoneyAfter[] = {
    "borgere", "indbyggere", "personer", "mennesker", "besøg", "visninger",
    "ton", "km", "liter", "timer", "dage", "brugere"};

// Abbreviations whose full stop does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "bl.a.", "fx.", "f.eks.", "mhp.", "ml.", "jf.", "evt.", "ca.", "nr.", "stk.",
    "pkt.", "dvs.", "mv.", "m.v.", "el.", "inkl.", "ekskl.", "vedr.", "hhv.", "o.l.",
    "m.fl.", "etc.", "kap.", "tlf.", "s.", "ang.", "pga.", "iht.", "ift."};

bool IsLetterAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  return std::isalpha(c) || c >= 0xC3;
}

std::string_view NextWord(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  std::size_t end = at;
  while (end < text.size() && IsLetterAt(text, end)) ++end;
  return text.substr(at, end - at);
}

std::vector<int> YearsIn(std::string_view text) {
  std::vector<int> years;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text.substr(i, 2) == "19" || text.substr(i, 2) == "20") &&
        std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
        (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])))) {
      years.push_back(std::stoi(std::string(text.substr(i, 4))));
      i += 3;
    }
  }
  return years;
}

}  // namespace

Result<std::unique_ptr<ProseRules>> ProseRules::Create() {
  std::unique_ptr<ProseRules> rules(new ProseRules());
  auto units = UnitReader::Create();
  if (!units.ok()) return units.status();
  rules->units_ = std::move(units.value());
  const std::vector<std::string> hints = MoneyHints();
  rules->money_ = std::make_unique<PatternSet>(std::vector<std::string_view>(hints.begin(), hints.end()));
  if (!rules->money_->ok()) return Status::Internal(rules->money_->error());
  rules->amounts_.emplace_back(AmountAfter());
  rules->amounts_.emplace_back(AmountBefore());
  rules->year_span_ = std::make_unique<Pattern>(kYearSpan);
  rules->year_list_ = std::make_unique<Pattern>(kYearList);
  rules->year_single_ = std::make_unique<Pattern>(kYear);
  rules->reference_year_ = std::make_unique<Pattern>(kReferenceYear);
  rules->date_year_ = std::make_unique<Pattern>(kDateYear);
  rules->yearly_ = std::make_unique<Pattern>(kYearly);
  rules->allocates_ = std::make_unique<Pattern>(kAllocates);
  rules->group_total_ = std::make_unique<Pattern>(kGroupTotal);
  rules->committee_ = std::make_unique<Pattern>(kCommittee);
  std::vector<const Pattern*> all = {rules->year_span_.get(), rules->year_list_.get(),
                                     rules->year_single_.get(), rules->reference_year_.get(),
                                     rules->date_year_.get(), rules->yearly_.get(),
                                     rules->allocates_.get(), rules->group_total_.get(),
                                     rules->committee_.get()};
  for (const Pattern& pattern : rules->amounts_) all.push_back(&pattern);
  for (const Pattern* pattern : all) {
    if (!pattern->ok()) {
      return Status::Internal("prose rule " + pattern->source() + " does not compile: " + pattern->error());
    }
  }
  return rules;
}

bool ProseRules::MayHoldMoney(std::string_view text) const { return money_->MatchesAny(text); }

std::vector<ProseAmount> ProseRules::FindAmounts(std::string_view sentence) const {
  std::vector<ProseAmount> found;
  for (std::size_t p = 0; p < amounts_.size(); ++p) {
    std::size_t from = 0, start = 0, length = 0;
    std::vector<std::string> groups;
    while (amounts_[p].FindFrom(sentence, from, start, length, &groups)) {
      from = start + std::max<std::size_t>(length, 1);
      // Not inside a longer number or word ("B2025", "12.345" seen from "345").
      if (start > 0) {
        const char before = sentence[start - 1];
        if (std::isdigit(static_cast<unsigned char>(before)) || before == '.' || before == ',' ||
            (groups[0].empty() && IsLetterAt(sentence, start - 1) && p == 0)) {
          continue;
        }
      }
      // A minus glued to a word or number before it is a hyphen ("2024-3"):
      // keep the amount, drop the sign.
      std::string sign = groups[0];
      if (!sign.empty() && start > 0 && sentence[start - 1] != ' ' && sentence[start - 1] != '(') {
        sign.clear();
      }
      const std::size_t end = start + length;
      const std::string& number_text = p == 0 ? groups[1] : groups[2];
      const std::string& unit_text = p == 0 ? groups[2] : groups[1];
      // The unit's row in the table; a text no row reads is not money.
      const UnitWord* word = p == 0 ? units_->AfterNumber(unit_text) : units_->BeforeNumber(unit_text);
      if (word == nullptr) continue;
      // "kr" running on into a word ("krav") is no unit; "mio. borgere" is a count.
      if (IsLetterAt(sentence, end) && unit_text.back() != '.') continue;
      if (p == 0 && word->bare) {
        const std::string_view next = NextWord(sentence, end);
        if (std::find(std::begin(kNotMoneyAfter), std::end(kNotMoneyAfter), next) !=
            std::end(kNotMoneyAfter)) {
          continue;
        }
      }
      ParsedNumber number = ParseTableNumber(number_text);
      if (!number.error.empty() || number.empty) continue;
      const MoneyUnit unit = word->unit;
      ProseAmount amount;
      amount.start = start;
      amount.length = length;
      amount.text = std::string(sentence.substr(start, length));
      amount.value = sign.empty() ? number.value : -number.value;
      amount.unit = std::string(unit.name);
      amount.dkk = std::llround(amount.value * static_cast<double>(unit.dkk));
      amount.precision_dkk = PrecisionDkk(number.decimals, unit.dkk);
      amount.round_figure = IsRoundFigure(number.decimals, unit.dkk);
      amount.implausible = std::llabs(amount.dkk) > kMaxPlausibleDkk;
      found.push_back(amount);
    }
  }
  std::sort(found.begin(), found.end(),
            [](const ProseAmount& a, const ProseAmount& b) { return a.start < b.start; });
  // An amount found by both patterns ("kr. 300.000 kr.") counts once.
  found.erase(std::unique(found.begin(), found.end(),
                          [](const ProseAmount& a, const ProseAmount& b) {
                            return b.start < a.start + a.length;
                          }),
              found.end());
  return found;
}

ProseYears ProseRules::FindYears(std::string_view clause) const {
  ProseYears result;
  std::size_t start = 0, length = 0;
  result.yearly = yearly_->FindFrom(clause, 0, start, length);
  // Blank out years that are no allocation years: "(2023-tal)", dates.
  std::string masked(clause);
  for (const Pattern* pattern : {reference_year_.get(), date_year_.get()}) {
    std::size_t from = 0;
    while (pattern->FindFrom(masked, from, start, length)) {
      std::fill(masked.begin() + static_cast<long>(start),
                masked.begin() + static_cast<long>(start + length), ' ');
      from = start + length;
    }
  }
  std::size_t first = std::string::npos, first_length = 0;
  if (!year_single_->FindFrom(masked, 0, first, first_length)) return result;
  std::vector<std::string> groups;
  if (year_span_->FindFrom(masked, first, start, length, &groups) && start == first) {
    const int from = std::stoi(groups[0]), to = std::stoi(groups[1]);
    for (int year = from; year <= to && to - from < 20; ++year) result.years.push_back(year);
    result.span = true;
    return result;
  }
  if (year_list_->FindFrom(masked, first, start, length, &groups) && start == first) {
    result.years = YearsIn(groups[0]);
    return result;
  }
  result.years.push_back(std::stoi(masked.substr(first, 4)));
  return result;
}

std::string ProseRules::Category(std::string_view clause) const {
  std::string lower(clause);
  for (auto [word, category] : kCategories) {
    if (lower.find(word) != std::string::npos) return std::string(category);
  }
  return "";
}

bool ProseRules::Allocates(std::string_view sentence) const {
  std::size_t start = 0, length = 0;
  return allocates_->FindFrom(sentence, 0, start, length);
}

bool ProseRules::StatesGroupTotal(std::string_view before_amount) const {
  std::size_t start = 0, length = 0;
  return group_total_->FindFrom(before_amount, 0, start, length);
}

std::string ProseRules::CommitteeTag(std::string_view text) const {
  std::size_t start = 0, length = 0;
  std::vector<std::string> groups;
  return committee_->FindFrom(text, 0, start, length, &groups) ? groups[0] : "";
}

std::vector<std::string_view> ProseRules::Sentences(std::string_view text) const {
  std::vector<std::string_view> sentences;
  std::size_t begin = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
    if (text[i + 1] != ' ') continue;
    const unsigned char next = static_cast<unsigned char>(text[i + 2]);
    const bool capital = (next >= 'A' && next <= 'Z') ||
                         (next == 0xC3 && i + 3 < text.size() &&
                          (static_cast<unsigned char>(text[i + 3]) == 0x86 ||
                           static_cast<unsigned char>(text[i + 3]) == 0x98 ||
                           static_cast<unsigned char>(text[i + 3]) == 0x85));
    if (!capital) continue;
    const std::size_t word_start = text.rfind(' ', i);
    std::string word(text.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                                 i + 1 - (word_start == std::string_view::npos ? 0 : word_start + 1)));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
        std::end(kAbbreviations)) {
      continue;
    }
    sentences.push_back(text.substr(begin, i + 1 - begin));
    begin = i + 2;
  }
  if (begin < text.size()) sentences.push_back(text.substr(begin));
  return sentences;
}

}  // namespace afstem
