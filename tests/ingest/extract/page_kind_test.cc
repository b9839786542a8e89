// Page kinds (page_kind.h) from words, graphics, size and the paper share of
// large images, with the thresholds at their edges.

#include "ingest/extract/page_kind.h"

#include <catch2/catch.hpp>
#include <limits>

namespace afstem {
namespace {

Page A4() {
  Page page;
  page.width = 600;
  page.height = 800;
  return page;
}
Graphic Image(double x0, double y0, double x1, double y1) {
  return Graphic{GraphicKind::kImage, {x0, y0, x1, y1}, 0, true};
}
Word AWord() { return Word{"Indsats", {72, 72, 110, 82}, true, "", 10}; }

}  // namespace

TEST_CASE("image coverage is the union of image boxes", "[ingest][page_kind]") {
  Page page = A4();
  page.graphics = {Image(0, 0, 600, 400), Image(0, 200, 600, 600)};  // overlapping halves
  CHECK(ImageCoverage(page) == Approx(0.75));
  page.graphics.push_back({GraphicKind::kRectangle, {0, 0, 600, 800}, 0, true});  // not an image
  CHECK(ImageCoverage(page) == Approx(0.75));
}

TEST_CASE("a page without text under an image of paper is scanned", "[ingest][page_kind]") {
  Page page = A4();
  page.graphics = {Image(0, 0, 600, 800)};
  CHECK(ClassifyPage(page, 0.93) == PageKind::kScanned);        // a scanned account page
  CHECK(ClassifyPage(page, std::nullopt) == PageKind::kScanned);  // not measured: a scan
  CHECK(ClassifyPage(page, 0.27) == PageKind::kFigure);         // a full-page photo
  CHECK(ClassifyPage(page, kPaperFraction) == PageKind::kScanned);
  // Coverage at the threshold: 0.6 of the page is a scan, 0.59 not.
  page.graphics = {Image(0, 0, 600, 480)};
  CHECK(ClassifyPage(page, 0.9) == PageKind::kScanned);
  page.graphics = {Image(0, 0, 600, 472)};
  CHECK(ClassifyPage(page, 0.9) == PageKind::kFigure);
}

TEST_CASE("text pages, mixed pages, blank pages", "[ingest][page_kind]") {
  Page page = A4();
  page.words = {AWord()};
  CHECK(ClassifyPage(page, std::nullopt) == PageKind::kText);
  page.graphics = {Image(0, 0, 600, 400)};  // half the page
  CHECK(ClassifyPage(page, std::nullopt) == PageKind::kMixed);
  page.graphics = {Image(0, 0, 600, 399)};
  CHECK(ClassifyPage(page, std::nullopt) == PageKind::kText);

  Page empty = A4();
  CHECK(ClassifyPage(empty, std::nullopt) == PageKind::kBlank);
  // Two hairline rules (counted 1 pt thick: 2 x 500 pt^2) and a page number
  // drawn as a small shape: 0.3 % of the page, blank.
  empty.graphics = {{GraphicKind::kRule, {50, 40, 550, 40}, 0, false},
                    {GraphicKind::kRule, {50, 760, 550, 760}, 0, false},
                    {GraphicKind::kShape, {295, 770, 305, 780}, 0, true}};
  CHECK(ClassifyPage(empty, std::nullopt) == PageKind::kBlank);
  // A drawn chart of 100 x 60 pt (6000 pt^2, 1.25 %): a figure.
  empty.graphics.push_back({GraphicKind::kShape, {100, 100, 200, 160}, 0, true});
  CHECK(ClassifyPage(empty, std::nullopt) == PageKind::kFigure);
}

TEST_CASE("a page of no size is text or blank", "[ingest][page_kind]") {
  Page page;
  page.width = std::numeric_limits<double>::quiet_NaN();
  page.height = 800;
  page.graphics = {Image(0, 0, 600, 800)};
  CHECK(ClassifyPage(page, 0.9) == PageKind::kBlank);
  page.words = {AWord()};
  CHECK(ClassifyPage(page, 0.9) == PageKind::kText);
  CHECK(ImageCoverage(page) == 0);
}

}  // namespace afstem
