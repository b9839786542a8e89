// Reads URI link annotations with qpdf: the only file that includes qpdf/*.
// poppler-cpp has no link API, so annotations come from qpdf and are mapped
// into Poppler's display coordinates with the page frames Poppler reported.
#ifndef AFSTEM_INGEST_EXTRACT_QPDF_LINKS_H_
#define AFSTEM_INGEST_EXTRACT_QPDF_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract/page_geometry.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// Returns the /Link annotations with a /URI action on every page, in page
// order and /Annots order, with boxes in display space (`frames[i]` is page
// i+1's frame). Links to places inside the document (/Dest, /GoTo) are not
// URIs and are skipped. Warnings qpdf raises while repairing a damaged file
// are appended to `diagnostics`. Fails only if qpdf cannot parse the file;
// a page-count mismatch with `frames` is reported as a diagnostic and the
// extra pages are skipped.
Result<std::vector<Link>> ReadUriLinks(std::string_view bytes,
                                       const std::vector<PageFrame>& frames,
                                       std::vector<std::string>& diagnostics);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_QPDF_LINKS_H_
