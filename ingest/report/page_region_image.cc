// Finding pictures with cairo (page_region_image.h).

#include "ingest/report/page_region_image.h"

#include <cairo.h>

#include <memory>
#include <utility>

namespace afstem {
namespace {

struct SurfaceDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
  void operator()(cairo_t* context) const { cairo_destroy(context); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

constexpr double kLabelFontSize = 10;  // points
constexpr double kLabelPadding = 3;    // points, around the text
constexpr double kOutlinePadding = 1.5;  // points, so lines do not touch the digits

struct Rgb {
  double r, g, b;
};
constexpr Rgb kTotalColor{0.82, 0.0, 0.11};  // red
constexpr Rgb kPartColor{0.12, 0.37, 0.75};  // blue

void SetLabelFont(cairo_t* context) {
  cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(context, kLabelFontSize);
}

Status CairoStatus(cairo_status_t status, const std::string& what) {
  if (status == CAIRO_STATUS_SUCCESS) return Status::Ok();
  std::string message = what + ": " + cairo_status_to_string(status);
  switch (status) {
    case CAIRO_STATUS_NO_MEMORY:
    case CAIRO_STATUS_WRITE_ERROR:
    case CAIRO_STATUS_FILE_NOT_FOUND:
    case CAIRO_STATUS_READ_ERROR:
      return Status::IoError(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

// A box grown by `padding`, lightly filled and outlined in `color`.
void Outline(cairo_t* context, const Box& box, const Rgb& color, double line_width) {
  cairo_rectangle(context, box.x0 - kOutlinePadding, box.y0 - kOutlinePadding,
                  box.width() + 2 * kOutlinePadding, box.height() + 2 * kOutlinePadding);
  cairo_set_source_rgba(context, color.r, color.g, color.b, 0.08);
  cairo_fill_preserve(context);
  cairo_set_source_rgb(context, color.r, color.g, color.b);
  cairo_set_line_width(context, line_width);
  cairo_stroke(context);
}

// White box with a red border, the text in red, baseline from the font.
void DrawLabel(cairo_t* context, const Box& box, const std::string& text) {
  cairo_rectangle(context, box.x0, box.y0, box.width(), box.height());
  cairo_set_source_rgb(context, 1, 1, 1);
  cairo_fill_preserve(context);
  cairo_set_source_rgb(context, kTotalColor.r, kTotalColor.g, kTotalColor.b);
  cairo_set_line_width(context, 1);
  cairo_stroke(context);
  SetLabelFont(context);
  cairo_font_extents_t font;
  cairo_font_extents(context, &font);
  cairo_move_to(context, box.x0 + kLabelPadding, box.y0 + kLabelPadding + font.ascent);
  cairo_show_text(context, text.c_str());
}

}  // namespace

Result<LabelSize> MeasureLabel(const std::string& text) {
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
  Context context(cairo_create(surface.get()));
  SetLabelFont(context.get());
  cairo_font_extents_t font;
  cairo_font_extents(context.get(), &font);
  cairo_text_extents_t extents;
  cairo_text_extents(context.get(), text.c_str(), &extents);
  if (Status status = CairoStatus(cairo_status(context.get()), "cannot measure text"); !status.ok()) return status;
  return LabelSize{extents.x_advance + 2 * kLabelPadding, font.ascent + font.descent + 2 * kLabelPadding};
}

Status DrawFindingRegion(Raster region, const PixelRect& origin, double scale, const RegionLayout& layout,
                         const std::string& label, const std::filesystem::path& png) {
  Surface surface(cairo_image_surface_create_for_data(region.pixels.data(), CAIRO_FORMAT_ARGB32, region.width,
                                                      region.height, region.stride));
  if (Status status = CairoStatus(cairo_surface_status(surface.get()), png.string() + ": cannot draw");
      !status.ok()) {
    return status;
  }
  Context context(cairo_create(surface.get()));
  // From here on, user space is page points.
  cairo_translate(context.get(), -origin.x, -origin.y);
  cairo_scale(context.get(), scale, scale);
  for (const Box& part : layout.parts) Outline(context.get(), part, kPartColor, 1);
  Outline(context.get(), layout.total, kTotalColor, 1.5);
  if (layout.label && !label.empty()) DrawLabel(context.get(), *layout.label, label);
  if (Status status = CairoStatus(cairo_status(context.get()), png.string() + ": cannot draw"); !status.ok()) {
    return status;
  }
  cairo_surface_flush(surface.get());
  return CairoStatus(cairo_surface_write_to_png(surface.get(), png.c_str()), png.string() + ": cannot write PNG");
}

}  // namespace afstem
