// Pictures of findings for the report (report_images.h).

#include "ingest/report/report_images.h"

#include <memory>

#include "ingest/report/danish_numbers.h"
#include "ingest/batch/input_files.h"
#include "ingest/report/page_region_image.h"
#include "ingest/extract/pdf_page_raster.h"
#include "ingest/batch/sha256.h"

namespace afstem {
namespace {

constexpr double kDpi = 144;  // twice the PDF's 72 points per inch
constexpr double kScale = kDpi / 72;

// The document's PDF, opened, or why it cannot be: the first of its paths
// that holds the imported bytes.
Result<std::unique_ptr<PdfRasterizer>> OpenImportedPdf(const ReportDocument& document) {
  std::vector<std::string> paths = {document.path};
  for (const std::string& path : document.paths) {
    if (path != document.path) paths.push_back(path);
  }
  std::string changed;
  for (const std::string& path : paths) {
    auto bytes = ReadFileBytes(path);
    if (!bytes.ok()) continue;
    if (Sha256::Of(bytes.value()) != document.sha256) {
      if (changed.empty()) changed = path;
      continue;
    }
    auto rasterizer = PdfRasterizer::Open(std::move(bytes).value());
    if (!rasterizer.ok()) return Status::FromCode(rasterizer.status().code(), path + ": " + rasterizer.status().message());
    return rasterizer;
  }
  if (!changed.empty()) return Status::NotFound(changed + " has changed since it was imported");
  return Status::NotFound(document.path + " not found");
}

std::vector<RegionPart> PartsWithBoxes(const ReportFinding& finding) {
  std::vector<RegionPart> parts;
  for (const ReportFindingPart& part : finding.parts) {
    if (part.page && part.box) parts.push_back({*part.page, *part.box});
  }
  return parts;
}

FindingImage Unavailable(const std::string& reason) {
  FindingImage image;
  image.unavailable = "page image unavailable: " + reason;
  return image;
}

// Draws one finding (which has a page) from `pdf` into `site_root`.
Result<FindingImage> WriteFindingImage(const PdfRasterizer& pdf, const ReportFinding& finding,
                                       const std::filesystem::path& site_root) {
  const int page = static_cast<int>(*finding.page);
  auto size = pdf.DisplaySize(page);
  if (!size.ok()) return Unavailable(size.status().message());
  // A finding about a whole page (or without a box) outlines the page.
  const Box total = finding.box.value_or(Box{0, 0, size.value().width, size.value().height});
  const std::string label = FindingImageLabel(finding);
  std::optional<LabelSize> label_size;
  if (!label.empty()) {
    // Without fonts the picture is still worth having, without its label.
    if (auto measured = MeasureLabel(label); measured.ok()) label_size = measured.value();
  }
  const RegionLayout layout = LayOutFindingRegion(page, total, PartsWithBoxes(finding), size.value().width,
                                                  size.value().height, label_size);
  const PixelRect pixels = ToPixels(layout.crop, kScale);
  auto raster = pdf.Render(page, kDpi, pixels);
  if (!raster.ok()) return Unavailable(raster.status().message());
  FindingImage image;
  image.file = "images/finding-" + std::to_string(finding.id) + ".png";
  image.width = pixels.width;
  image.height = pixels.height;
  image.parts_shown = layout.parts.size();
  image.other_pages = layout.other_pages;
  Status drawn = DrawFindingRegion(std::move(raster).value(), pixels, kScale, layout, label, site_root / image.file);
  if (!drawn.ok()) return drawn;
  return image;
}

}  // namespace

std::string FindingImageLabel(const ReportFinding& finding) {
  if (finding.difference_dkk) return "difference " + FormatSignedKroner(*finding.difference_dkk);
  if (finding.stated_dkk) return "stated " + FormatDanishKroner(*finding.stated_dkk);
  return "";
}

Result<FindingImages> WriteFindingImages(const ReportDocument& document, const std::filesystem::path& site_root) {
  FindingImages images;
  std::unique_ptr<PdfRasterizer> pdf;
  std::string pdf_problem;
  for (const ReportFinding& finding : document.findings) {
    if (!finding.page) {
      images[finding.id].unavailable = "no page recorded for this finding";
      continue;
    }
    if (!pdf && pdf_problem.empty()) {
      auto opened = OpenImportedPdf(document);
      if (opened.ok()) {
        pdf = std::move(opened).value();
      } else {
        pdf_problem = opened.status().message();
      }
    }
    if (!pdf) {
      images[finding.id] = Unavailable(pdf_problem);
      continue;
    }
    auto image = WriteFindingImage(*pdf, finding, site_root);
    if (!image.ok()) return image.status();
    images[finding.id] = std::move(image).value();
  }
  return images;
}

}  // namespace afstem
