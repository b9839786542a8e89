// Golden end-to-end tests of layout + normalization: the normalized body
// text of every page of every fixture equals the reviewed text committed in
// tests/golden/<fixture>/page-N.txt (written from the seed dumps: no hyphen
// splits, no letter-spaced splits, no page numbers, footnotes separate).
// Also prints the repair report: what was repaired, and what is left.

#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::vector<Page> Process(const std::filesystem::path& pdf) {
  return testing::ProcessPdf(pdf).pages;
}

std::string Expected(const std::string& fixture, int page) {
  std::ifstream in(testing::SourceDir() / "tests" / "golden" / fixture /
                   ("page-" + std::to_string(page) + ".txt"));
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::string expected = text.str();
  if (!expected.empty() && expected.back() == '\n') expected.pop_back();
  return expected;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// What is left unrepaired in `actual` measured against the reviewed text.
struct Leftovers {
  int hyphen_splits = 0;   // "hadforbry-" then "delser" where "hadforbrydelser" is expected
  int letter_splits = 0;   // "mul" "ig" where "muligt…" is expected
  int false_joins = 0;     // one word where two expected words stood
};

Leftovers Measure(const std::string& actual, const std::string& expected) {
  std::set<std::string> expected_words;
  for (const std::string& word : Words(expected)) expected_words.insert(word);
  std::vector<std::string> expected_list = Words(expected);
  std::set<std::string> expected_pairs;
  for (std::size_t i = 1; i < expected_list.size(); ++i) {
    expected_pairs.insert(expected_list[i - 1] + expected_list[i]);
  }
  Leftovers left;
  std::vector<std::string> words = Words(actual);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (expected_words.count(word)) continue;
    if (expected_pairs.count(word)) {
      ++left.false_joins;
      continue;
    }
    if (i + 1 == words.size()) continue;
    const std::string& next = words[i + 1];
    if (word.back() == '-' || word.find("\u00AD") != std::string::npos) {
      ++left.hyphen_splits;
    } else if (expected_words.count(word + next)) {
      ++left.letter_splits;
    }
  }
  return left;
}

struct FixtureReport {
  std::string fixture;
  int pages = 0, words = 0, letter_joins = 0, marker_joins = 0, soft_hyphens = 0,
      hard_hyphens = 0;
  Leftovers left;
};

FixtureReport CheckFixture(const std::string& fixture, const std::filesystem::path& pdf) {
  FixtureReport report;
  report.fixture = fixture;
  std::vector<Page> pages = Process(pdf);
  for (const Page& page : pages) {
    INFO(fixture << " page " << page.number);
    const std::string expected = Expected(fixture, page.number);
    CHECK(page.text == expected);
    Leftovers left = Measure(page.text, expected);
    report.left.hyphen_splits += left.hyphen_splits;
    report.left.letter_splits += left.letter_splits;
    report.left.false_joins += left.false_joins;
    ++report.pages;
    for (const TextBlock& block : page.blocks) {
      for (std::size_t l = 0; l < block.lines.size(); ++l) {
        for (const Token& token : block.lines[l].tokens) {
          ++report.words;
          if (token.word_ids.size() < 2) continue;
          // Adjacent words rejoined are a split word; a gap in the ids is
          // a footnote marker taken out before punctuation.
          const bool adjacent =
              token.word_ids.back() - token.word_ids.front() + 1 ==
              static_cast<int>(token.word_ids.size());
          ++(adjacent ? report.letter_joins : report.marker_joins);
        }
        const std::string& last = block.lines[l].tokens.empty()
                                      ? std::string() : block.lines[l].tokens.back().text;
        if (l + 1 < block.lines.size() && last.size() > 2) {
          if (last.substr(last.size() - 2) == "\u00AD") ++report.soft_hyphens;
          else if (last.back() == '-') ++report.hard_hyphens;
        }
      }
    }
  }
  return report;
}

void Print(const FixtureReport& r) {
  std::cout << "normalization report: " << r.fixture << ": " << r.pages << " pages, "
            << r.words << " tokens, " << r.letter_joins << " split words rejoined, "
            << r.marker_joins << " punctuation re-attached after a marker, "
            << r.soft_hyphens << " soft + " << r.hard_hyphens
            << " hard line-end hyphens handled; left: " << r.left.hyphen_splits
            << " hyphen splits, " << r.left.letter_splits << " letter splits, "
            << r.left.false_joins << " false joins\n";
}

}  // namespace

TEST_CASE("normalized text of every fixture page equals the reviewed text",
          "[e2e][golden][normalize]") {
  const std::pair<const char*, int> fixtures[] = {
      {"notat_racisme_2025", 0}, {"integrationshandleplan_2024", 5},  // mul ig t, …
      {"notat_racisme_2025_libreoffice", 0}, {"bilag_social_kontrol_2024", 0}};
  for (auto [fixture, min_letter_joins] : fixtures) {
    FixtureReport report =
        CheckFixture(fixture, testing::FixturePdf(std::string(fixture) + ".pdf"));
    Print(report);
    CHECK(report.left.hyphen_splits == 0);
    CHECK(report.left.letter_splits == 0);
    CHECK(report.left.false_joins == 0);
    CHECK(report.letter_joins == min_letter_joins);
  }
}

TEST_CASE("a rotated copy reads exactly like the upright document",
          "[e2e][golden][normalize]") {
  FixtureReport report = CheckFixture(
      "notat_racisme_2025_libreoffice",
      testing::SourceDir() / "fixtures" / "variants" / "rotated_90.pdf");
  CHECK(report.pages == 4);
}

TEST_CASE("the report's measures catch what is left", "[normalize][golden]") {
  const std::string expected = "mod hadforbrydelser er muligt og Beskæftigelses- og Integrationsudvalget";
  Leftovers none = Measure(expected, expected);
  CHECK(none.hyphen_splits + none.letter_splits + none.false_joins == 0);
  Leftovers left = Measure(
      "mod hadforbry- delser er mul igt ogBeskæftigelses- og Integrationsudvalget", expected);
  CHECK(left.hyphen_splits == 1);
  CHECK(left.letter_splits == 1);
  CHECK(left.false_joins == 1);
}

}  // namespace afstem
