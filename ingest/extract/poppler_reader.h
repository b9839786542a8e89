// Reads a PDF with poppler-cpp: the only file that includes poppler/cpp/*.
// Gives pages (size, rotation, crop box, words with boxes) and the document
// information dictionary. Poppler's own error output is captured into the
// result's diagnostics instead of going to stderr.
//
// Not thread-safe: Poppler's error callback is process-global, so at most
// one PopplerReader call may run at a time in a process (afstem isolates
// parallel work in worker processes).
#ifndef AFSTEM_INGEST_EXTRACT_POPPLER_READER_H_
#define AFSTEM_INGEST_EXTRACT_POPPLER_READER_H_

#include <string_view>
#include <vector>

#include "ingest/extract/page_geometry.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

struct PopplerOptions {
  // Also read each word's font name and size. Costs extra extraction time
  // (bench/extract_bench.cc); layout needs it for headings and footnotes.
  bool include_fonts = true;
  // Read each page's words with poppler-cpp's text_list(). extract.cc turns
  // it off and reads them with the graphics in one pass
  // (poppler_graphics.h: ReadPageContent).
  bool read_words = true;
  // Refuse documents with more pages than this before reading any page
  // ("too many pages"); 0: no limit.
  int max_pages = 0;
};

struct PopplerOutput {
  ExtractedDocument document;     // pages with words, info, diagnostics
  std::vector<PageFrame> frames;  // per page, for mapping annotation rects
};

// Opens `bytes` (which must stay alive during the call) and extracts every
// page. Fails with a one-line reason: kInvalidInput when Poppler cannot open
// the document or a page, or it has no pages; kNotSupported when it needs a
// user password, is over 2 GiB or has more pages than options.max_pages.
Result<PopplerOutput> ReadWithPoppler(std::string_view bytes,
                                      const PopplerOptions& options);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_POPPLER_READER_H_
