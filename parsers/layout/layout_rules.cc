// The layout rule tables (layout_rules.h). Add a phrasing by adding a row
// here and a case in tests/layout_rules_test.cc.

#include "parsers/layout/layout_rules.h"

namespace afstem {
namespace {

// Whole words that label a list item.
constexpr std::string_view kListLabels[] = {
    R"([•·▪◦●○■□‣⁃∙➢►–—-])",         // bullets, and dashes used as bullets
    R"(\d{1,2}[.)])",                  // "1." "12." "3)"
    R"([A-Za-zÆØÅæøå][.)])",           // "A." "a)"  (principles A.–E.)
    R"(\((?:\d{1,2}|[a-zæøå])\))",     // "(3)" "(b)"
};

// Prefixes that number a heading; group 1 is the label kept with the block.
constexpr std::string_view kHeadingLabels[] = {
    // "Tema 1: En håndholdt …", "Bilag 2: Status …", "Fokusområde 3 – …"
    R"(((?:Tema|Bilag|Kapitel|Afsnit|Del|Fokusområde|Indsatsområde|Spor|Punkt)\s+\d{1,2}[a-z]?\s*[:.–-]))",
    // "1. Udvalgsgodkendte …", "2.3 Økonomi"
    R"((\d{1,2}(?:\.\d{1,2})*\.?)\s+\p{L})",
};

// Header/footer texts that are only a page number; group 1 is the number.
constexpr std::string_view kPageNumbers[] = {
    R"((\d{1,4})\s*/\s*\d{1,4})",                                // "3/6"
    R"((?i:side|s\.|page|p\.)\s*(\d{1,4})(?:\s*(?:af|/|of|ud af)\s*\d{1,4})?)",  // "Side 3 af 6"
    R"([-–]\s*(\d{1,4})\s*[-–])",                                // "- 3 -"
    R"((\d{1,4}))",                                              // "12"
};

template <std::size_t N>
Status Compile(const std::string_view (&sources)[N], std::vector<Pattern>& out) {
  for (std::string_view source : sources) {
    out.emplace_back(source);
    if (!out.back().ok()) {
      return Status::Internal("layout rule " + std::string(source) +
                           " does not compile: " + out.back().error());
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<LayoutRules>> LayoutRules::Create() {
  std::unique_ptr<LayoutRules> rules(new LayoutRules());
  for (Status status : {Compile(kListLabels, rules->list_labels_),
                        Compile(kHeadingLabels, rules->heading_labels_),
                        Compile(kPageNumbers, rules->page_numbers_)}) {
    if (!status.ok()) return status;
  }
  return rules;
}

bool LayoutRules::IsListLabel(std::string_view word) const {
  for (const Pattern& pattern : list_labels_) {
    if (pattern.FullMatch(word)) return true;
  }
  return false;
}

std::string LayoutRules::HeadingLabel(std::string_view text) const {
  std::vector<std::string> groups;
  for (const Pattern& pattern : heading_labels_) {
    if (pattern.MatchPrefix(text, nullptr, &groups)) return groups[0];
  }
  return "";
}

std::optional<int> LayoutRules::PrintedPageNumber(std::string_view text) const {
  std::vector<std::string> groups;
  for (const Pattern& pattern : page_numbers_) {
    if (pattern.FullMatch(text, &groups)) return std::stoi(groups[0]);
  }
  return std::nullopt;
}

}  // namespace afstem
