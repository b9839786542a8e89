// Golden end-to-end tests of the extraction stage over the committed fixture
// PDFs: exact metadata, pages, words with boxes and fonts, and links.

#include <catch2/catch.hpp>
#include <cstdio>
#include <unistd.h>
#include <map>
#include <set>
#include <string>

#include "ingest/extract/extract.h"
#include "ingest/batch/input_files.h"
#include "parsers/layout/page_text.h"
#include "tests/support/pipeline_support.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

ExtractedDocument Extract(const std::filesystem::path& path) {
  auto bytes = ReadFileBytes(path.string());
  REQUIRE(bytes.ok());
  auto document = ExtractDocument(bytes.value(), PopplerOptions{});
  REQUIRE(document.ok());
  return std::move(document).value();
}

// The first word on `page` with this text at or below `min_y`.
const Word& FindWord(const Page& page, const std::string& text, double min_y = 0) {
  for (const Word& word : page.words) {
    if (word.text == text && word.box.y0 >= min_y) return word;
  }
  FAIL("no word '" << text << "' on page " << page.number);
  return page.words.front();
}

void CheckBox(const Box& actual, const Box& expected) {
  CHECK(actual.x0 == Approx(expected.x0).margin(0.01));
  CHECK(actual.y0 == Approx(expected.y0).margin(0.01));
  CHECK(actual.x1 == Approx(expected.x1).margin(0.01));
  CHECK(actual.y1 == Approx(expected.y1).margin(0.01));
}

// Font names carry a subset prefix ("ZYQVTB+LiberationSans").
std::string BaseFont(const Word& word) {
  return word.font_name.substr(word.font_name.find('+') + 1);
}

// Words a link's box covers, space-separated.
std::string CoveredText(const ExtractedDocument& document, const Link& link) {
  std::string text;
  for (const Word& word : document.pages[link.page - 1].words) {
    if (!word.box.Overlaps(link.box)) continue;
    if (!text.empty()) text += ' ';
    text += word.text;
  }
  return text;
}

// The table row ordinal ("12.") printed in the first column on the link's line.
std::string RowOrdinal(const ExtractedDocument& document, const Link& link) {
  for (const Word& word : document.pages[link.page - 1].words) {
    if (word.box.x0 < 80 && word.text.back() == '.' &&
        word.box.y0 < link.box.y1 && link.box.y0 < word.box.y1) {
      return word.text;
    }
  }
  return "";
}

const std::string& kKkPunkt9 = testing::kPunkt9;
const std::string& kKkPunkt10 = testing::kPunkt10;
using testing::kBudget2023;
using testing::kBudget2024;
using testing::kOfs;

}  // namespace

TEST_CASE("memo: metadata and pages", "[e2e][golden]") {
  ExtractedDocument memo = Extract(testing::FixturePdf("notat_racisme_2025.pdf"));
  CHECK(memo.info.title ==
        "Foreløbige bud på indsatser, som kan støttes ifm. udmøntning af frie "
        "midler i 2025 samt oversigt over indsatser mod racisme mv. på BIUs "
        "område i 2023-2026");
  CHECK(memo.info.author == "Beskæftigelses- og Integrationsforvaltningen");
  CHECK(memo.info.subject == "Notat til Beskæftigelses- og Integrationsudvalget");
  CHECK(memo.info.creator == "afstem-fixturegen");
  CHECK(memo.info.created_unix == 1730106000);  // 2024-10-28T10:00:00+01:00
  CHECK(memo.info.pdf_version == "1.5");
  CHECK(memo.diagnostics.empty());
  REQUIRE(memo.pages.size() == 4);
  const std::size_t expected_words[] = {344, 264, 205, 170};
  for (const Page& page : memo.pages) {
    CHECK(page.width == Approx(595.276).margin(0.001));
    CHECK(page.height == Approx(841.89).margin(0.001));
    CHECK(page.rotation == 0);
    CHECK(page.words.size() == expected_words[page.number - 1]);
    // The footer "n/4" closes every page.
    const Word& footer = page.words.back();
    CHECK(footer.text == std::to_string(page.number) + "/4");
    CheckBox(footer.box, {408.36, 797.75, 420.86, 807.79});
  }
}

TEST_CASE("memo: the words and boxes of table row 3", "[e2e][golden]") {
  ExtractedDocument memo = Extract(testing::FixturePdf("notat_racisme_2025.pdf"));
  const Page& page = memo.pages[2];
  const Word& ordinal = FindWord(page, "3.");
  CheckBox(ordinal.box, {74.90, 120.42, 83.23, 131.58});
  CHECK(BaseFont(ordinal) == "LiberationSans");
  CHECK(ordinal.font_size == 10);
  const Word& amount_2023 = FindWord(page, "1.000");
  CheckBox(amount_2023.box, {215.87, 120.42, 240.88, 131.58});
  CHECK_FALSE(amount_2023.space_after);
  const Word& funding = FindWord(page, "Budget24");
  CheckBox(funding.box, {356.90, 120.42, 399.69, 131.58});
  // The 2024-2026 cells of the row, right-aligned in their columns.
  std::vector<double> right_edges;
  for (const Word& word : page.words) {
    if (word.text == "1.200" && word.box.y0 == ordinal.box.y0) {
      right_edges.push_back(word.box.x1);
    }
  }
  REQUIRE(right_edges.size() == 3);
  CHECK(right_edges[0] == Approx(276.87).margin(0.01));
  CHECK(right_edges[1] == Approx(312.85).margin(0.01));
  CHECK(right_edges[2] == Approx(348.84).margin(0.01));
}

