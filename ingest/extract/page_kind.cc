// Page kinds from words, graphics and page size (page_kind.h).

#include "ingest/extract/page_kind.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace afstem {
namespace {

constexpr std::size_t kMaxCoverageImages = 64;
// A rule's box is as thin as its line (0 for a hairline); it is counted as
// at least this thick when measuring ink.
constexpr double kMinInkThickness = 1.0;

bool ValidSize(const Page& page) {
  return std::isfinite(page.width) && std::isfinite(page.height) && page.width > 0 && page.height > 0;
}

// Union area of boxes by coordinate compression: O(n^3) for n boxes, so the
// caller bounds n.
double UnionArea(const std::vector<Box>& boxes) {
  std::vector<double> xs, ys;
  for (const Box& box : boxes) {
    xs.push_back(box.x0);
    xs.push_back(box.x1);
    ys.push_back(box.y0);
    ys.push_back(box.y1);
  }
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  double area = 0;
  for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
    const double cx = (xs[i] + xs[i + 1]) / 2;
    for (std::size_t j = 0; j + 1 < ys.size(); ++j) {
      const double cy = (ys[j] + ys[j + 1]) / 2;
      const bool covered = std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) {
        return b.x0 <= cx && cx <= b.x1 && b.y0 <= cy && cy <= b.y1;
      });
      if (covered) area += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
    }
  }
  return area;
}

double InkShare(const Page& page) {
  double ink = 0;
  for (const Graphic& graphic : page.graphics) {
    double width = graphic.box.width();
    double height = graphic.box.height();
    if (graphic.kind == GraphicKind::kRule) {
      if (width < height) {
        width = std::max(width, kMinInkThickness);
      } else {
        height = std::max(height, kMinInkThickness);
      }
    }
    ink += width * height;
  }
  return ink / (page.width * page.height);
}

}  // namespace

double ImageCoverage(const Page& page) {
  if (!ValidSize(page)) return 0;
  std::vector<Box> images;
  for (const Graphic& graphic : page.graphics) {
    if (graphic.kind == GraphicKind::kImage && graphic.box.width() > 0 && graphic.box.height() > 0) {
      images.push_back(graphic.box);
    }
  }
  if (images.size() > kMaxCoverageImages) {
    auto larger = [](const Box& a, const Box& b) {
      return a.width() * a.height() > b.width() * b.height();
    };
    std::nth_element(images.begin(), images.begin() + kMaxCoverageImages, images.end(), larger);
    images.resize(kMaxCoverageImages);
  }
  return std::min(1.0, UnionArea(images) / (page.width * page.height));
}

PageKind ClassifyPage(const Page& page, std::optional<double> paper_fraction) {
  const bool has_text = !page.words.empty();
  if (!ValidSize(page)) return has_text ? PageKind::kText : PageKind::kBlank;
  const double coverage = ImageCoverage(page);
  if (has_text) return coverage >= kMixedCoverage ? PageKind::kMixed : PageKind::kText;
  if (coverage >= kScanCoverage && paper_fraction.value_or(1.0) >= kPaperFraction) {
    return PageKind::kScanned;
  }
  return InkShare(page) < kBlankInk ? PageKind::kBlank : PageKind::kFigure;
}

}  // namespace afstem
