// The table rule tables (table_rules.h). Add a phrasing by adding a row
// here and a case in tests/parsers/tables/table_units_test.cc.

#include "parsers/tables/table_rules.h"

#include <cctype>

namespace afstem {
namespace {

// A year in a column header, wherever the header's lines put it; group 1
// is the year. "2025", "B2025", "R2023", "BO 2027", "2025*", "2025 (mio.
// kr.)", "Budget 2025", "Regnskab" over "2023", "31/12 2021", "Budget" over
// "2024" over "400/kont.". Not a span of years ("2026-2029").
constexpr std::string_view kYearHeaders[] = {
    R"((?:^|.*[^\d/\-–])(?:B|R|BO|KB|FR)?((?:19|20)\d\d)\*?(?:$|[^\d\-–/].*))",
};
// A column whose numbers are not money, whatever year it names: ratios,
// indices, percentages, counts, per-unit figures, note references.
constexpr std::string_view kNotMoneyHeaders[] = {
    R"((?i).*\b(?:indeks|index|pct|procent|antal|stk|nr|note|noter|andel|ændring\s+i\s+%)\b.*)",
    R"(.*%.*)",
    // Part of a year: a quarter, a half, a month. Money, but not the
    // year's; summing it into the year would count it twice.
    R"((?i).*\b(?:\d\.\s*kvt|kvartal|halvår|Q[1-4]|H[12]|januar|februar|marts|april|juni|juli|august|september|oktober|november|december)\b.*)",
};
// What a year header's words say the figures are; the first row wins, so
// "Forventet regnskab" is a forecast before "regnskab" is an account.
constexpr std::pair<std::string_view, AmountBasis> kBasisHeaders[] = {
    {R"((?i)(?:fr|forventet\s+regnskab|forventet\s+forbrug|prognose)\s*(?:19|20)\d\d.*)", AmountBasis::kForecast},
    {R"((?i)(?:kb|korr\.?\s*budget|korrigeret\s+budget)\s*(?:19|20)\d\d.*)", AmountBasis::kCorrectedBudget},
    {R"((?i)(?:r|regnskab|realiseret|forbrug)\s*(?:19|20)\d\d.*)", AmountBasis::kActual},
    {R"((?i)(?:b|bo|budget|vedtaget\s+budget|overslag|plan)\s*(?:19|20)\d\d.*)", AmountBasis::kBudget},
};
// A column holding each row's total.
// "I alt", "Total", "I alt 2026-2029", "Samlet (mio. kr.)".
constexpr std::string_view kRowTotalHeaders[] = {
    R"((?i)(?:i\s*alt|total|sum|samlet)(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d)?(?:\s*\(.*\))?)",
};
// A column naming the funding behind each row.
constexpr std::string_view kFundingHeaders[] = {
    R"((?i)(?:finansiering|finansieringskilde|kilde|bevilling))",
};
// Row labels of a total row, and of a subtotal: "Samlet", "I alt",
// "Total", "Sum", "Hovedtotal", "Subtotal", "Samlet i alt", "Total i alt";
// qualified: "I alt drift", "I alt, BIU", "Total (anlæg)"; named by what
// they sum: "Drift i alt", "Udgifter i alt:". Not "Totalrenovering af …".
constexpr std::string_view kTotalLabels[] = {
    R"((?i)(?:samlet|i\s+alt|total|sum|hovedtotal|subtotal|totalt)(?:\s+i\s+alt)?:?)",
    R"((?i)(?:i\s+alt|total|subtotal|hovedtotal)[\s,:(].*)",
    R"((?i).*\S\s+i\s+alt:?)",
};
// Row labels of a part of the row above, already counted in it: "heraf
// frie midler", "Herunder tolkebistand", "deraf løn".
constexpr std::string_view kSubsetLabels[] = {
    R"((?i)(?:[-–•]\s*)?(?:heraf|herunder|deraf)\b.*)",
};
// Row labels of figures that are not money, whatever column they stand
// in: per-share and per-unit figures, ratios, percentages, counts.
constexpr std::string_view kNotMoneyLabels[] = {
    R"((?i).*\bpr\.\s*(?:aktie|medlem|indbygger|borger|elev|barn|bolig|time|døgn|m2|person)\b.*)",
    R"((?i).*(?:procent|pct\.|\bprocentpoint|nøgletal|\bantal\b|\bindeks\b|\bratio\b|\bgange\b).*)",
    R"(.*%.*)",
};
// A row label's leading ordinal; group 1 is the number. "12.", "12)", and
// glued to a capitalized word ("9.Initiativer": OCR drops the space, some
// agenda systems never print it). Not "1.000" nor "2.a".
constexpr std::string_view kOrdinals[] = {
    R"((\d{1,3})[.)](?:\s|$))",
    R"((\d{1,3})[.)]\p{Lu})",
};

}  // namespace

Result<std::unique_ptr<TableRules>> TableRules::Create() {
  std::unique_ptr<TableRules> rules(new TableRules());
  struct Group {
    const std::string_view* sources;
    std::size_t count;
    std::vector<Pattern>* out;
  };
  const Group groups[] = {
      {kYearHeaders, std::size(kYearHeaders), &rules->year_headers_},
      {kRowTotalHeaders, std::size(kRowTotalHeaders), &rules->row_total_headers_},
      {kFundingHeaders, std::size(kFundingHeaders), &rules->funding_headers_},
      {kTotalLabels, std::size(kTotalLabels), &rules->total_labels_},
      {kSubsetLabels, std::size(kSubsetLabels), &rules->subset_labels_},
      {kOrdinals, std::size(kOrdinals), &rules->ordinals_},
      {kNotMoneyHeaders, std::size(kNotMoneyHeaders), &rules->not_money_headers_},
      {kNotMoneyLabels, std::size(kNotMoneyLabels), &rules->not_money_labels_},
  };
  for (const auto& [source, basis] : kBasisHeaders) {
    rules->basis_headers_.emplace_back(Pattern(source), basis);
    if (!rules->basis_headers_.back().first.ok()) {
      return Status::Internal("table rule " + std::string(source) + " does not compile: " +
                              rules->basis_headers_.back().first.error());
    }
  }
  for (const Group& group : groups) {
    for (std::size_t i = 0; i < group.count; ++i) {
      group.out->emplace_back(group.sources[i]);
      if (!group.out->back().ok()) {
        return Status::Internal("table rule " + std::string(group.sources[i]) +
                             " does not compile: " + group.out->back().error());
      }
    }
  }
  // Units a caption or header states ("(mio. kr.)", "Beløb i 1.000 kr."):
  // the unit table (parsers/money/money_units.h).
  auto units = UnitReader::Create();
  if (!units.ok()) return units.status();
  rules->units_ = std::move(units.value());
  return rules;
}

namespace {
bool AnyFull(const std::vector<Pattern>& patterns, std::string_view text,
             std::vector<std::string>* groups = nullptr) {
  for (const Pattern& pattern : patterns) {
    if (pattern.FullMatch(text, groups)) return true;
  }
  return false;
}
}  // namespace

int TableRules::HeaderYear(std::string_view header) const {
  std::vector<std::string> groups;
  return AnyFull(year_headers_, header, &groups) ? std::stoi(groups[0]) : 0;
}

std::optional<AmountBasis> TableRules::HeaderBasis(std::string_view header) const {
  // The basis word may stand after other header words (a unit, a spanning
  // cell): try the header from each word start.
  for (std::size_t start = 0; start < header.size(); ++start) {
    if (start > 0 && header[start - 1] != ' ') continue;
    for (const auto& [pattern, basis] : basis_headers_) {
      if (pattern.FullMatch(header.substr(start))) return basis;
    }
  }
  return std::nullopt;
}

ColumnRole TableRules::HeaderRole(std::string_view header, bool first_column) const {
  if (first_column) return ColumnRole::kLabel;
  if (AnyFull(not_money_headers_, header)) return ColumnRole::kOther;
  if (AnyFull(row_total_headers_, header)) return ColumnRole::kRowTotal;
  if (HeaderYear(header) != 0) return ColumnRole::kYear;
  if (AnyFull(funding_headers_, header)) return ColumnRole::kFunding;
  return ColumnRole::kOther;
}

bool TableRules::IsTotalLabel(std::string_view label) const {
  return AnyFull(total_labels_, label);
}

bool TableRules::IsNotMoneyLabel(std::string_view label) const {
  return AnyFull(not_money_labels_, label);
}

bool TableRules::IsSubsetLabel(std::string_view label) const {
  return AnyFull(subset_labels_, label);
}

std::string TableRules::Ordinal(std::string_view label) const {
  std::vector<std::string> groups;
  for (const Pattern& pattern : ordinals_) {
    if (pattern.MatchPrefix(label, nullptr, &groups)) return groups[0];
  }
  return "";
}

std::optional<TableUnit> TableRules::StatedUnit(std::string_view text) const {
  for (std::size_t start = 0; start < text.size(); ++start) {
    // Only at word starts (or after an opening parenthesis).
    if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' &&
        text[start - 1] != '\n') {
      continue;
    }
    if (const UnitWord* word = units_->StatedPrefix(text.substr(start))) {
      // The word before: a number makes this an amount's unit. "1.000 kr."
      // is itself a number and counts only after "i", "(" or at the start.
      std::string_view before = text.substr(0, start);
      while (!before.empty() && (before.back() == ' ' || before.back() == '(')) {
        before.remove_suffix(1);
      }
      const std::size_t word_start = before.find_last_of(" (\n");
      std::string_view previous =
          word_start == std::string_view::npos ? before : before.substr(word_start + 1);
      // "(mio. kr.)" states a unit whatever stands before the parenthesis.
      const bool parenthesized = start > 0 && text[start - 1] == '(';
      const bool after_number =
          !previous.empty() && std::isdigit(static_cast<unsigned char>(previous.back()));
      const bool introduced = previous.empty() || previous == "i" || previous == "I";
      const bool stated = parenthesized ||
                          (!after_number && word->stated != StatedUse::kInParentheses &&
                           (word->stated != StatedUse::kIntroduced || introduced));
      if (stated) return word->unit;
    }
  }
  return std::nullopt;
}

}  // namespace afstem
