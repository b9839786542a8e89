// Drawn graphics per page through Poppler's core library, and the page's
// words in the same pass (ReadPageContent): the only file that includes
// Poppler's core (private) headers. An OutputDev subclass receives
// every stroke, fill and placed image of each page's content stream (text is
// not drawn, nothing is rendered) in the same display coordinates as words
// (PDF points from the top-left of the crop box, after /Rotate), and
// graphics_classify.h turns them into rules, rectangles, markers, images and
// shapes.
//
// Not thread-safe: Poppler's error callback and its GlobalParams are
// process-global (afstem isolates parallel work in worker processes). Call it
// when no poppler-cpp document is open (extract.cc calls it after
// ReadWithPoppler returns): poppler-cpp routes errors to its handler only
// while one of its documents is the first open.
#ifndef AFSTEM_INGEST_EXTRACT_POPPLER_GRAPHICS_H_
#define AFSTEM_INGEST_EXTRACT_POPPLER_GRAPHICS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract/glyph_words.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// At most this many graphics are kept per page; the rest are dropped and
// PageGraphics::truncated is set (the page is still read to the end for its
// words). A typeset page draws tens, a ruled table a few hundred, a
// detailed vector map a few thousand: 5000 keeps every table and bounds the
// memory of a hostile page.
inline constexpr std::size_t kMaxGraphicsPerPage = 5000;

struct PageGraphics {
  std::vector<Graphic> graphics;  // painting order
  bool truncated = false;         // more than kMaxGraphicsPerPage were drawn
  // On pages whose paper was to be measured: the share of light pixels
  // (luminance >= 0.75; for a stencil mask, of unpainted ones) over its
  // images of at least 5 % of the page, weighted by their area; nullopt when
  // no such image could be sampled.
  std::optional<double> paper_fraction;
  // ReadPageContent only: the page's words as Poppler's TextOutputDev found
  // them (the runs poppler-cpp's text_list() gives), for glyph_words.h.
  std::vector<GlyphRun> runs;
};

struct GraphicsOutput {
  std::vector<PageGraphics> pages;      // one per page of the document, in order
  std::vector<std::string> diagnostics;  // Poppler's messages ("poppler: error (pos): ..."), at most 10 and a count
};

// Words and graphics in one interpretation of each page: a tee device feeds
// Poppler's TextOutputDev (configured as poppler-cpp's text_list() does it,
// annotations' appearances included) and the graphics device (page content
// only), so that each content stream is parsed once. Every page's graphics
// are read to the end (no kMaxGraphicsPerPage stop: the words must be
// complete; graphics past the cap are dropped, truncated set). Paper is
// measured on a page's large images drawn before its first glyph, so pages
// without words are measured. `include_fonts` fills the runs' font names and
// sizes. `bytes` must stay alive during the call. Fails with kInvalidInput
// when Poppler cannot open the document or it has no pages, kNotSupported
// when it is encrypted with a user password or over 2 GiB.
Result<GraphicsOutput> ReadPageContent(std::string_view bytes, bool include_fonts);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_POPPLER_GRAPHICS_H_
