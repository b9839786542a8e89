// The schema catalog (schema_catalog.h): DocumentStore::ListColumns and the
// canned queries.

#include "schema/store/schema_catalog.h"

#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"

namespace afstem {

const std::vector<CannedQuery>& CannedQueries() {
  static const std::vector<CannedQuery> queries = {
      {"totals_that_do_not_add_up", "Stated totals that do not add up",
       "SELECT document, page, label, year, stated_dkk, computed_dkk, difference_dkk, message "
       "FROM finding_details WHERE severity = 'error' ORDER BY document, page, finding_id"},
      {"money_per_year", "Allocations per document and year",
       "SELECT document, year, allocated_dkk, initiatives FROM document_years "
       "ORDER BY document, year"},
  };
  return queries;
}

Result<ColumnCatalog> DocumentStore::ListColumns() {
  auto query = db_->Prepare(
      "SELECT t.name, p.name FROM pragma_table_list AS t, pragma_table_info(t.name) AS p "
      "WHERE t.schema = 'main' AND t.type IN ('table', 'virtual', 'view') "
      "AND t.name NOT LIKE 'sqlite_%'");
  if (!query.ok()) return query.status();
  ColumnCatalog columns;
  while (true) {
    auto row = query.value()->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return columns;
    columns[query.value()->ColumnText(0)].insert(query.value()->ColumnText(1));
  }
}

}  // namespace afstem
