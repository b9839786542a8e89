// poppler-cpp page rendering for the report (pdf_page_raster.h).

#include "ingest/extract/pdf_page_raster.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cstdint>
#include <cstring>

#include "ingest/extract/page_geometry.h"

namespace afstem {
namespace {

void DiscardPopplerMessage(const std::string&, void*) {}

// Poppler prints its complaints to stderr unless told otherwise.
void SilencePoppler() { poppler::set_debug_error_function(&DiscardPopplerMessage, nullptr); }

int RotationOf(const poppler::page& page) {
  switch (page.orientation()) {
    case poppler::page::landscape: return 90;
    case poppler::page::upside_down: return 180;
    case poppler::page::seascape: return 270;
    default: return 0;
  }
}

// Copies Poppler's image row by row, making every pixel opaque (Poppler's
// XBGR8 rendering leaves the alpha byte unspecified).
Raster ToRaster(const poppler::image& image) {
  Raster raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.stride = raster.width * 4;
  const auto row_bytes = static_cast<std::size_t>(raster.stride);
  raster.pixels.resize(row_bytes * static_cast<std::size_t>(raster.height));
  for (std::size_t row = 0; row < static_cast<std::size_t>(raster.height); ++row) {
    unsigned char* to = raster.pixels.data() + row * row_bytes;
    std::memcpy(to, image.const_data() + row * static_cast<std::size_t>(image.bytes_per_row()), row_bytes);
    for (std::size_t at = 0; at < row_bytes; at += 4) {
      std::uint32_t pixel;
      std::memcpy(&pixel, to + at, 4);
      pixel |= 0xFF000000u;  // alpha, the high byte of a native-endian ARGB word
      std::memcpy(to + at, &pixel, 4);
    }
  }
  return raster;
}

}  // namespace

PdfRasterizer::PdfRasterizer(std::string bytes) : bytes_(std::move(bytes)) {}

PdfRasterizer::~PdfRasterizer() = default;

Result<std::unique_ptr<PdfRasterizer>> PdfRasterizer::Open(std::string bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::NotSupported("file too large for Poppler (over 2 GiB)");
  }
  SilencePoppler();
  // The bytes move in first: the document reads from the object's buffer.
  std::unique_ptr<PdfRasterizer> rasterizer(new PdfRasterizer(std::move(bytes)));
  const std::string& kept = rasterizer->bytes_;
  rasterizer->document_.reset(poppler::document::load_from_raw_data(kept.data(), static_cast<int>(kept.size())));
  if (!rasterizer->document_) return Status::InvalidInput("damaged PDF: Poppler cannot open it");
  if (rasterizer->document_->is_locked()) {
    return Status::NotSupported("encrypted: a user password is required to open it");
  }
  if (rasterizer->page_count() <= 0) return Status::InvalidInput("PDF has no pages");
  return rasterizer;
}

int PdfRasterizer::page_count() const { return document_->pages(); }

Result<std::unique_ptr<poppler::page>> PdfRasterizer::Page(int number) const {
  if (number < 1 || number > page_count()) {
    return Status::NotFound("no page " + std::to_string(number) + " (the PDF has " + std::to_string(page_count()) + ")");
  }
  std::unique_ptr<poppler::page> page(document_->create_page(number - 1));
  if (!page) return Status::InvalidInput("damaged PDF: page " + std::to_string(number) + " cannot be read");
  return page;
}

Result<PageSize> PdfRasterizer::DisplaySize(int number) const {
  auto page = Page(number);
  if (!page.ok()) return page.status();
  const poppler::rectf crop = page.value()->page_rect(poppler::crop_box);
  const PageFrame frame{crop.left(), crop.top(), crop.right(), crop.bottom(), RotationOf(*page.value())};
  return PageSize{frame.DisplayWidth(), frame.DisplayHeight()};
}

Result<Raster> PdfRasterizer::Render(int number, double dpi, const PixelRect& region) const {
  if (region.width <= 0 || region.height <= 0) return Status::InvalidArgument("nothing to render (an empty region)");
  auto page = Page(number);
  if (!page.ok()) return page.status();
  SilencePoppler();
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
  poppler::image image = renderer.render_page(page.value().get(), dpi, dpi, region.x, region.y, region.width, region.height);
  if (!image.is_valid() || image.width() != region.width || image.height() != region.height) {
    return Status::InvalidInput("page " + std::to_string(number) + " could not be rendered");
  }
  return ToRaster(image);
}

}  // namespace afstem
