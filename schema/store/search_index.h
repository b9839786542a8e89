// Full-text search over the normalized page text (the FTS5 index
// `pages_fts`, schema/sql/001_initial.sql): what `afstem search` asks the
// store (DocumentStore::SearchPages) and the hits it gets back.
#ifndef AFSTEM_SCHEMA_STORE_SEARCH_INDEX_H_
#define AFSTEM_SCHEMA_STORE_SEARCH_INDEX_H_

#include <cstdint>
#include <string>

namespace afstem {

// A snippet marks each match with these two bytes around it; neither occurs
// in page text.
inline constexpr char kSnippetMarkStart = '\x01';
inline constexpr char kSnippetMarkEnd = '\x02';

struct SearchHit {
  std::string file_name;
  std::int64_t document_id = 0, page = 0;
  double rank = 0;      // FTS5 bm25: lower is better
  std::string snippet;  // up to 16 tokens around the matches, "…" where cut
};

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_SEARCH_INDEX_H_
