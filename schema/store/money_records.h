// Reads back, from the database, the records reconciliation works on for one
// stored document: its tables (column roles, total rows, cells), initiatives,
// allocations, stated totals with their parts, and prose amounts — the same
// records the pipeline produced before loading, so `afstem check` can run
// the reconcile stage again without the PDF.
#ifndef AFSTEM_SCHEMA_STORE_MONEY_RECORDS_H_
#define AFSTEM_SCHEMA_STORE_MONEY_RECORDS_H_

#include <cstdint>

#include "schema/model/records.h"
#include "schema/store/sqlite.h"
#include "schema/model/status.h"
#include "schema/store/table_rows_store.h"

namespace afstem {

struct StoredMoneyRecords {
  // pages (number, size, words), diagnostics, tables, initiatives,
  // allocations, stated_totals and prose_money filled (cells without their
  // lines; layout, links and findings left empty).
  ExtractedDocument records;
  MoneyRowIds ids;  // the row ids of its tables and stated totals
};

// Fails (and returns nothing) on a database error, with kNotSupported when a
// table of the document was stored without column roles (imported before
// schema version 5: re-import it with --force), and with kCorruption on an
// unknown vocabulary word or a row, column or cell index out of range.
Result<StoredMoneyRecords> LoadMoneyRecords(sql::Database& db, std::int64_t document_id);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_MONEY_RECORDS_H_
