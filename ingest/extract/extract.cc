// Extraction stage: envelope check, Poppler for text, qpdf for links.

#include "ingest/extract/extract.h"

#include <algorithm>

#include "ingest/extract/qpdf_links.h"

namespace afstem {
namespace {
constexpr std::size_t kMarkerWindow = 1024;
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
