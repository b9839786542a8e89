// Draws a finding onto the rendered region of its page and writes the
// picture as PNG, with cairo: the only file that includes cairo.h. The
// stated total is outlined in red, each of its parts on the page in blue,
// and the label (the difference) is written in red beside the total.
#ifndef AFSTEM_INGEST_REPORT_PAGE_REGION_IMAGE_H_
#define AFSTEM_INGEST_REPORT_PAGE_REGION_IMAGE_H_

#include <filesystem>
#include <string>

#include "ingest/report/finding_region.h"
#include "ingest/extract/pdf_page_raster.h"
#include "schema/model/status.h"

namespace afstem {

// The size, in points, of the box DrawFindingRegion puts around `text`.
// Fails only when cairo cannot measure text at all (no fonts).
Result<LabelSize> MeasureLabel(const std::string& text);

// `region` is the page region `layout.crop` rendered at `scale` pixels per
// point, its top-left pixel being `origin` (ToPixels(layout.crop, scale)).
// Draws `layout`'s outlines and, when `layout.label` is set, `label` in it;
// writes the PNG to `png`, replacing it. Fails with a one-line reason
// naming `png` when it cannot be written.
Status DrawFindingRegion(Raster region, const PixelRect& origin, double scale, const RegionLayout& layout,
                         const std::string& label, const std::filesystem::path& png);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_PAGE_REGION_IMAGE_H_
