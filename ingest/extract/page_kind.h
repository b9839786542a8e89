// What a page is (text, scanned, mixed, blank, figure) from what is on it:
// its words, its drawn graphics, its size, and how much of its large images
// looks like paper. Pure function; the thresholds are named and explained in
// the .cc's comments and here.
#ifndef AFSTEM_INGEST_EXTRACT_PAGE_KIND_H_
#define AFSTEM_INGEST_EXTRACT_PAGE_KIND_H_

#include <optional>

#include "schema/model/records.h"

namespace afstem {

// Images covering at least this share of the page (their union) make a page
// without text a scan candidate. Scanners and "print to PDF" of a photo of a
// page place the image over the whole page (0.95 to 1.0); phone captures fit
// the page with margins (0.6 to 0.9). Half a page of picture with text beside
// it is a mixed page at kMixedCoverage.
inline constexpr double kScanCoverage = 0.6;
inline constexpr double kMixedCoverage = 0.5;
// A scan shows paper: most of its pixels are light (a luminance of 0.75 or
// more). Measured at 30 dpi on real documents: scanned account pages 0.87 to
// 0.96 light, full-page photos in a printed report 0.09 to 0.35. 0.6 sits in
// the gap, so a photo of people is a figure and a scan of a letter a scan.
inline constexpr double kPaperFraction = 0.6;
// A page without text whose graphics together cover less than this share of
// it (rules counted at least 1 pt thick) shows nothing but tiny marks: crop
// marks, a drawn page number, a header rule. 1 % of A4 is a 70 x 70 pt area.
inline constexpr double kBlankInk = 0.01;

// The union area of the page's image boxes as a share of the page (0..1).
// Counts at most the 64 largest images (enough for a scan cut into strips;
// bounded work on a hostile page).
double ImageCoverage(const Page& page);

// The page's kind from page.words, page.graphics, page.width/height and
// `paper_fraction`: the share of light pixels in its large images (the
// graphics reader measures it on pages without words), nullopt when not
// measured. Rules, in order:
//   words and image coverage >= kMixedCoverage          -> kMixed
//   words                                               -> kText
//   coverage >= kScanCoverage, paper (or not measured)   -> kScanned
//   graphics ink < kBlankInk of the page                 -> kBlank
//   otherwise                                            -> kFigure
// On a page with a non-positive or non-finite size only the first two rules
// apply (no share of it can be measured): kText with words, else kBlank.
PageKind ClassifyPage(const Page& page, std::optional<double> paper_fraction);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_PAGE_KIND_H_
