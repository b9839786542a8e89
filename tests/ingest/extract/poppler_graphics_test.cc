// The graphics reader on the fixtures: the LibreOffice tables' borders as
// stroked rules, their shaded header cells as rectangles, a scan's image, the
// /Rotate 90 variant in the same display coordinates as its words, and
// damaged input.

#include "ingest/extract/poppler_graphics.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

#include "ingest/extract/extract.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

using testing::BadFixture;
using testing::FixturePdf;
using testing::SourceDir;

std::string Bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::size_t CountKind(const PageGraphics& page, GraphicKind kind) {
  std::size_t n = 0;
  for (const Graphic& graphic : page.graphics) n += graphic.kind == kind ? 1 : 0;
  return n;
}

// Display box on a page turned by /Rotate 90 of a box on the unturned page
// of height `height` (page_geometry.cc: x' = H - y, y' = x).
Box Turned(const Box& box, double height) { return Box{height - box.y1, box.x0, height - box.y0, box.x1}; }

bool Near(const Box& a, const Box& b) {
  return std::fabs(a.x0 - b.x0) < 0.01 && std::fabs(a.y0 - b.y0) < 0.01 && std::fabs(a.x1 - b.x1) < 0.01 &&
         std::fabs(a.y1 - b.y1) < 0.01;
}

}  // namespace

