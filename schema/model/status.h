// Status and Result<T>: errors as values at stage boundaries.
// A Status is either ok or carries a one-line, human-readable reason that
// the CLI prints after the file name ("encrypted: a user password is ...").
#ifndef AFSTEM_SCHEMA_MODEL_STATUS_H_
#define AFSTEM_SCHEMA_MODEL_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace afstem {

class [[nodiscard]] Status {
 public:
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    assert(!message.empty());
    return Status(std::move(message));
  }

  bool ok() const { return message_.empty(); }
  // The reason; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status() = default;
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::string message_;
};

// Either a value or a failed Status. Accessing value() of a failed result is
// a programmer error (asserted).
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
