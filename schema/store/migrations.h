// Schema versioning: the SQL files in schema/sql/ are embedded at build time
// and applied in order; PRAGMA user_version counts how many are applied.
// Opening a database migrates it forward; a newer database is refused.
#ifndef AFSTEM_SCHEMA_STORE_MIGRATIONS_H_
#define AFSTEM_SCHEMA_STORE_MIGRATIONS_H_

#include <string_view>

#include "schema/store/sqlite.h"
#include "schema/model/status.h"

namespace afstem {

struct Migration {
  std::string_view name;  // file name, e.g. "001_initial.sql"
  std::string_view sql;
};

// The schema version this build writes (= number of embedded migrations).
int LatestSchemaVersion();

// Applies every migration after the database's user_version, each in its own
// transaction together with the user_version bump. Fails without changes if
// the database is newer than this build (kNotSupported) or a migration
// fails (with that failure's code, e.g. kBusy, kIoError).
// Foreign keys are off while migrations run (SQLite's procedure for
// rebuilding a table, as 009_ocr.sql does), each migration's transaction
// commits only when foreign_key_check finds no orphan, and the setting is
// restored afterwards.
Status MigrateToLatest(sql::Database& db);

// The same, up to `version` only (1..LatestSchemaVersion()): an older
// database for migration tests.
Status MigrateTo(sql::Database& db, int version);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_MIGRATIONS_H_