TEST_CASE("LibreOffice table borders are stroked rules, header shading rectangles", "[ingest][graphics]") {
  const std::string bytes = Bytes(FixturePdf("tabeller_2024_libreoffice.pdf"));
  Result<GraphicsOutput> read = ReadPageContent(bytes, true);
  REQUIRE(read.ok());
  REQUIRE(read.value().pages.size() == 2);
  const PageGraphics& page = read.value().pages[0];
  // One table a page. Page 1: 8 horizontal and 6 vertical stroked borders
  // ("74.85 628.839 m 520.45 628.839 l S") and 5 shaded header cells ("re f*");
  // page 2: 9 and 4 borders, 4 header cells.
  CHECK(CountKind(page, GraphicKind::kRule) == 14);
  CHECK(CountKind(page, GraphicKind::kRectangle) == 5);
  CHECK(CountKind(read.value().pages[1], GraphicKind::kRule) == 13);
  CHECK(CountKind(read.value().pages[1], GraphicKind::kRectangle) == 4);
  CHECK_FALSE(page.truncated);
  CHECK_FALSE(page.paper_fraction.has_value());
  // The first border at y = 841.89 - 628.839 in display space.
  bool found = false;
  for (const Graphic& g : page.graphics) {
    if (g.kind == GraphicKind::kRule && std::fabs(g.box.x0 - 74.85) < 0.01 && std::fabs(g.box.x1 - 520.45) < 0.01 &&
        std::fabs((g.box.y0 + g.box.y1) / 2 - (841.89 - 628.839)) < 0.01) {
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("a scan's image covers its page and looks like paper", "[ingest][graphics]") {
  const std::string bytes = Bytes(SourceDir() / "fixtures" / "variants" / "image_only.pdf");
  Result<GraphicsOutput> read = ReadPageContent(bytes, true);
  REQUIRE(read.ok());
  REQUIRE(read.value().pages.size() == 2);
  const PageGraphics& first = read.value().pages[0];
  REQUIRE(CountKind(first, GraphicKind::kImage) == 1);
  CHECK(first.graphics[0].box.width() * first.graphics[0].box.height() > 0.95 * 595 * 842);
  REQUIRE(first.paper_fraction.has_value());
  CHECK(*first.paper_fraction >= 0.6);
  // No glyph is drawn on either page, so both pages' paper is measured.
  REQUIRE(read.value().pages[1].paper_fraction.has_value());
  CHECK(*read.value().pages[1].paper_fraction >= 0.6);
  CHECK(first.runs.empty());
  Result<ExtractedDocument> document = ExtractDocument(bytes, PopplerOptions{});
  REQUIRE(document.ok());
  CHECK(document.value().pages[0].kind == PageKind::kScanned);
  CHECK(document.value().pages[1].kind == PageKind::kScanned);
}

TEST_CASE("graphics on a /Rotate 90 page are in the words' display coordinates", "[ingest][graphics]") {
  Result<ExtractedDocument> plain = ExtractDocument(Bytes(FixturePdf("notat_racisme_2025_libreoffice.pdf")), {});
  Result<ExtractedDocument> turned =
      ExtractDocument(Bytes(SourceDir() / "fixtures" / "variants" / "rotated_90.pdf"), {});
  REQUIRE(plain.ok());
  REQUIRE(turned.ok());
  REQUIRE(plain.value().pages.size() == turned.value().pages.size());
  std::size_t compared = 0;
  for (std::size_t p = 0; p < plain.value().pages.size(); ++p) {
    const Page& a = plain.value().pages[p];
    const Page& b = turned.value().pages[p];
    CHECK(b.rotation == 90);
    REQUIRE(a.graphics.size() == b.graphics.size());
    for (std::size_t i = 0; i < a.graphics.size(); ++i) {
      CHECK(Near(Turned(a.graphics[i].box, a.height), b.graphics[i].box));
      CHECK(a.graphics[i].kind == b.graphics[i].kind);
      ++compared;
    }
    // The words turn the same way (their reading order may differ): the
    // first word of the page is where its turned box says.
    if (a.words.empty()) continue;
    bool met = false;
    for (const Word& word : b.words) {
      met = met || (word.text == a.words[0].text && Near(Turned(a.words[0].box, a.height), word.box));
    }
    CHECK(met);
  }
  CHECK(compared == 72);
}

TEST_CASE("words from the one-pass reader are poppler-cpp's words", "[ingest][graphics][words]") {
  // ReadPageContent runs Poppler's TextOutputDev as poppler-cpp's
  // text_list() does; extraction takes its words from there.
  for (const char* name : {"notat_racisme_2025.pdf", "notat_racisme_2025_libreoffice.pdf", "tabelbilag_2024.pdf",
                           "tabeller_2024_libreoffice.pdf", "integrationshandleplan_2024.pdf",
                           "bilag_social_kontrol_2024.pdf"}) {
    INFO(name);
    const std::string bytes = Bytes(FixturePdf(name));
    Result<PopplerOutput> alone = ReadWithPoppler(bytes, PopplerOptions{});
    Result<ExtractedDocument> one_pass = ExtractDocument(bytes, PopplerOptions{});
    REQUIRE(alone.ok());
    REQUIRE(one_pass.ok());
    REQUIRE(alone.value().document.pages.size() == one_pass.value().pages.size());
    std::size_t words = 0;
    for (std::size_t p = 0; p < one_pass.value().pages.size(); ++p) {
      const std::vector<Word>& a = alone.value().document.pages[p].words;
      const std::vector<Word>& b = one_pass.value().pages[p].words;
      REQUIRE(a.size() == b.size());
      for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].space_after == b[i].space_after);
        CHECK(a[i].font_name == b[i].font_name);
        CHECK(a[i].font_size == b[i].font_size);
        // poppler-cpp keeps a box as origin and size: the last bits may differ.
        CHECK(std::fabs(a[i].box.x0 - b[i].box.x0) < 1e-9);
        CHECK(std::fabs(a[i].box.y0 - b[i].box.y0) < 1e-9);
        CHECK(std::fabs(a[i].box.x1 - b[i].box.x1) < 1e-9);
        CHECK(std::fabs(a[i].box.y1 - b[i].box.y1) < 1e-9);
        ++words;
      }
    }
    CHECK(words > 200);  // the smallest, tabeller_2024_libreoffice.pdf, has 232
  }
}

TEST_CASE("graphics of damaged input fail or come back empty, never crash", "[ingest][graphics]") {
  CHECK(ReadPageContent("", true).status().code() == StatusCode::kInvalidInput);
  CHECK(ReadPageContent("%PDF-1.4\ngarbage\n%%EOF\n", true).status().code() == StatusCode::kInvalidInput);
  for (const char* name : {"truncated.pdf", "zero_pages.pdf", "not_a_pdf.pdf"}) {
    Result<GraphicsOutput> read = ReadPageContent(Bytes(BadFixture(name)), true);
    if (read.ok()) CHECK(read.value().diagnostics.size() <= 11);
  }
}

}  // namespace afstem
