// Layout of a finding's page region (finding_region.h).

#include "ingest/report/finding_region.h"

#include <algorithm>
#include <cmath>

namespace afstem {
namespace {

Box Union(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool Inside(const Box& box, double page_width, double page_height) {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= page_width && box.y1 <= page_height;
}

// [low, high] grown to at least `min_length` around its middle, then moved
// (and at last cut) to lie within [0, limit].
void Widen(double& low, double& high, double min_length, double limit) {
  if (high - low < min_length) {
    const double middle = (low + high) / 2;
    low = middle - min_length / 2;
    high = middle + min_length / 2;
  }
  if (low < 0) {
    high -= low;
    low = 0;
  }
  if (high > limit) {
    low -= high - limit;
    high = limit;
  }
  low = std::max(low, 0.0);
}

// `box` shifted the least to lie on the page; its left and top edges win
// when it is larger than the page.
Box MoveOntoPage(const Box& box, double page_width, double page_height) {
  const double dx = std::max(-box.x0, std::min(0.0, page_width - box.x1));
  const double dy = std::max(-box.y0, std::min(0.0, page_height - box.y1));
  return Box{box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy};
}

Box PlaceLabel(const Box& total, const std::vector<Box>& parts, double page_width, double page_height,
               const LabelSize& label, double gap) {
  const double middle_y = (total.y0 + total.y1) / 2 - label.height / 2;
  const Box spots[] = {
      {total.x1 + gap, middle_y, total.x1 + gap + label.width, middle_y + label.height},
      {total.x0 - gap - label.width, middle_y, total.x0 - gap, middle_y + label.height},
      {total.x0, total.y1 + gap, total.x0 + label.width, total.y1 + gap + label.height},
      {total.x0, total.y0 - gap - label.height, total.x0 + label.width, total.y0 - gap},
  };
  const Box* first_on_page = nullptr;
  for (const Box& spot : spots) {
    if (!Inside(spot, page_width, page_height)) continue;
    if (first_on_page == nullptr) first_on_page = &spot;
    const bool covers_part =
        std::any_of(parts.begin(), parts.end(), [&](const Box& part) { return part.Overlaps(spot); });
    if (!covers_part) return spot;
  }
  if (first_on_page != nullptr) return *first_on_page;
  // No spot fits (a label wider than the room beside the total): below,
  // moved onto the page.
  return MoveOntoPage(spots[2], page_width, page_height);
}

}  // namespace

RegionLayout LayOutFindingRegion(std::int64_t page, const Box& total, const std::vector<RegionPart>& parts,
                                 double page_width, double page_height, std::optional<LabelSize> label,
                                 const RegionOptions& options) {
  RegionLayout layout;
  layout.total = total;
  for (const RegionPart& part : parts) {
    if (part.page == page) {
      layout.parts.push_back(part.box);
    } else if (std::find(layout.other_pages.begin(), layout.other_pages.end(), part.page) ==
               layout.other_pages.end()) {
      layout.other_pages.push_back(part.page);
    }
  }
  std::sort(layout.other_pages.begin(), layout.other_pages.end());
  Box shown = total;
  for (const Box& part : layout.parts) shown = Union(shown, part);
  if (label) {
    layout.label = PlaceLabel(total, layout.parts, page_width, page_height, *label, options.label_gap);
    shown = Union(shown, *layout.label);
  }
  Box crop{shown.x0 - options.margin, shown.y0 - options.margin, shown.x1 + options.margin,
           shown.y1 + options.margin};
  Widen(crop.x0, crop.x1, options.min_width, page_width);
  Widen(crop.y0, crop.y1, options.min_height, page_height);
  layout.crop = crop;
  return layout;
}

PixelRect ToPixels(const Box& box, double scale) {
  const int x = static_cast<int>(std::floor(box.x0 * scale));
  const int y = static_cast<int>(std::floor(box.y0 * scale));
  return PixelRect{x, y, static_cast<int>(std::ceil(box.x1 * scale)) - x,
                   static_cast<int>(std::ceil(box.y1 * scale)) - y};
}

}  // namespace afstem
