// Tesseract behind one class: the only file that includes tesseract/. Reads
// the words of a grey page image (text, pixel box, confidence, the height of
// their text line) with the Danish LSTM model, and tells which way up the
// page's text stands with Tesseract's orientation detector (OSD).
//
// Both models come from Debian's tesseract-ocr-dan and tesseract-ocr-osd, in
// Tesseract's own data folder (TESSDATA_PREFIX overrides it). Tesseract's
// messages go to /dev/null: library code never prints.
//
// One engine per process and one call at a time (Tesseract's objects are
// not shared between threads); afstem's worker processes each own one.
#ifndef AFSTEM_INGEST_EXTRACT_TESSERACT_OCR_H_
#define AFSTEM_INGEST_EXTRACT_TESSERACT_OCR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "schema/model/status.h"

namespace tesseract {
class TessBaseAPI;
}  // namespace tesseract

namespace afstem {

// 8-bit grey pixels, top row first, `width` bytes a row; 0 black, 255 white.
struct GrayImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> pixels;
  std::uint8_t at(int x, int y) const {
    return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
  }
};

// The image turned clockwise by `quarter_turns` × 90° (any integer; taken
// modulo 4). A 90° turn swaps width and height.
GrayImage TurnClockwise(const GrayImage& image, int quarter_turns);

// A word as Tesseract read it, in pixels of the image it was given.
struct OcrWord {
  std::string text;            // UTF-8, as recognized (never empty or all spaces)
  int left = 0, top = 0, right = 0, bottom = 0;  // pixel box, right/bottom exclusive
  double confidence = 0;       // 0..100
  double line_height = 0;      // pixels: the height of the word's text line
  bool last_in_line = false;   // the last word of its text line
};

class TesseractOcr {
 public:
  // Loads the Danish model ("dan") and the orientation model ("osd"). Fails
  // with kNotSupported, naming the missing package, when a model is not
  // installed.
  static Result<std::unique_ptr<TesseractOcr>> Open();
  ~TesseractOcr();
  TesseractOcr(const TesseractOcr&) = delete;
  TesseractOcr& operator=(const TesseractOcr&) = delete;

  // How many quarter turns clockwise make the image's text upright (0..3),
  // when the orientation detector is sure (confidence of at least
  // kOrientationConfidence); 0 when it is not or finds too little text.
  int UprightQuarterTurns(const GrayImage& image, int dpi);

  // Every word on the image, in Tesseract's reading order. An image without
  // text gives no words; fails with kInternal when Tesseract fails.
  Result<std::vector<OcrWord>> Recognize(const GrayImage& image, int dpi);

 private:
  TesseractOcr() = default;
  std::unique_ptr<tesseract::TessBaseAPI> text_;
  std::unique_ptr<tesseract::TessBaseAPI> orientation_;
};

// Tesseract's OSD confidence from which a detected orientation is believed.
// Upright and upside-down text pages of real scans score 5 to 30; pages with
// little text (a signature, a stamp) score below 2, where the detector is
// often wrong, so they are read as they are.
inline constexpr double kOrientationConfidence = 2.0;

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_TESSERACT_OCR_H_
