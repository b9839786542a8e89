// Renders regions of a PDF's pages to pixels with poppler-cpp's
// page_renderer, for the report's finding images: with poppler_reader.cc,
// the only file that includes poppler/cpp/*. Poppler's error messages are
// discarded (library code never prints).
//
// Not thread-safe: Poppler's error callback is process-global (see
// poppler_reader.h); one PdfRasterizer call at a time per process.
#ifndef AFSTEM_INGEST_EXTRACT_PDF_PAGE_RASTER_H_
#define AFSTEM_INGEST_EXTRACT_PDF_PAGE_RASTER_H_

#include <memory>
#include <string>
#include <vector>

#include "schema/model/status.h"

namespace poppler {
class document;
class page;
}  // namespace poppler

namespace afstem {

// Rendered pixels, top row first: 32-bit native-endian ARGB, opaque (the
// layout of cairo's CAIRO_FORMAT_ARGB32).
struct Raster {
  int width = 0, height = 0;
  int stride = 0;  // bytes per row: width * 4
  std::vector<unsigned char> pixels;
};

// A rectangle of whole pixels.
struct PixelRect {
  int x = 0, y = 0, width = 0, height = 0;
};

// A page's size as displayed (after /Rotate), in points.
struct PageSize {
  double width = 0, height = 0;
};

class PdfRasterizer {
 public:
  // Opens the PDF whose bytes are `bytes` (the object keeps them). Fails
  // with a one-line reason ("damaged PDF: Poppler cannot open it",
  // "encrypted: ...").
  static Result<std::unique_ptr<PdfRasterizer>> Open(std::string bytes);
  ~PdfRasterizer();
  PdfRasterizer(const PdfRasterizer&) = delete;
  PdfRasterizer& operator=(const PdfRasterizer&) = delete;

  int page_count() const;
  // The displayed size of page `number` (1-based); fails for a page the
  // document does not have.
  Result<PageSize> DisplaySize(int number) const;
  // Renders the pixels `region` of page `number` drawn at `dpi` (72 dpi:
  // one pixel per point), origin at the top-left of the displayed page, on
  // white paper. The result is exactly region.width × region.height.
  Result<Raster> Render(int number, double dpi, const PixelRect& region) const;

 private:
  explicit PdfRasterizer(std::string bytes);
  // Page `number` (1-based), or why not: "no page 9 (the PDF has 4)".
  Result<std::unique_ptr<poppler::page>> Page(int number) const;

  std::string bytes_;  // Poppler reads from them for the document's lifetime
  std::unique_ptr<poppler::document> document_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_PDF_PAGE_RASTER_H_
