// The money unit table (money_units.h). Add a way of writing a unit by
// adding ONE row here, and a case in tests/parsers/money/money_units_test.cc; prose
// amounts, table captions and headers pick it up from this table.

#include "parsers/money/money_units.h"

namespace afstem {
namespace {

// Tried top to bottom: a word before any word that is its prefix ("mio.
// kr." before "mio.", "kroner" before "kr."). Each row, as UnitWord:
//   {pattern, unit, after a number in prose, bare (no "kr."),
//    pattern when written before its number, where a table reads it,
//    tables read it in any case}
// with its worked examples above it.
constexpr UnitWord kUnitWords[] = {
    // "1,25 mia. kr.", "2 mia kr", "(mia. kr.)"
    {R"(mia\.?\s*kr\.?)", kBillions, true, false, "", StatedUse::kFree, true},
    // "2,8 mio. kr.", "3 Mio.kr.", "Beløb i mio. kr.", "(mio. kr.)"
    {R"(mio\.?\s*kr\.?)", kMillions, true, false, "", StatedUse::kFree, true},
    // "bevilges 2,5 mill. kr. i 2026" -> 2 500 000; "(mill. kr.)"
    {R"(mill\.?\s*kr\.?)", kMillions, true, false, "", StatedUse::kFree, true},
    // "1 mia." (not "2 mia. indbyggere": a count)
    {R"(mia\.)", kBillions, true, true, "", StatedUse::kNever, true},
    // "0,5 mio." (not "2 mio. borgere"); a header "2025 (mio.)"
    {R"(mio\.)", kMillions, true, true, "", StatedUse::kBeforeParen, true},
    // "300 t.kr.", "300 t. kr."; a caption "Beløb (t.kr.)"
    {R"(t\.\s?kr\.?)", kThousands, true, false, "", StatedUse::kFree, false},
    // "300 tkr."; a header "tkr."
    {R"(tkr\.?)", kThousands, true, false, "", StatedUse::kFree, false},
    // tables only: "Beløb i 1.000 kr.", "1.000 kr." at a caption's start (in
    // prose "1.000 kr." is the number 1.000 and the unit kr.)
    {R"(1\.000\s*kr\.?)", kThousands, false, false, "", StatedUse::kIntroduced, false},
    // "450.000 kroner" -> 450 000; a caption "Beløb i kroner"
    {R"(kroner)", kKroner, true, false, "", StatedUse::kIntroduced, true},
    // "750.000 kr.", "kr. 300.000" (unit first); a header "(kr.)"
    {R"(kr\.?)", kKroner, true, false, R"(kr\.)", StatedUse::kInParentheses, false},
};

std::string Alternation(bool before) {
  std::string alternation = "(?:";
  for (const UnitWord& word : kUnitWords) {
    const std::string_view pattern = before ? word.before_number : word.pattern;
    if (pattern.empty() || (!before && !word.after_number)) continue;
    if (alternation.size() > 3) alternation += '|';
    alternation += pattern;
  }
  return alternation + ")";
}

// The form a table reads: the word, and ")" where its use needs one.
std::string StatedForm(const UnitWord& word) {
  std::string form = word.stated_any_case ? "(?i)" : "";
  form += word.pattern;
  if (word.stated == StatedUse::kBeforeParen || word.stated == StatedUse::kInParentheses) form += R"(\))";
  return form;
}

}  // namespace

std::span<const UnitWord> UnitWords() { return kUnitWords; }

std::string AfterNumberAlternation() { return Alternation(false); }
std::string BeforeNumberAlternation() { return Alternation(true); }

Result<std::unique_ptr<UnitReader>> UnitReader::Create() {
  std::unique_ptr<UnitReader> reader(new UnitReader());
  for (const UnitWord& word : kUnitWords) {
    if (word.after_number) {
      reader->after_.push_back({&word, Pattern("(?i)" + std::string(word.pattern))});
    }
    if (!word.before_number.empty()) {
      reader->before_.push_back({&word, Pattern("(?i)" + std::string(word.before_number))});
    }
    if (word.stated != StatedUse::kNever) reader->stated_.push_back({&word, Pattern(StatedForm(word))});
  }
  for (const auto* list : {&reader->after_, &reader->before_, &reader->stated_}) {
    for (const Compiled& compiled : *list) {
      if (!compiled.pattern.ok()) {
        return Status::Internal("unit rule " + compiled.pattern.source() + " does not compile: " +
                             compiled.pattern.error());
      }
    }
  }
  return reader;
}

const UnitWord* UnitReader::AfterNumber(std::string_view text) const {
  for (const Compiled& compiled : after_) {
    if (compiled.pattern.FullMatch(text)) return compiled.word;
  }
  return nullptr;
}

const UnitWord* UnitReader::BeforeNumber(std::string_view text) const {
  for (const Compiled& compiled : before_) {
    if (compiled.pattern.FullMatch(text)) return compiled.word;
  }
  return nullptr;
}

const UnitWord* UnitReader::StatedPrefix(std::string_view text) const {
  for (const Compiled& compiled : stated_) {
    if (compiled.pattern.MatchPrefix(text)) return compiled.word;
  }
  return nullptr;
}

}  // namespace afstem
