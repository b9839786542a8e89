// Writes a document's sections (schema/sql/010_structure.sql). Called by
// DocumentStore inside the document's transaction; not for use on its own.
#ifndef AFSTEM_SCHEMA_STORE_SECTIONS_STORE_H_
#define AFSTEM_SCHEMA_STORE_SECTIONS_STORE_H_

#include <cstdint>
#include <vector>

#include "schema/model/records.h"
#include "schema/model/status.h"
#include "schema/store/sqlite.h"

namespace afstem {

// Writes document.sections in order (parents come before their children)
// and sets `ids` to their row ids, by section index.
Status InsertSections(sql::Database& db, std::int64_t document_id,
                      const ExtractedDocument& document,
                      std::vector<std::int64_t>& ids);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_SECTIONS_STORE_H_
