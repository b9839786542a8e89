// The database as other tools see it: which tables, views and columns it
// has (DocumentStore::ListColumns, for `afstem datasette-metadata`), and
// the ready-made queries over the analyst views offered to them (Datasette's
// canned queries).
#ifndef AFSTEM_SCHEMA_STORE_SCHEMA_CATALOG_H_
#define AFSTEM_SCHEMA_STORE_SCHEMA_CATALOG_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace afstem {

// Table, view or virtual table name -> its column names; SQLite's own
// tables (sqlite_*) left out.
using ColumnCatalog = std::map<std::string, std::set<std::string>>;

// A read-only query for people browsing the database.
struct CannedQuery {
  const char* name;   // "totals_that_do_not_add_up"
  const char* title;  // "Stated totals that do not add up"
  const char* sql;
};

// In the order they are shown.
const std::vector<CannedQuery>& CannedQueries();

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_SCHEMA_CATALOG_H_
