// Extraction stage: envelope check, poppler-cpp for the document and its
// pages, Poppler's core for words and drawn graphics in one pass, page
// kinds, qpdf for links.

#include "ingest/extract/extract.h"

#include <algorithm>

#include "ingest/extract/glyph_words.h"
#include "ingest/extract/page_kind.h"
#include "ingest/extract/poppler_graphics.h"
#include "ingest/extract/qpdf_links.h"

namespace afstem {
namespace {
constexpr std::size_t kMarkerWindow = 1024;

// Adds the messages of a second Poppler pass that the first did not give.
void MergeDiagnostics(std::vector<std::string>& messages, ExtractedDocument& document) {
  for (std::string& message : messages) {
    if (std::find(document.diagnostics.begin(), document.diagnostics.end(), message) ==
        document.diagnostics.end()) {
      document.diagnostics.push_back(std::move(message));
    }
  }
}

// Words, graphics and kinds of every page, from one interpretation of each
// content stream (ReadPageContent). When Poppler's core cannot read the
// document at all, poppler-cpp reads the words alone, and a page without
// words may be a scan: it is kScanned, so that its warning is kept.
Status AddWordsGraphicsAndKinds(std::string_view bytes, const PopplerOptions& options, ExtractedDocument& document) {
  Result<GraphicsOutput> read = ReadPageContent(bytes, options.include_fonts);
  if (!read.ok()) {
    PopplerOptions with_words = options;
    with_words.read_words = true;
    Result<PopplerOutput> words = ReadWithPoppler(bytes, with_words);
    if (!words.ok()) return words.status();
    for (std::size_t i = 0; i < document.pages.size() && i < words.value().document.pages.size(); ++i) {
      document.pages[i].words = std::move(words.value().document.pages[i].words);
    }
    document.diagnostics.push_back("graphics not read: " + read.status().message());
    for (Page& page : document.pages) page.kind = page.words.empty() ? PageKind::kScanned : PageKind::kText;
    return Status::Ok();
  }
  GraphicsOutput& output = read.value();
  MergeDiagnostics(output.diagnostics, document);
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    Page& page = document.pages[i];
    std::optional<double> paper;
    if (i < output.pages.size()) {
      PageGraphics& content = output.pages[i];
      page.words.clear();
      page.words.reserve(content.runs.size());
      for (const GlyphRun& run : content.runs) AppendGlyphWords(run, page.words);
      page.graphics = std::move(content.graphics);
      // Measured only on images drawn before any glyph; it decides only
      // pages without words.
      if (page.words.empty()) paper = content.paper_fraction;
    }
    page.kind = ClassifyPage(page, paper);
  }
  return Status::Ok();
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
  // poppler-cpp for the document, its pages' geometry and metadata; the
  // words come with the graphics from Poppler's core, in one pass.
  PopplerOptions frames_only = options;
  frames_only.read_words = false;
  Result<PopplerOutput> read = ReadWithPoppler(bytes, frames_only);
  if (!read.ok()) return read.status();
  PopplerOutput& output = read.value();
  ExtractedDocument& document = output.document;
  if (Status status = AddWordsGraphicsAndKinds(bytes, options, document); !status.ok()) return status;
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
