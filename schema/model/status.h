// Status and Result<T>: errors as values at stage boundaries.
// A Status is either ok or carries a code (StatusCode: what kind of failure,
// for callers to branch on) and a one-line, human-readable reason that the
// CLI prints after the file name ("encrypted: a user password is ...").
//
//   Status status = Status::Corruption("word blob: trailing bytes");
//   status.IsCorruption()          -> true
//   ToString(status.code())        -> "corruption"
//   Result<int> r = Status::NotFound("a.pdf not found");  r.status().code() -> kNotFound
//
// Callers branch on code(), never on the message text. Values; safe to copy
// and to share between threads (immutable).
#ifndef AFSTEM_SCHEMA_MODEL_STATUS_H_
#define AFSTEM_SCHEMA_MODEL_STATUS_H_

#include <array>
#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "schema/model/vocabulary.h"

namespace afstem {

// What kind of failure a Status is. The set is closed: add a code only when
// some caller must act differently on it. Each code says who is at fault
// and what the caller does.
enum class StatusCode {
  kOk,
  // The document (a PDF, an input file) is unusable as data: empty, not a
  // PDF, truncated, damaged. An expected data problem: the batch records it
  // as that document's failure and goes on.
  kInvalidInput,
  // Well-formed, but beyond what afstem reads or was told to read: an
  // encrypted PDF, a file over a size or page limit, a database of a newer
  // schema version. Recorded for a document; for a database the command
  // stops with the message (upgrade afstem, raise the limit).
  kNotSupported,
  // Data afstem wrote and reads back is damaged: a corrupt or non-SQLite
  // database file, a bad word blob, an unknown vocabulary word or an index
  // out of range in the store, a damaged answer from a worker. The data
  // cannot be trusted; the reader stops (a worker's answer costs only that
  // document).
  kCorruption,
  // A named thing does not exist: a file, a database, a page of a PDF. The
  // caller reports it (an input file's failure is recorded).
  kNotFound,
  // The environment failed: a read or write error, permission denied, a
  // full disk, no pipe or process could be created, a data file of the
  // installation missing. Stops a batch (documents committed stay).
  kIoError,
  // The database is locked by another process (SQLITE_BUSY/LOCKED after
  // the busy timeout). Stops the command; running it again later may work.
  kBusy,
  // The caller (the user, or the code calling) asked for something invalid:
  // an unknown export name, a report folder that may not be replaced, an
  // FTS5 query the index rejects, SQL the database rejects. Reported to
  // the user, usually as a usage error.
  kInvalidArgument,
  // A bug or a broken build: a rule pattern that does not compile at
  // start-up, an ICU service that cannot be created, a contract broken
  // between the code's own parts. Not expected in a working installation.
  kInternal,
};

template <>
struct Vocabulary<StatusCode> {
  static constexpr std::string_view kName = "status code";
  static constexpr std::array<Term<StatusCode>, 9> kTerms = {{
      {StatusCode::kOk, "ok"},
      {StatusCode::kInvalidInput, "invalid_input"},
      {StatusCode::kNotSupported, "not_supported"},
      {StatusCode::kCorruption, "corruption"},
      {StatusCode::kNotFound, "not_found"},
      {StatusCode::kIoError, "io_error"},
      {StatusCode::kBusy, "busy"},
      {StatusCode::kInvalidArgument, "invalid_argument"},
      {StatusCode::kInternal, "internal"},
  }};
};

class [[nodiscard]] Status {
 public:
  static Status Ok() { return Status(); }
  // A failure with `code` (not kOk) and a non-empty `message`: for code
  // that maps another library's errors, or passes a failure on with more
  // context ("migration 001 failed: " + status.message()) keeping its code.
  static Status FromCode(StatusCode code, std::string message) {
    assert(code != StatusCode::kOk);
    assert(!message.empty());
    return Status(code, std::move(message));
  }
  // One factory per code; the contract of each is at StatusCode.
  static Status InvalidInput(std::string message) {
    return FromCode(StatusCode::kInvalidInput, std::move(message));
  }
  static Status NotSupported(std::string message) {
    return FromCode(StatusCode::kNotSupported, std::move(message));
  }
  static Status Corruption(std::string message) {
    return FromCode(StatusCode::kCorruption, std::move(message));
  }
  static Status NotFound(std::string message) {
    return FromCode(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return FromCode(StatusCode::kIoError, std::move(message));
  }
  static Status Busy(std::string message) {
    return FromCode(StatusCode::kBusy, std::move(message));
  }
  static Status InvalidArgument(std::string message) {
    return FromCode(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status Internal(std::string message) {
    return FromCode(StatusCode::kInternal, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  bool IsInvalidInput() const { return code_ == StatusCode::kInvalidInput; }
  bool IsNotSupported() const { return code_ == StatusCode::kNotSupported; }
  bool IsCorruption() const { return code_ == StatusCode::kCorruption; }
  bool IsNotFound() const { return code_ == StatusCode::kNotFound; }
  bool IsIoError() const { return code_ == StatusCode::kIoError; }
  bool IsBusy() const { return code_ == StatusCode::kBusy; }
  bool IsInvalidArgument() const { return code_ == StatusCode::kInvalidArgument; }
  bool IsInternal() const { return code_ == StatusCode::kInternal; }
  // The reason; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a failed Status (its code and message kept as given).
// Accessing value() of a failed result is a programmer error (asserted).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(state_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(state_); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(state_);
  }
  T& value() & {
    assert(ok());
    return std::get<T>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(state_));
  }

 private:
  std::variant<T, Status> state_;
};

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_MODEL_STATUS_H_
