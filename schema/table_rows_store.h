// Writes a document's tables, cells, initiatives, allocations and stated
// totals (schema/sql/003_tables.sql). Called by DocumentStore inside the
// document's transaction; not for use on its own.
#ifndef AFSTEM_SCHEMA_TABLE_ROWS_STORE_H_
#define AFSTEM_SCHEMA_TABLE_ROWS_STORE_H_

#include <cstdint>

#include "schema/records.h"
#include "schema/sqlite.h"
#include "schema/status.h"

namespace afstem {

Status InsertTablesAndMoney(sql::Database& db, std::int64_t document_id,
                            const ExtractedDocument& document);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_TABLE_ROWS_STORE_H_
