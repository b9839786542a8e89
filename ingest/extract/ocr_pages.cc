// OCR of scanned pages (ocr_pages.h).

#include "ingest/extract/ocr_pages.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "ingest/extract/pdf_page_raster.h"

namespace afstem {
namespace {

// Tesseract's line height runs from the baseline to the ascenders; type's
// size in points is about 1.3 times that (ascender 0.72 em of
// Helvetica-like faces, plus the descender).
constexpr double kTypePerLineHeight = 1.3;

// Rec. 601 luma of cairo/Poppler ARGB32 pixels (native-endian 0xAARRGGBB).
GrayImage ToGray(const Raster& raster) {
  GrayImage gray;
  gray.width = raster.width;
  gray.height = raster.height;
  gray.pixels.resize(static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height));
  std::size_t out = 0;
  for (int y = 0; y < raster.height; ++y) {
    const unsigned char* row = raster.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(raster.stride);
    for (int x = 0; x < raster.width; ++x) {
      std::uint32_t pixel;
      std::memcpy(&pixel, row + static_cast<std::size_t>(x) * 4, 4);
      const unsigned r = (pixel >> 16) & 0xFF, g = (pixel >> 8) & 0xFF, b = pixel & 0xFF;
      gray.pixels[out++] = static_cast<std::uint8_t>((299 * r + 587 * g + 114 * b + 500) / 1000);
    }
  }
  return gray;
}

// The dpi at which the page renders within kOcrMaxPixels.
double DpiFor(const PageSize& size) {
  const double pixels_at_ocr_dpi = (size.width * kOcrDpi / 72.0) * (size.height * kOcrDpi / 72.0);
  if (!(pixels_at_ocr_dpi > kOcrMaxPixels)) return kOcrDpi;
  return kOcrDpi * std::sqrt(kOcrMaxPixels / pixels_at_ocr_dpi);
}

struct PageWords {
  std::vector<Word> words;  // in points of the upright page
  int quarter_turns = 0;    // clockwise, from the displayed page to upright
};

// One scanned page: rendered, turned upright, read. Its words, or why not.
Result<PageWords> ReadPage(const PdfRasterizer& rasterizer, TesseractOcr& ocr, const Page& page) {
  Result<PageSize> size = rasterizer.DisplaySize(page.number);
  if (!size.ok()) return size.status();
  if (!(size.value().width > 0) || !(size.value().height > 0)) return Status::InvalidInput("page has no size");
  const double dpi = DpiFor(size.value());
  const PixelRect region{0, 0, std::max(1, static_cast<int>(std::lround(size.value().width * dpi / 72.0))),
                         std::max(1, static_cast<int>(std::lround(size.value().height * dpi / 72.0)))};
  Result<Raster> raster = rasterizer.Render(page.number, dpi, region);
  if (!raster.ok()) return raster.status();
  GrayImage image = ToGray(raster.value());
  raster.value().pixels = {};  // four bytes a pixel: free them before Tesseract runs
  const int resolution = static_cast<int>(std::lround(dpi));
  const int turns = ocr.UprightQuarterTurns(image, resolution);
  if (turns != 0) image = TurnClockwise(image, turns);
  EraseRules(image, resolution);  // upright: the table's vertical borders are vertical now
  Result<std::vector<OcrWord>> read = ocr.Recognize(image, resolution);
  if (!read.ok()) return read.status();
  return PageWords{WordsFromOcr(read.value(), 72.0 / dpi), turns};
}

// Tesseract finds "words" in anything: on a scan of a chart or a stamp it
// reads a few letters with low confidence. A page is text when the median
// confidence of its words reaches kLowOcrConfidence.
bool LooksLikeText(const std::vector<Word>& words) {
  if (words.empty()) return false;
  std::vector<double> confidences;
  for (const Word& word : words) confidences.push_back(word.confidence);
  std::nth_element(confidences.begin(), confidences.begin() + static_cast<std::ptrdiff_t>(confidences.size() / 2),
                   confidences.end());
  return confidences[confidences.size() / 2] >= kLowOcrConfidence;
}

}  // namespace

