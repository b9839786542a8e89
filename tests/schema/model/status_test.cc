// Status and Result (schema/model/status.h): each code's factory, predicate
// and string form, ok() only for kOk, FromCode, and a Result that keeps the
// code of the Status it was made from.

#include "schema/model/status.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace afstem {
namespace {

struct CodeCase {
  Status status;
  StatusCode code;
  std::string_view name;
  bool (Status::*predicate)() const;
};

std::vector<CodeCase> Cases() {
  return {
      {Status::InvalidInput("not a PDF (no %PDF- header)"), StatusCode::kInvalidInput, "invalid_input",
       &Status::IsInvalidInput},
      {Status::NotSupported("encrypted"), StatusCode::kNotSupported, "not_supported", &Status::IsNotSupported},
      {Status::Corruption("word blob: trailing bytes"), StatusCode::kCorruption, "corruption",
       &Status::IsCorruption},
      {Status::NotFound("a.pdf not found"), StatusCode::kNotFound, "not_found", &Status::IsNotFound},
      {Status::IoError("read error"), StatusCode::kIoError, "io_error", &Status::IsIoError},
      {Status::Busy("database is locked"), StatusCode::kBusy, "busy", &Status::IsBusy},
      {Status::InvalidArgument("cannot export x"), StatusCode::kInvalidArgument, "invalid_argument",
       &Status::IsInvalidArgument},
      {Status::Internal("rule does not compile"), StatusCode::kInternal, "internal", &Status::IsInternal},
  };
}

}  // namespace

TEST_CASE("status: each code has a factory, a predicate and one string form", "[schema][status]") {
  const std::vector<CodeCase> cases = Cases();
  // Every failure code once (kOk is the ninth value).
  REQUIRE(cases.size() + 1 == Terms<StatusCode>().size());
  for (const CodeCase& tested : cases) {
    INFO(tested.name);
    CHECK_FALSE(tested.status.ok());
    CHECK(tested.status.code() == tested.code);
    CHECK(ToString(tested.status.code()) == tested.name);
    CHECK(FromString<StatusCode>(tested.name) == tested.code);
    for (const CodeCase& other : cases) {
      CHECK((tested.status.*other.predicate)() == (other.code == tested.code));
    }
  }
  CHECK(Status::IoError("read error").message() == "read error");
  CHECK(Status::Corruption("word blob: trailing bytes").message() == "word blob: trailing bytes");
}

TEST_CASE("status: the string forms, in enumerator order", "[schema][status]") {
  std::vector<std::string_view> names;
  int expected = 0;
  for (const Term<StatusCode>& term : Terms<StatusCode>()) {
    CHECK(static_cast<int>(term.value) == expected++);
    names.push_back(term.name);
  }
  CHECK(names == std::vector<std::string_view>{"ok", "invalid_input", "not_supported", "corruption", "not_found",
                                               "io_error", "busy", "invalid_argument", "internal"});
  CHECK(Vocabulary<StatusCode>::kName == "status code");
  CHECK_FALSE(FromString<StatusCode>("IoError").has_value());
  CHECK_FALSE(FromString<StatusCode>("").has_value());
}

TEST_CASE("status: ok is kOk with no message and no predicate", "[schema][status]") {
  const Status ok = Status::Ok();
  CHECK(ok.ok());
  CHECK(ok.code() == StatusCode::kOk);
  CHECK(ok.message().empty());
  CHECK(ToString(ok.code()) == "ok");
  for (const CodeCase& tested : Cases()) CHECK_FALSE((ok.*tested.predicate)());
}

TEST_CASE("status: FromCode keeps a code while the message gains context", "[schema][status]") {
  const Status inner = Status::Busy("database a.sqlite: database is locked");
  const Status outer = Status::FromCode(inner.code(), "migration 001_initial failed: " + inner.message());
  CHECK(outer.IsBusy());
  CHECK(outer.message() == "migration 001_initial failed: database a.sqlite: database is locked");
  CHECK(Status::FromCode(StatusCode::kNotFound, "x").IsNotFound());
}

TEST_CASE("status: a Result keeps the code of its Status", "[schema][status]") {
  Result<int> failed = Status::NotSupported("too many pages (9, over --max-pages 5)");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().code() == StatusCode::kNotSupported);
  CHECK(failed.status().IsNotSupported());
  CHECK(failed.status().message() == "too many pages (9, over --max-pages 5)");

  Result<std::string> copied = failed.status();
  CHECK(copied.status().code() == StatusCode::kNotSupported);

  Result<int> value = 7;
  REQUIRE(value.ok());
  CHECK(value.status().code() == StatusCode::kOk);
  CHECK(value.value() == 7);
}

}  // namespace afstem
