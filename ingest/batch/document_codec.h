// A compact binary form of an ExtractedDocument, for passing a worker
// process's result to the parent that loads it (ingest/batch/worker_pool.h):
// everything the pipeline produced, so the parent stores exactly what an
// in-process run would. Format: "AFD1", then the fields in declaration
// order — integers as LEB128 varints (signed ones zigzagged), doubles as 8
// little-endian bytes, strings and vectors with a varint length first.
// Pure; safe from any thread.
#ifndef AFSTEM_INGEST_BATCH_DOCUMENT_CODEC_H_
#define AFSTEM_INGEST_BATCH_DOCUMENT_CODEC_H_

#include <string>
#include <string_view>

#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

std::string EncodeDocument(const ExtractedDocument& document);

// Fails with kCorruption on bytes that are not a whole encoding (truncated,
// wrong magic, lengths past the end); returns nothing then.
Result<ExtractedDocument> DecodeDocument(std::string_view bytes);

}  // namespace afstem

#endif  // AFSTEM_INGEST_BATCH_DOCUMENT_CODEC_H_
