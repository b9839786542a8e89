// The structure rule tables (structure_rules.h). Add a phrasing by adding a
// row here and a case in tests/parsers/structure/structure_rules_test.cc.

#include "parsers/structure/structure_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace afstem {
namespace {

// Words that name what a document is, and the kind stored for them. A word
// matches a row when the whole word matches (case-insensitively); the first
// row wins.
struct KindSource {
  std::string_view word;
  std::string_view kind;
};
constexpr KindSource kKinds[] = {
    {R"(referat|mødereferat|beslutningsreferat|beslutningsprotokol|protokol|protokollat)",
     "referat"},
    {R"(dagsorden|mødeindkaldelse)", "dagsorden"},
    {R"(\p{L}*notat)", "notat"},
    {R"(bilag)", "bilag"},
    {R"(\p{L}*handleplan|\p{L}*handlingsplan)", "handleplan"},
    {R"(budgetopfølgning|budgetrevision)", "budgetopfølgning"},
    {R"(budget|budgetforslag|budgetaftale|budgetaftalen|budgetoplæg|budgetbidrag)",
     "budget"},
    {R"(\p{L}*regnskab|årsrapport|årsberetning|årsbokslut|bokslut|resultatopgørelse)",
     kAccountsKind},
    {R"(anlægsbevilling|tillægsbevilling|bevillingsansøgning)", "bevilling"},
    {R"(indstilling|sagsfremstilling)", "indstilling"},
    {R"(høringssvar|høringsnotat)", "høringssvar"},
    {R"(nyhedsbrev)", "nyhedsbrev"},
    {R"(\p{L}*politik)", "politik"},
    {R"(\p{L}*strategi)", "strategi"},
    {R"(\p{L}*rapport|redegørelse|evaluering|analyse)", "rapport"},
    {R"(\p{L}+plan)", "plan"},
};

// Month names (Danish, Norwegian, Swedish, English; abbreviations) by prefix
// of at least three letters, lower case.
struct Month {
  std::string_view name;
  int number;
};
constexpr Month kMonths[] = {
    {"januar", 1},    {"januari", 1},   {"january", 1},   {"jan", 1},
    {"februar", 2},   {"februari", 2},  {"february", 2},  {"feb", 2},
    {"marts", 3},     {"mars", 3},      {"march", 3},     {"mar", 3},
    {"april", 4},     {"apr", 4},       {"maj", 5},       {"mai", 5},
    {"may", 5},       {"juni", 6},      {"june", 6},      {"jun", 6},
    {"juli", 7},      {"july", 7},      {"jul", 7},       {"august", 8},
    {"augusti", 8},   {"aug", 8},       {"september", 9}, {"sept", 9},
    {"sep", 9},       {"oktober", 10},  {"october", 10},  {"okt", 10},
    {"oct", 10},      {"november", 11}, {"nov", 11},      {"december", 12},
    {"desember", 12}, {"dec", 12},      {"des", 12},
};
#define AFSTEM_MONTH_WORD \
  R"((januari?|january|februari?|february|marts|mars|march|april|maj|mai|may|juni|june|juli|july|augusti|august|september|oktober|october|november|december|desember|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec|des)\.?)"

// Full dates; `order` says which capture is day, month and year.
struct DateSource {
  std::string_view pattern;
  int day, month, year;  // 1-based capture numbers
};
constexpr DateSource kDates[] = {
    // "27. august 2025", "27 aug. 2025", "5. januar 2017"
    {R"((?i)(\d{1,2})\.?\s*)" AFSTEM_MONTH_WORD R"(\s+(\d{4}))", 1, 2, 3},
    // "January 5, 2017"
    {R"((?i))" AFSTEM_MONTH_WORD R"(\s+(\d{1,2}),?\s+(\d{4}))", 2, 1, 3},
    // "2023-12-11"
    {R"((\d{4})-(\d{2})-(\d{2}))", 3, 2, 1},
    // "11.12.2023", "27-08-2025", "11/12/2023", "11.12.23" is not taken
    // (two-digit years)
    {R"((\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}))", 1, 2, 3},
};
#undef AFSTEM_MONTH_WORD

// Words that may stand beside a date on a line that is only a date.
constexpr std::string_view kDateFillers[] = {
    R"((?i)(?:man|tirs|ons|tors|fre|lør|søn)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    R"((?i)måndag|tisdag|onsdag|torsdag|fredag|lördag|søndag|mandag|tirsdag|lørdag)",
    R"((?i)den|d\.|kl\.?|klokken|fra|til|from|at|the|of|-|–|—)",
    R"(\d{1,2}(?:[.:]\d{2})?)",  // a time: "16:00", "20.00", "10"
    R"((?i)\d{1,2}[.:]\d{2}-\d{1,2}[.:]\d{2})",  // "10.30-12.00"
};

// Field labels at the start of a line; the value follows.
struct FieldSource {
  std::string_view label;
  FieldRole role;
};
constexpr FieldSource kFields[] = {
    {R"((?i)(?:fra|from|afsender)\s*:)", FieldRole::kMailSender},
    {R"((?i)(?:til|to|cc|bcc|kopi|modtager)\s*:)", FieldRole::kMailRecipient},
    {R"((?i)(?:sendt|sent|date)\s*:)", FieldRole::kMailSent},
    {R"((?i)(?:emne|subject|vedr\.?|vedrørende|angående)\s*:)",
     FieldRole::kMailSubject},
    {R"((?i)(?:vedhæftede filer|vedhæftet|bilag vedhæftet|attachments?)\s*:)",
     FieldRole::kMailOther},
    {R"((?i)(?:dato|mødedato|møde dato|vedtatt dato|vedtaget dato|datum)\s*:?(?:\s|$))",
     FieldRole::kDate},
    {R"((?i)(?:sagsnr|sags nr|sag nr|j\.?\s?nr|journalnr|dok\.?\s?nr|dokumentnr|saksnummer|vores ref|deres ref|ref|mødested|mødetidspunkt|tidspunkt|sted|telefon|tlf|direkte|mobil|e-?mail|cvr|ean|sagsbehandler|kontaktperson|afdeling)\.?\s*:)",
     FieldRole::kReference},
};

constexpr std::string_view kReplyPrefixes[] = {
    R"((?i)(?:sv|re|vs|fw|fwd|videresendt|aw|wg)\s*:\s*)",
};

// Committees and councils; group 1 is the name kept.
constexpr std::string_view kCommittees[] = {
    // "Udvalget for plan, udvikling og kultur"
    R"((Udvalget for \p{L}[\p{L}\-]*(?:(?:,\s*|\s+og\s+|\s+)\p{Ll}[\p{L}\-]*)*))",
    // "Økonomiudvalget", "Børne- og Ungdomsudvalget", "Teknik- og
    // Miljøudvalget"
    R"(((?:\p{Lu}\p{L}*-(?:,\s*\p{Lu}\p{L}*-)*\s+og\s+)?\p{Lu}\p{L}*udvalget))",
    // "Aarhus Byråd", "Byrådet", "Kommunalbestyrelsen", "Regionsrådet"
    R"(((?:\p{Lu}\p{L}+\s+)?(?:Byrådet|Byråd|Kommunalbestyrelsen|Kommunalbestyrelse|Regionsrådet|Regionsråd|Borgerrepræsentationen|Magistraten|Kommunestyret|Bystyret)))",
};

// Headings that are a part of an item, matched whole (a colon may follow).
constexpr std::string_view kGenericHeadings[] = {
    R"((?i)(?:supplerende\s+)?sagsfremstilling|sagens\s+baggrund|sagsforløb|sagen|resum[eé])",
    R"((?i)indstilling(?:er)?(?:\s+(?:fra|til)\s+.*)?|beslutning(?:er)?(?:\s+(?:i|fra)\s+.*)?|beslutningspunkter|beslutningsforslag)",
    R"((?i)(?:projekt)?økonomi(?:ske\s+konsekvenser)?(?:\s+og\s+finansiering)?|finansiering|bevillingsmæssige\s+konsekvenser)",
    R"((?i)baggrund|forord|indledning|formål|vurdering|konklusion|bemærkninger|(?:administrationens|forvaltningens)\s+(?:bemærkninger|vurdering))",
    R"((?i)høring|høringssvar|tidsplan|(?:det\s+)?videre\s+(?:forløb|proces)|proces|kommunikation|lovgrundlag|retsgrundlag)",
    R"((?i)bilag|bilagsliste|indholdsfortegnelse|indhold|\p{L}+(?:\s+\p{L}+)?\s+påtegning)",
    R"((?i)mødested|mødedato|fraværende|afbud|deltagere|medlemmer|til\s+stede|tilstede)",
};

// PDF /Title values that say nothing about the document.
constexpr std::string_view kJunkTitles[] = {
    R"((?i)microsoft\s+(?:word|excel|powerpoint)\s*-.*)",
    R"((?i).*\.(?:pdf|docx?|docm|dotx?|xlsx?|xlsm|pptx?|odt|ods|odp|rtf|txt|html?|msg|tmp|indd))",
    R"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}.*)",
    R"((?i)untitled|uden\s+titel|unavngivet|unbenannt|titel|title|dokument\s*\d*|document\s*\d*|slide\s*\d*|(?:powerpoint-)?præsentation\s*\d*)",
    R"([\d\s_\-.]*)",
};

Status Check(const Pattern& pattern) {
  if (pattern.ok()) return Status::Ok();
  return Status::Internal("structure rule " + pattern.source() +
                          " does not compile: " + pattern.error());
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

int MonthNumber(std::string_view word) {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) {
    return std::stoi(std::string(word));
  }
  std::string lower = Lower(word);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (const Month& month : kMonths) {
    if (lower == month.name) return month.number;
  }
  return 0;
}

bool ValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 &&
         day >= 1 && day <= kDays[month - 1];
}

