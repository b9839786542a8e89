// Applies the embedded schema migrations (see migrations.h).

#include "schema/store/migrations.h"

#include <iterator>
#include <string>

namespace afstem {
namespace schema_sql {
#include "schema_migrations.inc"
}  // namespace schema_sql

int LatestSchemaVersion() {
  return static_cast<int>(std::size(schema_sql::kMigrations));
}

Status MigrateToLatest(sql::Database& db) {
  Result<std::int64_t> current = db.QueryInt("PRAGMA user_version");
  if (!current.ok()) return current.status();
  const std::int64_t latest = LatestSchemaVersion();
  if (current.value() > latest) {
    return Status::NotSupported("database " + db.path() + " has schema version " +
                         std::to_string(current.value()) +
                         ", newer than this afstem understands (" +
                         std::to_string(latest) + "); upgrade afstem");
  }
  for (std::int64_t version = current.value(); version < latest; ++version) {
    const Migration& migration = schema_sql::kMigrations[version];
    auto transaction = sql::Transaction::Begin(db);
    if (!transaction.ok()) return transaction.status();
    Status status = db.Execute(migration.sql);
    if (status.ok()) {
      status = db.Execute("PRAGMA user_version = " +
                          std::to_string(version + 1));
    }
    if (status.ok()) status = transaction.value()->Commit();
    if (!status.ok()) {
      return Status::FromCode(status.code(), "migration " + std::string(migration.name) +
                                                  " failed: " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace afstem
