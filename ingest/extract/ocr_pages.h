// OCR of scanned pages: the step of the extraction stage that gives a page
// without a text layer the words its scan shows. Each page of kind kScanned
// (page_kind.h) is rendered by Poppler at kOcrDpi (with /Rotate applied, as
// displayed), cleared of drawn rules (EraseRules), turned upright when Tesseract's orientation detector is sure
// it stands sideways or upside down, and read by Tesseract. Its words become
// ordinary Word records in PDF points of the upright page, so that layout,
// tables and prose read them unchanged:
//   text        as recognized
//   box         pixel box × 72 / dpi
//   font_size   the text line's height from descender to ascender, in points
//   confidence  Tesseract's 0..100 (records.h: kLowOcrConfidence)
// and the page gets text_source kOcr and ocr_rotation. A page where OCR
// read nothing, or only words whose median confidence is below
// kLowOcrConfidence (what Tesseract makes of a chart, a photo or bars that
// are not type), keeps no words: text_source kNone. Pages of other kinds are left as they are.
#ifndef AFSTEM_INGEST_EXTRACT_OCR_PAGES_H_
#define AFSTEM_INGEST_EXTRACT_OCR_PAGES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract/tesseract_ocr.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// --ocr: kAuto reads scanned pages, kOff leaves them without words (their
// no_text_layer warning says so).
enum class OcrMode { kAuto, kOff };

// 400 dpi. Tesseract wants text of at least 300 dpi (8 to 12 pt type 33 to
// 50 pixels high); scans arrive at 150 to 300 dpi, often with 1-bit (CCITT)
// or JPEG text. Rendering somewhat above the scan's own resolution lets
// Poppler's smoothing even out jagged strokes, and the LSTM confuses fewer
// digits: on the two real scanned accounts in ../shared/realdocs, 143 of 147
// printed amounts were read right at 400 dpi and 140 at 300 dpi, for 1.3
// times the time (bench/README.md).
inline constexpr int kOcrDpi = 400;
// A page whose 300 dpi rendering would exceed this many pixels (a poster, a
// drawing) is rendered at the dpi that fits, so memory
// stays bounded (a grey pixel is one byte, Poppler's rendering four; A4 at
// 400 dpi is 15.5 million).
inline constexpr double kOcrMaxPixels = 40e6;

// The Tesseract engine of one process, opened at its first use (so a batch
// without scans never loads the models) and kept for the next documents.
class OcrEngine {
 public:
  // The engine, or why OCR cannot run (the same reason on every call).
  Result<TesseractOcr*> Get();

 private:
  std::unique_ptr<TesseractOcr> engine_;
  std::string failure_;
  bool opened_ = false;
};

// Vertical dark runs at least this long (in inches: 0.3 in = 21.6 pt) are
// drawn rules, not type: the longest vertical stroke of a letter is its
// height, and even 24 pt headings stay below 0.25 in. Table borders are
// longer: a cell border runs the row's height and usually the whole table.
inline constexpr double kRuleMinInches = 0.3;
// ... and at most this wide (0.025 in = 1.8 pt: the heaviest table border);
// a filled box or a column of type is wider.
inline constexpr double kRuleMaxInches = 0.025;
// A pixel darker than this is ink. Table borders are often thin and light
// grey (a 0.5 pt rule in a 200 dpi grey scan is 170 to 190), paper is 230
// to 255; a shaded cell is ink too, but far wider than a rule.
inline constexpr int kInkLevel = 200;

// Paints white over every vertical run of ink of at least kRuleMinInches ×
// dpi pixels that is at most kRuleMaxInches × dpi wide at six or more of
// nine points along it (figures set against a border widen it at a few): the column borders of ruled tables, which Tesseract reads as
// "|", "!" or "l" glued to the figures beside them ("2023!") and which join
// a row's cells into one word. Horizontal rules are left to Tesseract,
// which finds them itself: the rules under a column's figures in accounts
// touch their commas, and erasing them cost 19 of 147 amounts on the real
// scans in ../shared/realdocs (96.6 % read with vertical erasing only, 83 %
// with both). Pure; exposed for tests.
void EraseRules(GrayImage& image, int dpi);

// A recognized "word" whose box is smaller than this share of the page's
// median type size in both directions is a speck of dust or toner that
// Tesseract read as "i", "'", "." or "|": no letter or figure is that small
// (a full stop, the smallest mark that stands alone, is 0.1 em but sits
// against its word). Specks between the words of a table row split it.
inline constexpr double kSpeckEm = 0.25;

// Words of one rendered page image: pixel boxes to points of the upright
// page, specks (kSpeckEm) left out. `points_per_pixel` is 72 / dpi. Pure;
// exposed for tests.
std::vector<Word> WordsFromOcr(const std::vector<OcrWord>& words, double points_per_pixel);

// Reads every scanned page of `document` (extracted from `bytes`) with
// `engine`. Returns how many pages got OCR words. A page that cannot be
// rendered or recognized keeps no words (text_source kNone) and the rest go
// on; fails only when the engine cannot be opened (kNotSupported: a missing
// model), leaving the document as it was.
Result<int> RecognizeScannedPages(std::string_view bytes, OcrEngine& engine, ExtractedDocument& document);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_OCR_PAGES_H_