// Whole words of `text`: runs of anything but spaces, without surrounding
// punctuation.
std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ') ++end;
    std::string_view word = text.substr(i, end - i);
    while (!word.empty() &&
           std::string_view(",;:()\"'“”«».!?").find(word.back()) !=
               std::string_view::npos) {
      word.remove_suffix(1);
    }
    while (!word.empty() && std::string_view("(\"'“”«»").find(word.front()) !=
                                std::string_view::npos) {
      word.remove_prefix(1);
    }
    if (!word.empty()) words.push_back(word);
    i = end;
  }
  return words;
}

std::string Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && std::string_view(" \t,;").find(text.back()) !=
                              std::string_view::npos) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

}  // namespace

Result<std::unique_ptr<StructureRules>> StructureRules::Create() {
  std::unique_ptr<StructureRules> rules(new StructureRules());
  for (const KindSource& source : kKinds) {
    rules->kinds_.push_back(
        KindRow{Pattern("(?i)(?:" + std::string(source.word) + ")"),
                std::string(source.kind)});
    if (Status status = Check(rules->kinds_.back().word); !status.ok())
      return status;
  }
  for (const DateSource& source : kDates) {
    rules->dates_.emplace_back(source.pattern);
    if (Status status = Check(rules->dates_.back()); !status.ok())
      return status;
  }
  for (std::string_view source : kDateFillers) {
    rules->date_fillers_.emplace_back(source);
    if (Status status = Check(rules->date_fillers_.back()); !status.ok())
      return status;
  }
  for (const FieldSource& source : kFields) {
    rules->fields_.push_back(FieldRow{Pattern(source.label), source.role});
    if (Status status = Check(rules->fields_.back().label); !status.ok())
      return status;
  }
  for (std::string_view source : kReplyPrefixes)
    rules->reply_prefixes_.emplace_back(source);
  for (std::string_view source : kCommittees)
    rules->committees_.emplace_back(source);
  for (std::string_view source : kGenericHeadings)
    rules->generic_headings_.emplace_back(source);
  for (std::string_view source : kJunkTitles)
    rules->junk_titles_.emplace_back(source);
  for (const auto* list : {&rules->reply_prefixes_, &rules->committees_,
                           &rules->generic_headings_, &rules->junk_titles_}) {
    for (const Pattern& pattern : *list) {
      if (Status status = Check(pattern); !status.ok()) return status;
    }
  }
  return rules;
}

