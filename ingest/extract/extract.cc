// Extraction stage: envelope check, Poppler for text, Poppler's core for
// drawn graphics and page kinds, qpdf for links.

#include "ingest/extract/extract.h"

#include <algorithm>

#include "ingest/extract/page_kind.h"
#include "ingest/extract/poppler_graphics.h"
#include "ingest/extract/qpdf_links.h"

namespace afstem {
namespace {
constexpr std::size_t kMarkerWindow = 1024;

// Graphics and kinds of every page. The graphics pass interprets the same
// content streams as the word pass, so its Poppler messages are mostly the
// same: only new ones are added to the diagnostics. When the graphics cannot
// be read at all, a page without words may be a scan: it is kScanned, so that
// its warning is kept.
void AddGraphicsAndKinds(std::string_view bytes, ExtractedDocument& document) {
  std::vector<bool> measure_paper;
  for (const Page& page : document.pages) measure_paper.push_back(page.words.empty());
  Result<GraphicsOutput> read = ReadGraphics(bytes, measure_paper);
  if (!read.ok()) {
    document.diagnostics.push_back("graphics not read: " + read.status().message());
    for (Page& page : document.pages) page.kind = page.words.empty() ? PageKind::kScanned : PageKind::kText;
    return;
  }
  GraphicsOutput& output = read.value();
  for (std::string& message : output.diagnostics) {
    if (std::find(document.diagnostics.begin(), document.diagnostics.end(), message) ==
        document.diagnostics.end()) {
      document.diagnostics.push_back(std::move(message));
    }
  }
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    Page& page = document.pages[i];
    std::optional<double> paper;
    if (i < output.pages.size()) {
      page.graphics = std::move(output.pages[i].graphics);
      paper = output.pages[i].paper_fraction;
    }
    page.kind = ClassifyPage(page, paper);
  }
}

// Until OCR (ocr_pages.h) reads a scan, a page's words are its text layer's.
void SetTextSources(ExtractedDocument& document) {
  for (Page& page : document.pages) page.text_source = page.words.empty() ? TextSource::kNone : TextSource::kPdf;
}

}  // namespace

Status CheckPdfEnvelope(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidInput("empty file (0 bytes)");
  if (bytes.substr(0, kMarkerWindow).find("%PDF-") == std::string_view::npos) {
    return Status::InvalidInput("not a PDF (no %PDF- header)");
  }
  const std::size_t tail =
      bytes.size() > kMarkerWindow ? bytes.size() - kMarkerWindow : 0;
  if (bytes.substr(tail).find("%%EOF") == std::string_view::npos) {
    return Status::InvalidInput("truncated PDF (no %%EOF at the end)");
  }
  return Status::Ok();
}

Result<ExtractedDocument> ExtractDocument(std::string_view bytes,
                                          const PopplerOptions& options) {
  Status envelope = CheckPdfEnvelope(bytes);
  if (!envelope.ok()) return envelope;
  Result<PopplerOutput> read = ReadWithPoppler(bytes, options);
  if (!read.ok()) return read.status();
  PopplerOutput& output = read.value();
  ExtractedDocument& document = output.document;
  AddGraphicsAndKinds(bytes, document);
  SetTextSources(document);
  Result<std::vector<Link>> links =
      ReadUriLinks(bytes, output.frames, document.diagnostics);
  if (links.ok()) {
    document.links = std::move(links).value();
    // Producers store /Annots in any order (LibreOffice: often bottom-up);
    // reading order (top to bottom, then left to right) is what people and
    // the table stage expect.
    std::stable_sort(document.links.begin(), document.links.end(),
                     [](const Link& a, const Link& b) {
                       if (a.page != b.page) return a.page < b.page;
                       if (a.box.y0 != b.box.y0) return a.box.y0 < b.box.y0;
                       return a.box.x0 < b.box.x0;
                     });
  } else {
    document.diagnostics.push_back("links not read: " +
                                   links.status().message());
  }
  return std::move(document);
}

}  // namespace afstem
