// OCR of scanned pages (ocr_pages.h, tesseract_ocr.h): image turns, pixel
// boxes to points, and Tesseract on the memo's scanned fixtures (upright
// and fed sideways).

#include "ingest/extract/ocr_pages.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

#include "ingest/extract/extract.h"

namespace afstem {
namespace {

GrayImage TwoByThree() {  // 2 wide, 3 high: pixels 1..6 row by row
  GrayImage image;
  image.width = 2;
  image.height = 3;
  image.pixels = {1, 2, 3, 4, 5, 6};
  return image;
}

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(AFSTEM_SOURCE_DIR) + "/fixtures/scanned/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The scanned fixture extracted and its scanned pages read.
ExtractedDocument ReadScan(const std::string& name, OcrEngine& engine, int& read_pages) {
  const std::string bytes = ReadFixture(name);
  Result<ExtractedDocument> document = ExtractDocument(bytes, PopplerOptions{});
  REQUIRE(document.ok());
  for (const Page& page : document.value().pages) {
    CHECK(page.kind == PageKind::kScanned);
    CHECK(page.text_source == TextSource::kNone);
  }
  Result<int> read = RecognizeScannedPages(bytes, engine, document.value());
  REQUIRE(read.ok());
  read_pages = read.value();
  return std::move(document).value();
}

bool HasWord(const Page& page, const std::string& text) {
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& word) { return word.text == text; });
}

}  // namespace

TEST_CASE("images turn clockwise by quarter turns", "[ingest][ocr]") {
  const GrayImage image = TwoByThree();
  const GrayImage once = TurnClockwise(image, 1);
  CHECK(once.width == 3);
  CHECK(once.height == 2);
  // The left column, read bottom-up, becomes the top row.
  CHECK(once.pixels == std::vector<std::uint8_t>{5, 3, 1, 6, 4, 2});
  const GrayImage twice = TurnClockwise(image, 2);
  CHECK(twice.pixels == std::vector<std::uint8_t>{6, 5, 4, 3, 2, 1});
  CHECK(TurnClockwise(image, 3).pixels == std::vector<std::uint8_t>{2, 4, 6, 1, 3, 5});
  CHECK(TurnClockwise(image, 4).pixels == image.pixels);
  CHECK(TurnClockwise(image, -1).pixels == TurnClockwise(image, 3).pixels);
  CHECK(TurnClockwise(TurnClockwise(image, 1), 3).pixels == image.pixels);
}

TEST_CASE("OCR words get boxes in points, a font size and their confidence", "[ingest][ocr]") {
  OcrWord first{"Samlet", 400, 800, 800, 850, 91.5, 40, false};
  OcrWord last{"8.555", 1000, 800, 1200, 850, 130, 40, true};
  OcrWord unsure{"l.2O0", 1300, 800, 1400, 850, -3, 0, true};
  const std::vector<Word> words = WordsFromOcr({first, last, unsure}, 72.0 / 400);
  REQUIRE(words.size() == 3);
  CHECK(words[0].text == "Samlet");
  CHECK(words[0].box.x0 == Approx(72.0));
  CHECK(words[0].box.y0 == Approx(144.0));
  CHECK(words[0].box.x1 == Approx(144.0));
  CHECK(words[0].box.y1 == Approx(153.0));
  CHECK(words[0].space_after);
  CHECK_FALSE(words[1].space_after);                      // the end of its line
  CHECK(words[0].font_size == Approx(40 * 0.18 * 1.3));   // 9.36 pt type
  CHECK(words[0].confidence == Approx(91.5));
  CHECK(words[1].confidence == Approx(100));              // clamped
  CHECK(words[2].confidence == Approx(0));
  CHECK(words[2].font_size == Approx(50 * 0.18 * 1.3));   // no line height: the word's own
  CHECK(words[0].font_name.empty());
}

