// The codes of the SQLite wrapper's failures (schema/store/sqlite.h CodeOf)
// and of the store's own (migrations.h): a locked database is kBusy, a file
// that is no database kCorruption, a missing folder kIoError, SQL SQLite
// refuses kInvalidArgument, a newer schema kNotSupported; messages exact.

#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "schema/store/document_store.h"
#include "schema/store/migrations.h"
#include "schema/store/sqlite.h"
#include "tests/support/test_support.h"

namespace afstem {
namespace {

std::unique_ptr<sql::Database> OpenDatabase(const std::string& path) {
  auto db = sql::Database::Open(path);
  REQUIRE(db.ok());
  return std::move(db).value();
}

}  // namespace

TEST_CASE("sqlite: result codes map to status codes", "[schema][store][status]") {
  CHECK(sql::CodeOf(SQLITE_BUSY) == StatusCode::kBusy);
  CHECK(sql::CodeOf(SQLITE_BUSY_SNAPSHOT) == StatusCode::kBusy);
  CHECK(sql::CodeOf(SQLITE_LOCKED) == StatusCode::kBusy);
  CHECK(sql::CodeOf(SQLITE_LOCKED_SHAREDCACHE) == StatusCode::kBusy);
  CHECK(sql::CodeOf(SQLITE_CORRUPT) == StatusCode::kCorruption);
  CHECK(sql::CodeOf(SQLITE_NOTADB) == StatusCode::kCorruption);
  CHECK(sql::CodeOf(SQLITE_IOERR_WRITE) == StatusCode::kIoError);
  CHECK(sql::CodeOf(SQLITE_FULL) == StatusCode::kIoError);
  CHECK(sql::CodeOf(SQLITE_CANTOPEN) == StatusCode::kIoError);
  CHECK(sql::CodeOf(SQLITE_READONLY) == StatusCode::kIoError);
  CHECK(sql::CodeOf(SQLITE_ERROR) == StatusCode::kInvalidArgument);
  CHECK(sql::CodeOf(SQLITE_CONSTRAINT_UNIQUE) == StatusCode::kInvalidArgument);
  CHECK(sql::CodeOf(SQLITE_RANGE) == StatusCode::kInvalidArgument);
  CHECK(sql::CodeOf(SQLITE_MISUSE) == StatusCode::kInternal);
  CHECK(sql::CodeOf(SQLITE_INTERNAL) == StatusCode::kInternal);
}

TEST_CASE("sqlite: a database locked by another connection is kBusy", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "locked.sqlite").string();
  auto holder = OpenDatabase(path);
  auto other = OpenDatabase(path);
  REQUIRE(holder->Execute("CREATE TABLE t (x INTEGER)").ok());
  REQUIRE(holder->Execute("BEGIN IMMEDIATE").ok());
  REQUIRE(other->Execute("PRAGMA busy_timeout = 0").ok());  // fail at once, not after 5 s

  Status status = other->Execute("BEGIN IMMEDIATE");
  CHECK(status.IsBusy());
  CHECK(status.message() == "database " + path + ": database is locked");
  auto transaction = sql::Transaction::Begin(*other);
  REQUIRE_FALSE(transaction.ok());
  CHECK(transaction.status().code() == StatusCode::kBusy);

  REQUIRE(holder->Execute("COMMIT").ok());
  CHECK(other->Execute("BEGIN IMMEDIATE; COMMIT").ok());
}

TEST_CASE("sqlite: a table in use by the same connection is kBusy (SQLITE_LOCKED)", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "table.sqlite").string();
  auto db = OpenDatabase(path);
  REQUIRE(db->Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)").ok());
  auto reading = db->Prepare("SELECT x FROM t");
  REQUIRE(reading.ok());
  auto row = reading.value()->Step();
  REQUIRE(row.ok());
  REQUIRE(row.value());
  Status status = db->Execute("DROP TABLE t");
  CHECK(status.code() == StatusCode::kBusy);
  CHECK(status.message() == "database " + path + ": database table is locked");
}

TEST_CASE("sqlite: a file that is no database is kCorruption", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "notes.sqlite").string();
  std::ofstream(path) << std::string(4096, 'x');
  auto db = OpenDatabase(path);  // SQLite reads the file on first use
  auto version = db->QueryInt("PRAGMA user_version");
  REQUIRE_FALSE(version.ok());
  CHECK(version.status().IsCorruption());
  CHECK(version.status().message() == "database " + path + ": file is not a database");

  auto store = DocumentStore::Open(path, "test");
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().IsCorruption());
  CHECK(store.status().message() == "database " + path + ": file is not a database");
}

TEST_CASE("sqlite: a database in a missing folder is kIoError", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "missing" / "x.sqlite").string();
  auto db = sql::Database::Open(path);
  REQUIRE_FALSE(db.ok());
  CHECK(db.status().IsIoError());
  CHECK(db.status().message() == "cannot open database " + path + ": unable to open database file");
}

TEST_CASE("sqlite: SQL that SQLite refuses is kInvalidArgument", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "refused.sqlite").string();
  auto db = OpenDatabase(path);
  REQUIRE(db->Execute("CREATE TABLE t (x INTEGER UNIQUE); INSERT INTO t VALUES (1)").ok());

  Status duplicate = db->Execute("INSERT INTO t VALUES (1)");
  CHECK(duplicate.IsInvalidArgument());
  CHECK(duplicate.message() == "database " + path + ": UNIQUE constraint failed: t.x");

  auto statement = db->Cached("INSERT INTO t VALUES (?1)");
  REQUIRE(statement.ok());
  Status stepped = statement.value()->Bind(1, std::int64_t{1}).Run();
  CHECK(stepped.IsInvalidArgument());
  CHECK(stepped.message() == "database " + path + ": UNIQUE constraint failed: t.x");

  Status unbound = statement.value()->Bind(7, std::int64_t{2}).Run();
  CHECK(unbound.IsInvalidArgument());
  CHECK(unbound.message() == "bind failed: column index out of range");

  auto syntax = db->Prepare("SELEKT 1");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.status().IsInvalidArgument());
  CHECK(syntax.status().message() == "database " + path + ": cannot prepare statement: near \"SELEKT\": syntax error");
}

TEST_CASE("store: a database of a newer schema is kNotSupported, kept through the store", "[schema][store][status]") {
  testing::TempDir dir;
  const std::string path = (dir / "newer.sqlite").string();
  REQUIRE(OpenDatabase(path)->Execute("PRAGMA user_version = 999").ok());
  auto store = DocumentStore::Open(path, "test");
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().IsNotSupported());
  CHECK(store.status().message() == "database " + path + " has schema version 999, newer than this afstem understands (" +
                                        std::to_string(LatestSchemaVersion()) + "); upgrade afstem");
}

}  // namespace afstem
