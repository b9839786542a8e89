// Writes reconciliation findings (schema/sql/005_findings.sql). Findings
// refer to tables and stated totals by record index; MoneyRowIds maps those
// to the row ids they were stored under. Not for use on its own: inside the
// document's transaction (DocumentStore::SaveDocument), or through
// ReplaceFindings.
#ifndef AFSTEM_SCHEMA_STORE_FINDINGS_STORE_H_
#define AFSTEM_SCHEMA_STORE_FINDINGS_STORE_H_

#include <cstdint>
#include <vector>

#include "schema/model/records.h"
#include "schema/store/sqlite.h"
#include "schema/model/status.h"
#include "schema/store/table_rows_store.h"

namespace afstem {

// Appends the document's findings.
Status InsertFindings(sql::Database& db, std::int64_t document_id,
                      const std::vector<Finding>& findings, const MoneyRowIds& ids);

// Replaces all findings of the document in one transaction: afterwards the
// stored findings are exactly `findings`; on failure, the old ones.
Status ReplaceFindings(sql::Database& db, std::int64_t document_id,
                       const std::vector<Finding>& findings, const MoneyRowIds& ids);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_FINDINGS_STORE_H_
