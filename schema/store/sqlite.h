// Thin RAII wrapper over SQLite: the only file that includes sqlite3.h.
// Database owns a connection, Statement a prepared statement; SQLite errors
// become Status values that name the failing operation and SQLite's message,
// with the code CodeOf gives SQLite's result code. Neither class is safe to
// share between threads.
#ifndef AFSTEM_SCHEMA_STORE_SQLITE_H_
#define AFSTEM_SCHEMA_STORE_SQLITE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "schema/model/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace afstem::sql {

class Statement;

// The StatusCode of an SQLite result code (primary or extended), what every
// failed Status of this wrapper carries:
//   SQLITE_BUSY, SQLITE_LOCKED (another connection holds the lock, after
//     the 5 s busy timeout)                                  -> kBusy
//   SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT (a damaged file, or one
//     that is no database)                                   -> kCorruption
//   SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY,
//     SQLITE_PERM, SQLITE_NOLFS, SQLITE_NOMEM, SQLITE_PROTOCOL -> kIoError
//   SQLITE_ERROR (an SQL error, an FTS5 query it rejects), SQLITE_CONSTRAINT,
//     SQLITE_MISMATCH, SQLITE_TOOBIG, SQLITE_RANGE, SQLITE_AUTH
//     (SQLite refused what it was asked)                     -> kInvalidArgument
//   anything else (SQLITE_MISUSE, SQLITE_INTERNAL, ...)      -> kInternal
StatusCode CodeOf(int sqlite_result);

class Database {
 public:
  // Opens (creating if needed) the database file at `path`.
  static Result<std::unique_ptr<Database>> Open(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  Status Execute(std::string_view sql);
  // Compiles one statement. The statement must not outlive this Database.
  Result<std::unique_ptr<Statement>> Prepare(std::string_view sql);
  // The statement for `sql`, compiled on first use and kept by the
  // connection, handed out reset with its bindings cleared: for statements
  // run for every document (inserts), so a batch compiles each once. One
  // user at a time per SQL text; valid until this Database closes.
  Result<Statement*> Cached(std::string_view sql);
  // Runs a statement returning a single integer (e.g. a PRAGMA).
  Result<std::int64_t> QueryInt(std::string_view sql);
  std::int64_t LastInsertRowId() const;
  // Makes `name` usable in SQL ("ORDER BY title COLLATE da"). `compare`
  // gets two UTF-8 strings and returns <0, 0 or >0; it must not throw and
  // must keep working for as long as this Database (capture shared owners,
  // not references to shorter-lived objects). The connection owns it and
  // frees it on close or when `name` is registered again; registering again
  // fails while a statement using `name` is running.
  Status RegisterCollation(
      const std::string& name,
      std::function<int(std::string_view, std::string_view)> compare);
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* handle, std::string path)
      : handle_(handle), path_(std::move(path)) {}
  Status ErrorStatus(std::string_view what) const;

  sqlite3* handle_;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cached_;
  friend class Statement;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based,
// as in SQLite.
class Statement {
 public:
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  Statement& Bind(int index, const std::optional<std::int64_t>& value);

  // Advances to the next row: true if a row is available, false when done.
  Result<bool> Step();
  // Steps to completion, expecting no rows; then resets for reuse.
  Status Run();
  // Resets the statement and clears its bindings for reuse.
  void Reset();

  int ColumnCount() const;
  std::int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;   // "" for NULL
  std::string ColumnBlob(int column) const;
  bool ColumnIsNull(int column) const;
  // The integer, or nothing for NULL.
  std::optional<std::int64_t> ColumnOptionalInt(int column) const;
  // The storage class of the current row's value: what a JSON writer needs
  // to tell 12 from "12" and null from "".
  enum class Kind { kNull, kInteger, kReal, kText, kBlob };
  Kind ColumnKind(int column) const;
  std::string ColumnName(int column) const;

 private:
  friend class Database;
  Statement(Database& db, sqlite3_stmt* handle) : db_(db), handle_(handle) {}

  Database& db_;
  sqlite3_stmt* handle_;
  Status bind_status_ = Status::Ok();  // first bind error, reported by Step
};

// Commits on Commit(); rolls back on destruction otherwise, so an early
// return or an error can never leave half a document in the database.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  explicit Transaction(Database& db) : db_(db) {}
  Database& db_;
  bool open_ = true;
};

}  // namespace afstem::sql

#endif  // AFSTEM_SCHEMA_STORE_SQLITE_H_
