// The extraction stage: PDF bytes -> ExtractedDocument (pages, words with
// boxes, links, metadata). Checks the file's envelope first so that empty,
// non-PDF and truncated files fail with a precise reason.
#ifndef AFSTEM_INGEST_EXTRACT_EXTRACT_H_
#define AFSTEM_INGEST_EXTRACT_EXTRACT_H_

#include <string_view>

#include "ingest/extract/poppler_reader.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// Rejects what cannot be a complete PDF, with kInvalidInput and the reason:
//   ""                      -> "empty file (0 bytes)"
//   no "%PDF-" in the first 1024 bytes -> "not a PDF (no %PDF- header)"
//   no "%%EOF" in the last 1024 bytes  -> "truncated PDF (no %%EOF at the end)"
// The 1024-byte windows are the tolerance PDF readers give to junk before
// the header and after the end marker.
Status CheckPdfEnvelope(std::string_view bytes);

// Extracts a whole document. Pages' raw_text/text are left empty (the page
// text step fills them). Links are in reading order: by page, then top to
// bottom, then left to right. Annotation problems do not fail the document: they
// are added to its diagnostics and its links are left out. Fails as
// CheckPdfEnvelope and ReadWithPoppler do: every failure is the document's
// own (kInvalidInput, kNotSupported), to be recorded as its failure.
Result<ExtractedDocument> ExtractDocument(std::string_view bytes,
                                          const PopplerOptions& options);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_EXTRACT_H_
