// Applies the embedded schema migrations (see migrations.h).

#include "schema/store/migrations.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace afstem {
namespace schema_sql {
#include "schema_migrations.inc"
}  // namespace schema_sql

int LatestSchemaVersion() {
  return static_cast<int>(std::size(schema_sql::kMigrations));
}

Status MigrateToLatest(sql::Database& db) { return MigrateTo(db, LatestSchemaVersion()); }

Status MigrateTo(sql::Database& db, int version_wanted) {
  Result<std::int64_t> current = db.QueryInt("PRAGMA user_version");
  if (!current.ok()) return current.status();
  const std::int64_t newest = LatestSchemaVersion();
  const std::int64_t latest = std::min<std::int64_t>(version_wanted, newest);
  if (current.value() > newest) {
    return Status::NotSupported("database " + db.path() + " has schema version " +
                         std::to_string(current.value()) +
                         ", newer than this afstem understands (" +
                         std::to_string(newest) + "); upgrade afstem");
  }
  if (current.value() >= latest) return Status::Ok();
  // SQLite's procedure for schema changes ALTER TABLE cannot make (a new
  // CHECK constraint: rebuild the table and rename it): foreign keys off
  // outside the transaction, foreign_key_check before each commit, on again
  // afterwards. A rebuilt table's children then keep their rows.
  Result<std::int64_t> foreign_keys = db.QueryInt("PRAGMA foreign_keys");
  if (!foreign_keys.ok()) return foreign_keys.status();
  if (Status off = db.Execute("PRAGMA foreign_keys = OFF"); !off.ok()) return off;
  Status status = Status::Ok();
  for (std::int64_t version = current.value(); status.ok() && version < latest; ++version) {
    const Migration& migration = schema_sql::kMigrations[version];
    auto transaction = sql::Transaction::Begin(db);
    if (!transaction.ok()) {
      status = transaction.status();
      break;
    }
    status = db.Execute(migration.sql);
    if (status.ok()) {
      Result<std::int64_t> broken = db.QueryInt("SELECT count(*) FROM pragma_foreign_key_check");
      if (!broken.ok()) {
        status = broken.status();
      } else if (broken.value() > 0) {
        status = Status::Corruption(std::to_string(broken.value()) + " rows lost their parent rows");
      }
    }
    if (status.ok()) {
      status = db.Execute("PRAGMA user_version = " +
                          std::to_string(version + 1));
    }
    if (status.ok()) status = transaction.value()->Commit();
    if (!status.ok()) {
      status = Status::FromCode(status.code(), "migration " + std::string(migration.name) +
                                                   " failed: " + status.message());
    }
  }
  if (foreign_keys.value() != 0) {
    Status on = db.Execute("PRAGMA foreign_keys = ON");
    if (status.ok()) status = on;
  }
  return status;
}

}  // namespace afstem
