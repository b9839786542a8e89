// Tesseract OCR (tesseract_ocr.h).

#include "ingest/extract/tesseract_ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cctype>
#include <climits>

namespace afstem {
namespace {

// Tesseract writes its warnings ("Estimating resolution as …") through its
// debug_file parameter, which is only read at Init.
std::unique_ptr<tesseract::TessBaseAPI> OpenModel(const char* language) {
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  std::vector<std::string> names{"debug_file"};
  std::vector<std::string> values{"/dev/null"};
  if (api->Init(nullptr, language, tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) != 0) {
    return nullptr;
  }
  return api;
}

void SetImage(tesseract::TessBaseAPI& api, const GrayImage& image, int dpi) {
  api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
  api.SetSourceResolution(dpi);
}

bool AllSpace(const char* text) {
  for (const char* c = text; *c != '\0'; ++c) {
    if (!std::isspace(static_cast<unsigned char>(*c))) return false;
  }
  return true;
}

}  // namespace

GrayImage TurnClockwise(const GrayImage& image, int quarter_turns) {
  const int turns = ((quarter_turns % 4) + 4) % 4;
  if (turns == 0) return image;
  GrayImage turned;
  turned.width = turns == 2 ? image.width : image.height;
  turned.height = turns == 2 ? image.height : image.width;
  turned.pixels.resize(image.pixels.size());
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      // Where pixel (x, y) lands after the turn.
      int tx = x, ty = y;
      if (turns == 1) { tx = image.height - 1 - y; ty = x; }
      if (turns == 2) { tx = image.width - 1 - x; ty = image.height - 1 - y; }
      if (turns == 3) { tx = y; ty = image.width - 1 - x; }
      turned.pixels[static_cast<std::size_t>(ty) * static_cast<std::size_t>(turned.width) +
                    static_cast<std::size_t>(tx)] = image.at(x, y);
    }
  }
  return turned;
}

TesseractOcr::~TesseractOcr() {
  if (text_) text_->End();
  if (orientation_) orientation_->End();
}

Result<std::unique_ptr<TesseractOcr>> TesseractOcr::Open() {
  std::unique_ptr<TesseractOcr> ocr(new TesseractOcr());
  ocr->text_ = OpenModel("dan");
  if (!ocr->text_) {
    return Status::NotSupported("OCR unavailable: Tesseract's Danish model is not installed (Debian package tesseract-ocr-dan)");
  }
  ocr->orientation_ = OpenModel("osd");
  if (!ocr->orientation_) {
    return Status::NotSupported("OCR unavailable: Tesseract's orientation model is not installed (Debian package tesseract-ocr-osd)");
  }
  ocr->orientation_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  // One column of text lines of any size: Tesseract reads each line across
  // the page, table rows included; the layout stage finds columns and cells
  // from the word boxes itself. Automatic segmentation (PSM_AUTO) drops
  // lone figures in table cells as noise: on the memo's scan it lost one of
  // the two "3.000" of row 23; both real scanned accounts read as well
  // either way (bench/README.md).
  ocr->text_->SetPageSegMode(tesseract::PSM_SINGLE_COLUMN);
  // Keep the spaces between words of a table row as they are printed, so
  // that cells stay apart in the layout stage.
  ocr->text_->SetVariable("preserve_interword_spaces", "1");
  return ocr;
}

int TesseractOcr::UprightQuarterTurns(const GrayImage& image, int dpi) {
  if (image.width <= 0 || image.height <= 0) return 0;
  SetImage(*orientation_, image, dpi);
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  const bool found = orientation_->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  orientation_->Clear();
  if (!found || confidence < kOrientationConfidence) return 0;
  // OSD reports how far the text is turned clockwise from upright; turning
  // the image clockwise by the rest of the circle stands it up.
  const int turned = ((degrees % 360) + 360) % 360;
  return ((360 - turned) % 360) / 90;
}

Result<std::vector<OcrWord>> TesseractOcr::Recognize(const GrayImage& image, int dpi) {
  std::vector<OcrWord> words;
  if (image.width <= 0 || image.height <= 0) return words;
  SetImage(*text_, image, dpi);
  if (text_->Recognize(nullptr) != 0) {
    text_->Clear();
    return Status::Internal("Tesseract could not recognize the page");
  }
  std::unique_ptr<tesseract::ResultIterator> it(text_->GetIterator());
  if (it) {
    constexpr auto kWord = tesseract::RIL_WORD;
    do {
      if (it->Empty(kWord)) continue;
      std::unique_ptr<char[]> text(it->GetUTF8Text(kWord));
      if (!text || AllSpace(text.get())) continue;  // rules and specks read as " "
      OcrWord word;
      word.text = text.get();
      if (!it->BoundingBox(kWord, &word.left, &word.top, &word.right, &word.bottom)) continue;
      word.confidence = it->Confidence(kWord);
      float row_height = 0, descenders = 0, ascenders = 0;
      it->RowAttributes(&row_height, &descenders, &ascenders);
      word.line_height = row_height;
      word.last_in_line = it->IsAtFinalElement(tesseract::RIL_TEXTLINE, kWord);
      words.push_back(std::move(word));
    } while (it->Next(kWord));
  }
  text_->Clear();
  return words;
}

}  // namespace afstem