void EraseRules(GrayImage& image, int dpi) {
  const int min_run = std::max(8, static_cast<int>(std::lround(kRuleMinInches * dpi)));
  const int max_width = std::max(2, static_cast<int>(std::lround(kRuleMaxInches * dpi)));
  const auto width = static_cast<std::size_t>(std::max(0, image.width));
  auto ink = [&image, width](int x, int y) {
    return image.pixels[static_cast<std::size_t>(y) * width + static_cast<std::size_t>(x)] < kInkLevel;
  };
  // How wide the ink is around (x, y), at most max_width + 1.
  auto ink_width = [&](int x, int y) {
    int left = x, right = x;
    while (left > 0 && x - left <= max_width && ink(left - 1, y)) --left;
    while (right + 1 < image.width && right - x <= max_width && ink(right + 1, y)) ++right;
    return right - left + 1;
  };
  // Found on the untouched image, then erased, so that a border two pixels
  // wide is measured as two pixels in both of its columns.
  std::vector<std::uint8_t> erase(image.pixels.size(), 0);
  for (int x = 0; x < image.width; ++x) {
    int start = 0;
    for (int y = 0; y <= image.height; ++y) {
      if (y < image.height && ink(x, y)) continue;
      const int length = y - start;
      // A thin line: narrow at most of nine points along it (a filled box
      // or a block of text is wide; figures set against a border widen it
      // at a few).
      if (length >= min_run) {
        int narrow = 0;
        for (int k = 1; k <= 9; ++k) narrow += ink_width(x, start + length * k / 10) <= max_width ? 1 : 0;
        if (narrow >= 6) {
          for (int i = start; i < y; ++i) erase[static_cast<std::size_t>(i) * width + static_cast<std::size_t>(x)] = 1;
        }
      }
      start = y + 1;
    }
  }
  for (std::size_t i = 0; i < erase.size(); ++i) {
    if (erase[i] != 0) image.pixels[i] = 255;
  }
}

Result<TesseractOcr*> OcrEngine::Get() {
  if (!opened_) {
    opened_ = true;
    Result<std::unique_ptr<TesseractOcr>> opened = TesseractOcr::Open();
    if (opened.ok()) {
      engine_ = std::move(opened).value();
    } else {
      failure_ = opened.status().message();
    }
  }
  if (!engine_) return Status::NotSupported(failure_);
  return engine_.get();
}

std::vector<Word> WordsFromOcr(const std::vector<OcrWord>& words, double points_per_pixel) {
  std::vector<Word> out;
  out.reserve(words.size());
  std::vector<double> heights;  // the page's type size, in pixels of line height
  for (const OcrWord& read : words) {
    heights.push_back(read.line_height > 0 ? read.line_height : static_cast<double>(read.bottom - read.top));
  }
  double median_height = 0;
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    median_height = heights[heights.size() / 2];
  }
  const double speck = kSpeckEm * median_height * kTypePerLineHeight;
  for (const OcrWord& read : words) {
    if (read.right - read.left < speck && read.bottom - read.top < speck) continue;
    Word word;
    word.text = read.text;
    word.box = Box{read.left * points_per_pixel, read.top * points_per_pixel, read.right * points_per_pixel,
                   read.bottom * points_per_pixel};
    word.space_after = !read.last_in_line;
    const double line_height = read.line_height > 0 ? read.line_height : static_cast<double>(read.bottom - read.top);
    word.font_size = line_height * points_per_pixel * kTypePerLineHeight;
    word.confidence = std::clamp(read.confidence, 0.0, 100.0);
    out.push_back(std::move(word));
  }
  return out;
}

Result<int> RecognizeScannedPages(std::string_view bytes, OcrEngine& engine, ExtractedDocument& document) {
  const bool any_scanned = std::any_of(document.pages.begin(), document.pages.end(),
                                       [](const Page& page) { return page.kind == PageKind::kScanned; });
  if (!any_scanned) return 0;
  Result<TesseractOcr*> ocr = engine.Get();
  if (!ocr.ok()) return ocr.status();
  Result<std::unique_ptr<PdfRasterizer>> rasterizer = PdfRasterizer::Open(std::string(bytes));
  if (!rasterizer.ok()) return rasterizer.status();
  int read_pages = 0;
  for (Page& page : document.pages) {
    if (page.kind != PageKind::kScanned) continue;
    Result<PageWords> read = ReadPage(*rasterizer.value(), *ocr.value(), page);
    if (!read.ok() || !LooksLikeText(read.value().words)) {
      page.text_source = TextSource::kNone;
      continue;
    }
    page.words = std::move(read.value().words);
    page.text_source = TextSource::kOcr;
    page.ocr_rotation = read.value().quarter_turns * 90;
    if (read.value().quarter_turns % 2 == 1) std::swap(page.width, page.height);
    ++read_pages;
  }
  return read_pages;
}

}  // namespace afstem