TEST_CASE("memo: the Samlet row is bold", "[e2e][golden]") {
  ExtractedDocument memo = Extract(testing::FixturePdf("notat_racisme_2025.pdf"));
  const Page& page = memo.pages[3];
  const Word& label = FindWord(page, "Samlet");
  CheckBox(label.box, {74.90, 634.42, 107.67, 645.58});
  CHECK(BaseFont(label) == "LiberationSans-Bold");
  for (const char* total : {"2.755", "8.555"}) {
    const Word& word = FindWord(page, total);
    CHECK(word.box.y0 == Approx(634.42).margin(0.01));
    CHECK(BaseFont(word) == "LiberationSans-Bold");
  }
}

TEST_CASE("memo: one link per linked Finansiering cell, in row order",
          "[e2e][golden]") {
  ExtractedDocument memo = Extract(testing::FixturePdf("notat_racisme_2025.pdf"));
  REQUIRE(memo.links.size() == 19);
  std::map<int, int> per_page;
  for (const Link& link : memo.links) ++per_page[link.page];
  CHECK(per_page == std::map<int, int>{{2, 1}, {3, 9}, {4, 9}});

  const std::vector<std::pair<std::string, std::string>> expected = {
      {"1.", kKkPunkt9},   {"2.", kKkPunkt9},   {"3.", kBudget2024},
      {"4.", kBudget2023}, {"6.", kOfs},        {"7.", kKkPunkt9},
      {"9.", kBudget2024}, {"10.", kKkPunkt9},  {"11.", kKkPunkt9},
      {"12.", kKkPunkt9},  {"14.", kKkPunkt10}, {"15.", kKkPunkt10},
      {"16.", kKkPunkt10}, {"17.", kKkPunkt10}, {"18.", kKkPunkt10},
      {"19.", kKkPunkt10}, {"20.", kKkPunkt10}, {"21.", kKkPunkt10},
      {"22.", kKkPunkt10}};
  const std::map<std::string, std::string> funding_text = {
      {kKkPunkt9, "Integrationsbevilling"}, {kKkPunkt10, "Integrationsbevilling"},
      {kBudget2024, "Budget24"}, {kBudget2023, "Budget23"}, {kOfs, "OFS23/24"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Link& link = memo.links[i];
    INFO("link " << i << " on page " << link.page);
    CHECK(RowOrdinal(memo, link) == expected[i].first);
    CHECK(link.uri == expected[i].second);
    CHECK(CoveredText(memo, link) == funding_text.at(link.uri));
  }
  CheckBox(memo.links[0].box, {356, 589, 446, 601});
  CheckBox(memo.links[1].box, {356, 53, 446, 65});
}

TEST_CASE("memo: line-end hyphens are soft hyphens (cairo)", "[e2e][golden]") {
  ExtractedDocument memo = Extract(testing::FixturePdf("notat_racisme_2025.pdf"));
  const Page& page = memo.pages[0];
  const Word& hyphenated = FindWord(page, "ud\u00AD");
  CheckBox(hyphenated.box, {380.47, 127.74, 400.66, 142.25});
  CHECK(BaseFont(hyphenated) == "LiberationSans-Bold");
  CHECK(BuildRawText(page.words).find(
            "Foreløbige bud på indsatser, som kan støttes ifm. ud\u00AD\n"
            "møntning af frie midler i 2025") != std::string::npos);
}

TEST_CASE("plan: letter-spaced words split, footnote markers small",
          "[e2e][golden]") {
  ExtractedDocument plan =
      Extract(testing::FixturePdf("integrationshandleplan_2024.pdf"));
  CHECK(plan.info.title == "Integrationshandleplan 2024");
  CHECK(plan.info.created_unix == 1706774400);  // 2024-02-01T09:00:00+01:00
  CHECK(plan.pages.size() == 9);
  CHECK(plan.links.empty());
  const Page& page = plan.pages[1];
  const std::string raw = BuildRawText(page.words);
  for (const char* split : {"Det er ikke mul ig t at afgrænse", "imidlert id til at f remme",
                            "medvirker til at f remme målgruppens",
                            "indførsel af 37-t imers arbejdspligt"}) {
    INFO(split);
    CHECK(raw.find(split) != std::string::npos);
  }
  CheckBox(FindWord(page, "mul").box, {135.91, 119.36, 154.95, 131.63});
  CheckBox(FindWord(page, "ig").box, {156.71, 119.36, 165.93, 131.63});
  CheckBox(FindWord(page, "t").box, {167.69, 119.36, 170.74, 131.63});
  // Marker 1 after "Borgerrepræsentationen": smaller and raised.
  const Word& marker = FindWord(page, "1", 224);
  CheckBox(marker.box, {317.88, 224.18, 321.67, 231.79});
  CHECK(marker.font_size == Approx(6.8).margin(0.05));
}

TEST_CASE("LibreOffice memo: real hyphens, one annotation per link line",
          "[e2e][golden]") {
  ExtractedDocument memo =
      Extract(testing::FixturePdf("notat_racisme_2025_libreoffice.pdf"));
  CHECK(memo.info.producer.rfind("LibreOffice 7.4", 0) == 0);
  CHECK(memo.pages.size() == 4);
  REQUIRE(memo.links.size() == 21);
  int soft_hyphens = 0, hyphen_ends = 0;
  for (const Page& page : memo.pages) {
    for (const Word& word : page.words) {
      if (word.text.find("\u00AD") != std::string::npos) ++soft_hyphens;
      if (word.text.size() > 1 && word.text.back() == '-') ++hyphen_ends;
    }
  }
  CHECK(soft_hyphens == 0);
  CHECK(hyphen_ends >= 30);
  // "Budget 2024 (aftaletekst)" wraps: two annotations, one per line.
  std::map<std::string, int> per_uri;
  for (const Link& link : memo.links) ++per_uri[link.uri];
  CHECK(per_uri.at(kBudget2024) == 4);  // rows 3 and 9, two lines each
  CHECK(per_uri.at(kKkPunkt9) == 6);  // rows 1, 2, 7, 10, 11, 12
  CHECK(per_uri.at(kKkPunkt10) == 9);
  // Reading order: top to bottom within each page.
  for (std::size_t i = 1; i < memo.links.size(); ++i) {
    const Link& a = memo.links[i - 1];
    const Link& b = memo.links[i];
    CHECK((a.page < b.page || (a.page == b.page && a.box.y0 <= b.box.y0)));
  }
}

TEST_CASE("variants: rotated pages keep links on their words; owner-only "
          "encryption opens", "[e2e][golden]") {
  ExtractedDocument upright =
      Extract(testing::FixturePdf("notat_racisme_2025_libreoffice.pdf"));
  ExtractedDocument rotated = Extract(
      testing::SourceDir() / "fixtures" / "variants" / "rotated_90.pdf");
  REQUIRE(rotated.pages.size() == upright.pages.size());
  CHECK(rotated.pages[0].rotation == 90);
  CHECK(rotated.pages[0].width == Approx(upright.pages[0].height));
  CHECK(rotated.pages[0].height == Approx(upright.pages[0].width));
  REQUIRE(rotated.links.size() == upright.links.size());
  std::multiset<std::string> upright_pairs, rotated_pairs;
  for (const Link& link : upright.links) {
    upright_pairs.insert(link.uri + " -> " + CoveredText(upright, link));
  }
  for (const Link& link : rotated.links) {
    rotated_pairs.insert(link.uri + " -> " + CoveredText(rotated, link));
  }
  CHECK(rotated_pairs == upright_pairs);

  ExtractedDocument restricted = Extract(
      testing::SourceDir() / "fixtures" / "variants" / "owner_password_only.pdf");
  CHECK(restricted.pages.size() == 4);
  CHECK(restricted.links.size() == 21);
}

}  // namespace afstem