TEST_CASE("specks read as words are left out", "[ingest][ocr]") {
  // 40 px lines: type of 52 px (1.3 x 40), a speck is under 13 px both ways.
  const std::vector<OcrWord> read = {
      {"11.", 300, 1000, 360, 1040, 93, 40, false},
      {"om", 400, 1010, 460, 1040, 97, 40, false},
      {"i", 500, 1038, 504, 1042, 67, 40, false},    // 4 x 4 px: dust
      {".", 600, 1030, 612, 1042, 40, 40, false},    // 12 x 12 px: dust
      {"-", 700, 1020, 730, 1026, 80, 40, false},    // a dash: 30 px wide, kept
      {"250", 800, 1000, 870, 1040, 96, 40, true},
  };
  const std::vector<Word> words = WordsFromOcr(read, 72.0 / 400);
  REQUIRE(words.size() == 4);
  CHECK(words[0].text == "11.");
  CHECK(words[1].text == "om");
  CHECK(words[2].text == "-");
  CHECK(words[3].text == "250");
}

TEST_CASE("vertical rules are erased, type and boxes are not", "[ingest][ocr]") {
  constexpr int kDpi = 400;  // a rule is at least 120 px long and at most 10 px wide
  GrayImage image;
  image.width = 200;
  image.height = 300;
  image.pixels.assign(static_cast<std::size_t>(image.width * image.height), 255);
  auto paint = [&image](int x0, int y0, int x1, int y1, std::uint8_t value) {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) image.pixels[static_cast<std::size_t>(y * image.width + x)] = value;
  };
  paint(20, 10, 23, 290, 180);   // a light grey column border, 3 px wide, 280 long
  paint(60, 10, 64, 125, 0);     // a stroke 115 px long: type (a tall "l"), kept
  paint(100, 10, 140, 290, 150); // a shaded box 40 px wide: not a rule, kept
  paint(150, 50, 190, 53, 0);    // a horizontal rule: left to Tesseract
  EraseRules(image, kDpi);
  CHECK(image.at(21, 150) == 255);
  CHECK(image.at(62, 100) == 0);
  CHECK(image.at(120, 150) == 150);
  CHECK(image.at(170, 51) == 0);
}

TEST_CASE("a page that is not scanned is not read", "[ingest][ocr]") {
  ExtractedDocument document;
  Page page;
  page.number = 1;
  page.kind = PageKind::kBlank;
  page.text_source = TextSource::kNone;
  document.pages.push_back(page);
  OcrEngine engine;
  Result<int> read = RecognizeScannedPages("not a pdf", engine, document);
  REQUIRE(read.ok());
  CHECK(read.value() == 0);
  CHECK(document.pages[0].text_source == TextSource::kNone);
}

TEST_CASE("Tesseract reads the memo's 300 dpi scan upright", "[ingest][ocr][tesseract]") {
  OcrEngine engine;
  int read_pages = 0;
  const ExtractedDocument document = ReadScan("notat_racisme_2025_scan300.pdf", engine, read_pages);
  CHECK(read_pages == 4);
  REQUIRE(document.pages.size() == 4);
  for (const Page& page : document.pages) {
    CHECK(page.text_source == TextSource::kOcr);
    CHECK(page.ocr_rotation == 0);
    CHECK(page.width == Approx(595.3).margin(0.5));
    CHECK(page.height == Approx(841.9).margin(0.5));
    for (const Word& word : page.words) {
      CHECK(word.box.x0 >= 0);
      CHECK(word.box.x1 <= page.width);
      CHECK(word.box.y1 <= page.height);
      CHECK(word.confidence >= 0);
      CHECK(word.confidence <= 100);
    }
  }
  CHECK(HasWord(document.pages[0], "Notat"));
  CHECK(HasWord(document.pages[3], "Samlet"));
  CHECK(HasWord(document.pages[3], "8.555"));
}

TEST_CASE("Tesseract turns a scan fed sideways upright", "[ingest][ocr][tesseract]") {
  OcrEngine engine;
  int read_pages = 0;
  const ExtractedDocument document = ReadScan("notat_racisme_2025_sideways.pdf", engine, read_pages);
  CHECK(read_pages == 4);
  REQUIRE(document.pages.size() == 4);
  for (const Page& page : document.pages) {
    CHECK(page.text_source == TextSource::kOcr);
    CHECK(page.ocr_rotation == 270);  // content turned 90° clockwise: a further 270° stands it up
    CHECK(page.width < page.height);  // the upright frame is portrait again
  }
  CHECK(HasWord(document.pages[0], "Notat"));
  CHECK(HasWord(document.pages[3], "Samlet"));
}

}  // namespace afstem
