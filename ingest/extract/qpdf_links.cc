// qpdf wrapper for URI link annotations (qpdf_links.h).

#include "ingest/extract/qpdf_links.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <optional>

namespace afstem {
namespace {

// The URI of a link annotation's action, if it is a URI action.
std::optional<std::string> UriOf(QPDFAnnotationObjectHelper& annotation) {
  QPDFObjectHandle action = annotation.getObjectHandle().getKey("/A");
  if (!action.isDictionary()) return std::nullopt;
  QPDFObjectHandle kind = action.getKey("/S");
  if (!kind.isName() || kind.getName() != "/URI") return std::nullopt;
  QPDFObjectHandle uri = action.getKey("/URI");
  if (!uri.isString()) return std::nullopt;
  return uri.getUTF8Value();
}

}  // namespace

Result<std::vector<Link>> ReadUriLinks(std::string_view bytes,
                                       const std::vector<PageFrame>& frames,
                                       std::vector<std::string>& diagnostics) {
  std::vector<Link> links;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("input.pdf", bytes.data(), bytes.size());
    std::vector<QPDFPageObjectHelper> pages =
        QPDFPageDocumentHelper(pdf).getAllPages();
    if (pages.size() != frames.size()) {
      diagnostics.push_back("qpdf: found " + std::to_string(pages.size()) +
                            " pages, Poppler " + std::to_string(frames.size()) +
                            "; links read for the pages both see");
    }
    const std::size_t count = std::min(pages.size(), frames.size());
    for (std::size_t index = 0; index < count; ++index) {
      for (QPDFAnnotationObjectHelper& annotation :
           pages[index].getAnnotations("/Link")) {
        std::optional<std::string> uri = UriOf(annotation);
        if (!uri) continue;
        QPDFObjectHandle::Rectangle rect = annotation.getRect();
        links.push_back(Link{static_cast<int>(index) + 1,
                             UserRectToDisplay(frames[index], rect.llx,
                                               rect.lly, rect.urx, rect.ury),
                             *uri});
      }
    }
    for (const QPDFExc& warning : pdf.getWarnings()) {
      std::string line = "qpdf: " + warning.getMessageDetail();
      if (warning.getFilePosition() > 0) {
        line += " (offset " + std::to_string(warning.getFilePosition()) + ")";
      }
      diagnostics.push_back(std::move(line));
    }
  } catch (const std::exception& error) {
    return Status::InvalidInput(std::string("damaged PDF: cannot read annotations (") +
                         error.what() + ")");
  }
  return links;
}

}  // namespace afstem
