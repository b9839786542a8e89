// Writes a document's tables (with column roles and total rows), cells,
// initiatives, allocations, stated totals and prose amounts
// (schema/sql/003_tables.sql, 004, 005). Called by DocumentStore inside the
// document's transaction; not for use on its own.
#ifndef AFSTEM_SCHEMA_STORE_TABLE_ROWS_STORE_H_
#define AFSTEM_SCHEMA_STORE_TABLE_ROWS_STORE_H_

#include <cstdint>
#include <vector>

#include "schema/model/records.h"
#include "schema/store/sqlite.h"
#include "schema/model/status.h"

namespace afstem {

// The row ids the records were written under, by record index: what
// findings (findings_store.h) refer to.
struct MoneyRowIds {
  std::vector<std::int64_t> sections;  // filled before (sections_store.h)
  std::vector<std::int64_t> tables;
  std::vector<std::int64_t> stated_totals;
};

// Writes the records and fills `ids`.
Status InsertTablesAndMoney(sql::Database& db, std::int64_t document_id,
                            const ExtractedDocument& document, MoneyRowIds& ids);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_TABLE_ROWS_STORE_H_