std::string StructureRules::KindOfWord(std::string_view word) const {
  for (const KindRow& row : kinds_) {
    if (row.word.FullMatch(word)) return row.kind;
  }
  return "";
}

std::string StructureRules::KindLine(std::string_view line) const {
  const std::vector<std::string_view> words = Words(line);
  if (words.size() != 1) return "";
  return KindOfWord(words.front());
}

std::string StructureRules::FirstKind(std::string_view text) const {
  for (std::string_view word : Words(text)) {
    std::string kind = KindOfWord(word);
    if (!kind.empty()) return kind;
  }
  return "";
}

std::vector<FoundDate> StructureRules::FindDates(std::string_view text) const {
  std::vector<FoundDate> found;
  for (std::size_t p = 0; p < dates_.size(); ++p) {
    const DateSource& source = kDates[p];
    std::size_t from = 0, start = 0, length = 0;
    std::vector<std::string> groups;
    while (from < text.size() &&
           dates_[p].FindFrom(text, from, start, length, &groups)) {
      from = start + 1;
      // Not the tail of a longer number ("123.12.2023") nor of a word.
      if (start > 0 &&
          std::isalnum(static_cast<unsigned char>(text[start - 1])))
        continue;
      const std::size_t end = start + length;
      if (end < text.size() &&
          std::isdigit(static_cast<unsigned char>(text[end])))
        continue;
      const int day =
          std::stoi(groups[static_cast<std::size_t>(source.day - 1)]);
      const int month =
          MonthNumber(groups[static_cast<std::size_t>(source.month - 1)]);
      const int year =
          std::stoi(groups[static_cast<std::size_t>(source.year - 1)]);
      if (!ValidDate(year, month, day)) continue;
      bool overlaps = false;
      for (const FoundDate& other : found) {
        overlaps = overlaps ||
                   (start < other.start + other.length && other.start < end);
      }
      if (overlaps) continue;
      char iso[48];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
      found.push_back(FoundDate{start, length, iso});
      from = end;
    }
  }
  std::sort(
      found.begin(), found.end(),
      [](const FoundDate& a, const FoundDate& b) { return a.start < b.start; });
  return found;
}

