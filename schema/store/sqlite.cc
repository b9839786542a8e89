// SQLite wrapper implementation (see sqlite.h).

#include "schema/store/sqlite.h"

#include <sqlite3.h>

namespace afstem::sql {

StatusCode CodeOf(int sqlite_result) {
  switch (sqlite_result & 0xff) {  // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StatusCode::kBusy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return StatusCode::kCorruption;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
      return StatusCode::kIoError;
    case SQLITE_ERROR:
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
    case SQLITE_AUTH:
      return StatusCode::kInvalidArgument;
    default:  // SQLITE_MISUSE, SQLITE_INTERNAL, SQLITE_SCHEMA, SQLITE_ABORT, ...
      return StatusCode::kInternal;
  }
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path) {
  sqlite3* handle = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &handle,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    sqlite3_close(handle);
    return Status::FromCode(CodeOf(rc), "cannot open database " + path + ": " + message);
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, 5000);
  return std::unique_ptr<Database>(new Database(handle, path));
}

Database::~Database() {
  cached_.clear();  // finalized before the connection closes
  sqlite3_close_v2(handle_);
}

Status Database::ErrorStatus(std::string_view what) const {
  return Status::FromCode(CodeOf(sqlite3_extended_errcode(handle_)),
                          std::string(what) + ": " + sqlite3_errmsg(handle_));
}

Status Database::Execute(std::string_view sql) {
  std::string text(sql);
  char* error = nullptr;
  const int rc = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    return Status::FromCode(CodeOf(rc), "database " + path_ + ": " + message);
  }
  return Status::Ok();
}

Result<std::unique_ptr<Statement>> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* handle = nullptr;
  if (sqlite3_prepare_v2(handle_, sql.data(), static_cast<int>(sql.size()),
                         &handle, nullptr) != SQLITE_OK) {
    return ErrorStatus("database " + path_ + ": cannot prepare statement");
  }
  return std::unique_ptr<Statement>(new Statement(*this, handle));
}

Result<Statement*> Database::Cached(std::string_view sql) {
  auto found = cached_.find(std::string(sql));
  if (found != cached_.end()) {
    found->second->Reset();
    return found->second.get();
  }
  auto statement = Prepare(sql);
  if (!statement.ok()) return statement.status();
  Statement* raw = statement.value().get();
  cached_.emplace(std::string(sql), std::move(statement).value());
  return raw;
}

Result<std::int64_t> Database::QueryInt(std::string_view sql) {
  auto statement = Prepare(sql);
  if (!statement.ok()) return statement.status();
  auto row = statement.value()->Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Internal("database " + path_ + ": no row");
  return statement.value()->ColumnInt(0);
}

std::int64_t Database::LastInsertRowId() const {
  return sqlite3_last_insert_rowid(handle_);
}

namespace {
using Comparator = std::function<int(std::string_view, std::string_view)>;

int CallComparator(void* comparator, int a_size, const void* a, int b_size,
                   const void* b) {
  return (*static_cast<Comparator*>(comparator))(
      std::string_view(static_cast<const char*>(a),
                       static_cast<std::size_t>(a_size)),
      std::string_view(static_cast<const char*>(b),
                       static_cast<std::size_t>(b_size)));
}

void DeleteComparator(void* comparator) {
  delete static_cast<Comparator*>(comparator);
}
}  // namespace

Status Database::RegisterCollation(const std::string& name,
                                   Comparator compare) {
  if (!compare) {
    return Status::InvalidArgument("database " + path_ + ": collation " + name +
                         " has no comparison function");
  }
  auto owned = std::make_unique<Comparator>(std::move(compare));
  // On failure SQLite does not call DeleteComparator: `owned` frees it.
  if (sqlite3_create_collation_v2(handle_, name.c_str(), SQLITE_UTF8,
                                  owned.get(), &CallComparator,
                                  &DeleteComparator) != SQLITE_OK) {
    return ErrorStatus("database " + path_ + ": cannot register collation " +
                       name);
  }
  owned.release();  // now owned by the connection
  return Status::Ok();
}

Statement::~Statement() { sqlite3_finalize(handle_); }

namespace {
// Records the first failed bind so Step() can report it.
void Check(int rc, Status& status, sqlite3* db) {
  if (rc != SQLITE_OK && status.ok()) {
    status = Status::FromCode(CodeOf(rc), std::string("bind failed: ") + sqlite3_errmsg(db));
  }
}
}  // namespace

Statement& Statement::Bind(int index, std::int64_t value) {
  Check(sqlite3_bind_int64(handle_, index, value), bind_status_, db_.handle_);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  Check(sqlite3_bind_double(handle_, index, value), bind_status_, db_.handle_);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  Check(sqlite3_bind_text64(handle_, index, text.data(), text.size(),
                            SQLITE_TRANSIENT, SQLITE_UTF8),
        bind_status_, db_.handle_);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  Check(sqlite3_bind_blob64(handle_, index, bytes.data(), bytes.size(),
                            SQLITE_TRANSIENT),
        bind_status_, db_.handle_);
  return *this;
}

Statement& Statement::BindNull(int index) {
  Check(sqlite3_bind_null(handle_, index), bind_status_, db_.handle_);
  return *this;
}

Statement& Statement::Bind(int index,
                           const std::optional<std::int64_t>& value) {
  return value ? Bind(index, *value) : BindNull(index);
}

Result<bool> Statement::Step() {
  if (!bind_status_.ok()) return bind_status_;
  int rc = sqlite3_step(handle_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_.ErrorStatus("database " + db_.path_);
}

Status Statement::Run() {
  Result<bool> row = Step();
  while (row.ok() && row.value()) row = Step();
  Reset();
  return row.status();
}

void Statement::Reset() {
  sqlite3_reset(handle_);
  sqlite3_clear_bindings(handle_);
  bind_status_ = Status::Ok();
}

int Statement::ColumnCount() const { return sqlite3_column_count(handle_); }

std::int64_t Statement::ColumnInt(int column) const {
  return sqlite3_column_int64(handle_, column);
}

double Statement::ColumnDouble(int column) const {
  return sqlite3_column_double(handle_, column);
}

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(handle_, column);
  if (!text) return std::string();
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(handle_, column)));
}

std::string Statement::ColumnBlob(int column) const {
  const void* data = sqlite3_column_blob(handle_, column);
  if (!data) return std::string();
  return std::string(static_cast<const char*>(data),
                     static_cast<std::size_t>(sqlite3_column_bytes(handle_, column)));
}

bool Statement::ColumnIsNull(int column) const {
  return sqlite3_column_type(handle_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::ColumnOptionalInt(int column) const {
  if (ColumnIsNull(column)) return std::nullopt;
  return ColumnInt(column);
}

Statement::Kind Statement::ColumnKind(int column) const {
  switch (sqlite3_column_type(handle_, column)) {
    case SQLITE_INTEGER: return Kind::kInteger;
    case SQLITE_FLOAT: return Kind::kReal;
    case SQLITE_TEXT: return Kind::kText;
    case SQLITE_BLOB: return Kind::kBlob;
    default: return Kind::kNull;
  }
}

std::string Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(handle_, column);
  return name == nullptr ? std::string() : std::string(name);
}

Result<std::unique_ptr<Transaction>> Transaction::Begin(Database& db) {
  Status status = db.Execute("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction() {
  if (open_) (void)db_.Execute("ROLLBACK");
}

Status Transaction::Commit() {
  Status status = db_.Execute("COMMIT");
  if (status.ok()) open_ = false;
  return status;
}

}  // namespace afstem::sql
