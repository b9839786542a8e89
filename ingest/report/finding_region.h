// Where a finding is drawn on its page: the region to crop (the stated
// total, its parts on the same page and the label with the difference, plus
// a margin), the boxes to outline, the spot for the label beside the total,
// and the pages that hold the parts not shown. Points, top-left origin on
// the displayed page, as in the database. Pure.
#ifndef AFSTEM_INGEST_REPORT_FINDING_REGION_H_
#define AFSTEM_INGEST_REPORT_FINDING_REGION_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "ingest/extract/pdf_page_raster.h"
#include "schema/model/records.h"

namespace afstem {

struct RegionPart {
  std::int64_t page = 0;
  Box box;
};

struct LabelSize {
  double width = 0, height = 0;  // points
};

struct RegionOptions {
  double margin = 18;       // around everything outlined
  double min_width = 320;   // so a small table cell keeps some context
  double min_height = 110;
  double label_gap = 6;     // between the total's box and its label
};

struct RegionLayout {
  Box crop;                               // within the page
  Box total;                              // the stated total (red)
  std::vector<Box> parts;                 // parts on this page (blue)
  std::vector<std::int64_t> other_pages;  // pages of the other parts, ascending
  std::optional<Box> label;               // where the label goes, if any
};

// Lays out the finding whose stated total is `total` on page `page` of a
// page `page_width` × `page_height` points. The label, when given, goes to
// the right of the total, else left, below or above: the first spot that
// lies on the page and covers no part (else the first on the page).
// Example: a 25 × 11 pt total at (252, 634) on A4 with one part above it
// at (252, 600) and a 120 × 16 pt label: the label goes at x 283..403,
// y 631.5..647.5; the boxes plus the margin, x 234..421, y 582..665.5, are
// widened around their middle to the crop x 167.5..487.5, y 568.75..678.75.
RegionLayout LayOutFindingRegion(std::int64_t page, const Box& total, const std::vector<RegionPart>& parts,
                                 double page_width, double page_height, std::optional<LabelSize> label,
                                 const RegionOptions& options = {});

// The pixels covering `box` at `scale` pixels per point, rounded outwards:
// box x 10.2..20.7 at scale 2 -> x 20, width 22.
PixelRect ToPixels(const Box& box, double scale);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_FINDING_REGION_H_