bool StructureRules::IsDateLine(std::string_view line) const {
  const std::vector<FoundDate> dates = FindDates(line);
  if (dates.size() != 1) return false;
  std::string rest(line.substr(0, dates[0].start));
  rest += ' ';
  rest += line.substr(dates[0].start + dates[0].length);
  for (std::string_view word : Words(rest)) {
    bool filler = false;
    for (const Pattern& pattern : date_fillers_)
      filler = filler || pattern.FullMatch(word);
    if (!filler) return false;
  }
  return true;
}

FieldLabel StructureRules::Field(std::string_view line) const {
  for (const FieldRow& row : fields_) {
    std::size_t length = 0;
    if (row.label.MatchPrefix(line, &length)) {
      while (length < line.size() && line[length] == ' ') ++length;
      return FieldLabel{row.role, length};
    }
  }
  return FieldLabel{};
}

std::string StructureRules::MailSubject(std::string_view value) const {
  std::string subject = Trimmed(value);
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (const Pattern& prefix : reply_prefixes_) {
      std::size_t length = 0;
      if (prefix.MatchPrefix(subject, &length) && length < subject.size()) {
        subject.erase(0, length);
        stripped = true;
      }
    }
  }
  return subject;
}

std::string StructureRules::Committee(std::string_view text) const {
  std::size_t best_start = std::string_view::npos;
  std::string best;
  for (const Pattern& pattern : committees_) {
    std::size_t start = 0, length = 0;
    std::vector<std::string> groups;
    if (pattern.FindFrom(text, 0, start, length, &groups) &&
        start < best_start) {
      best_start = start;
      best = Trimmed(groups[0]);
    }
  }
  return best;
}

bool StructureRules::IsGenericHeading(std::string_view heading) const {
  std::string text = Trimmed(heading);
  while (!text.empty() && (text.back() == ':' || text.back() == '.'))
    text.pop_back();
  for (const Pattern& pattern : generic_headings_) {
    if (pattern.FullMatch(text)) return true;
  }
  return false;
}

bool StructureRules::IsJunkTitle(std::string_view title) const {
  const std::string text = Trimmed(title);
  if (text.size() < 3 || !KindLine(text).empty()) return true;
  for (const Pattern& pattern : junk_titles_) {
    if (pattern.FullMatch(text)) return true;
  }
  return false;
}

}  // namespace afstem
