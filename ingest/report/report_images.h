// The report's pictures of findings: for each finding with a page, the
// region of that page around its stated total and parts, rendered at
// 144 dpi, outlined (page_region_image.h) and written to
// images/finding-<id>.png under the site root. The PDF is read again from
// the paths the database has for the document and used only if its SHA-256
// is still the one imported, so the stored boxes fit its pages.
#ifndef AFSTEM_INGEST_REPORT_REPORT_IMAGES_H_
#define AFSTEM_INGEST_REPORT_REPORT_IMAGES_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ingest/report/report_data.h"
#include "schema/model/status.h"

namespace afstem {

struct FindingImage {
  // Relative to the site root ("images/finding-7.png"); "" when none.
  std::string file;
  // Why there is no picture, for the reader: "page image unavailable:
  // fixtures/pdf/a.pdf not found". "" when there is one.
  std::string unavailable;
  int width = 0, height = 0;              // pixels
  std::size_t parts_shown = 0;            // parts outlined on the picture
  std::vector<std::int64_t> other_pages;  // pages of the parts not on it
};

// By finding id.
using FindingImages = std::map<std::int64_t, FindingImage>;

// The text written beside the stated total: "difference +200.000 kr.";
// "stated 3.000.000 kr." when nothing was summed; "" when neither exists.
std::string FindingImageLabel(const ReportFinding& finding);

// Writes the pictures of `document`'s findings into `site_root`/images,
// which must exist, and says for each finding what there is. A PDF that
// cannot be found, read or rendered costs only its pictures (they get an
// `unavailable` reason). Fails, naming the file, only when a PNG cannot be
// written.
Result<FindingImages> WriteFindingImages(const ReportDocument& document, const std::filesystem::path& site_root);

}  // namespace afstem

#endif  // AFSTEM_INGEST_REPORT_REPORT_IMAGES_H_
