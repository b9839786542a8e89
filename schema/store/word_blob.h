// Compact binary encoding of a page's words for the `pages.words` column.
// One blob per page instead of one row per word: a row per word costs about
// as much as Poppler's extraction itself. Format (little-endian), version 1:
//
//   "AFW1"                      magic
//   u32 font_count, u32 word_count
//   font_count x { u16 byte_length, UTF-8 name }
//   word_count x { f32 x0, y0, x1, y1; u8 flags (bit 0: space after);
//                  u16 font index (0xFFFF: none); f32 font size;
//                  u16 byte_length, UTF-8 text }
//
// Coordinates as in records.h (points, top-left origin). f32 keeps 1/1000 pt
// precision on any page up to several metres, far finer than text boxes.
// A word's id is its index in the blob; later stages refer to words by
// (page, id). Documented for other tools in docs/schema.md.
#ifndef AFSTEM_SCHEMA_STORE_WORD_BLOB_H_
#define AFSTEM_SCHEMA_STORE_WORD_BLOB_H_

#include <string>
#include <string_view>
#include <vector>

#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

// Encodes `words`. Texts and font names longer than 65535 bytes are cut at a
// UTF-8 character boundary (no real word is that long).
std::string EncodeWordBlob(const std::vector<Word>& words);

// Decodes a blob written by EncodeWordBlob. Fails with kCorruption, naming
// the problem, on a wrong magic or a truncated/overlong blob; never reads
// out of bounds.
Result<std::vector<Word>> DecodeWordBlob(std::string_view blob);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_WORD_BLOB_H_