namespace afstem {
namespace {

// Captures what is written to file descriptor 2 while alive.
class StderrCapture {
 public:
  StderrCapture() : file_(std::tmpfile()) {
    std::fflush(stderr);
    saved_ = dup(2);
    dup2(fileno(file_), 2);
  }
  ~StderrCapture() {
    Restore();
    std::fclose(file_);
  }
  std::string Finish() {
    Restore();
    std::rewind(file_);
    std::string text;
    for (int c; (c = std::fgetc(file_)) != EOF;) text += static_cast<char>(c);
    return text;
  }

 private:
  void Restore() {
    if (saved_ < 0) return;
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
    saved_ = -1;
  }
  std::FILE* file_;
  int saved_ = -1;
};

}  // namespace

TEST_CASE("a repairable file loads, its damage recorded, stderr silent",
          "[e2e][golden]") {
  StderrCapture capture;
  ExtractedDocument repaired = Extract(
      testing::SourceDir() / "fixtures" / "variants" / "damaged_xref.pdf");
  CHECK(capture.Finish().empty());
  CHECK(repaired.pages.size() == 4);
  CHECK(repaired.links.size() == 19);
  std::size_t words = 0;
  for (const Page& page : repaired.pages) words += page.words.size();
  CHECK(words == 344 + 264 + 205 + 170);
  REQUIRE(repaired.diagnostics.size() == 14);
  CHECK(repaired.diagnostics[0] ==
        "poppler: error (12354): Illegal character <8a> in hex string");
  CHECK(repaired.diagnostics[10] == "poppler: 199 more messages like these");
  CHECK(repaired.diagnostics[12] == "qpdf: xref not found (offset 12345)");
}

}  // namespace afstem
