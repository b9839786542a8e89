// Database::RegisterCollation: SQL ORDER BY in Danish through a comparator
// the caller supplies (here DanishCollator), and failures reported cleanly.

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "parsers/text/icu_text.h"
#include "schema/store/sqlite.h"

namespace afstem {
namespace {

std::vector<std::string> Names(sql::Database& db, const std::string& query) {
  auto statement = db.Prepare(query);
  REQUIRE(statement.ok());
  std::vector<std::string> names;
  for (auto row = statement.value()->Step(); row.ok() && row.value();
       row = statement.value()->Step()) {
    names.push_back(statement.value()->ColumnText(0));
  }
  return names;
}

std::unique_ptr<sql::Database> PlaceNames() {
  auto db = sql::Database::Open(":memory:");
  REQUIRE(db.ok());
  REQUIRE(db.value()
              ->Execute("CREATE TABLE t (name TEXT);"
                        "INSERT INTO t VALUES ('Zealand'), ('Ærø'), "
                        "('Aalborg'), ('Øster'), ('Åben'), ('Amager'), "
                        "('Bornholm');")
              .ok());
  return std::move(db.value());
}

}  // namespace

TEST_CASE("a registered Danish collation orders rows in Danish",
          "[schema][sqlite]") {
  std::unique_ptr<sql::Database> db = PlaceNames();
  auto created = DanishCollator::Create();
  REQUIRE(created.ok());
  // The connection keeps the comparator, so the comparator shares ownership.
  std::shared_ptr<const DanishCollator> collator = std::move(created.value());
  REQUIRE(db->RegisterCollation("da", [collator](std::string_view a,
                                                 std::string_view b) {
                return collator->Compare(a, b);
              }).ok());
  CHECK(Names(*db, "SELECT name FROM t ORDER BY name COLLATE da") ==
        std::vector<std::string>{"Amager", "Bornholm", "Zealand", "Ærø",
                                 "Øster", "Åben", "Aalborg"});
  // Without it SQLite compares bytes: Å (C3 85) < Æ (C3 86) < Ø (C3 98).
  CHECK(Names(*db, "SELECT name FROM t ORDER BY name") ==
        std::vector<std::string>{"Aalborg", "Amager", "Bornholm", "Zealand",
                                 "Åben", "Ærø", "Øster"});
  CHECK(Names(*db, "SELECT name FROM t WHERE name < 'Æ' COLLATE da "
                   "ORDER BY name COLLATE da") ==
        std::vector<std::string>{"Amager", "Bornholm", "Zealand"});
}

TEST_CASE("registering a collation again replaces it", "[schema][sqlite]") {
  std::unique_ptr<sql::Database> db = PlaceNames();
  REQUIRE(db->RegisterCollation("da", [](std::string_view a,
                                         std::string_view b) {
                return a.compare(b);
              }).ok());
  REQUIRE(db->RegisterCollation("da", [](std::string_view a,
                                         std::string_view b) {
                return b.compare(a);  // reversed
              }).ok());
  CHECK(Names(*db, "SELECT name FROM t ORDER BY name COLLATE da") ==
        std::vector<std::string>{"Øster", "Ærø", "Åben", "Zealand",
                                 "Bornholm", "Amager", "Aalborg"});
}

TEST_CASE("an unknown or empty collation fails cleanly", "[schema][sqlite]") {
  std::unique_ptr<sql::Database> db = PlaceNames();
  auto statement = db->Prepare("SELECT name FROM t ORDER BY name COLLATE da");
  REQUIRE_FALSE(statement.ok());
  CHECK(statement.status().message() ==
        "database :memory:: cannot prepare statement: "
        "no such collation sequence: da");
  Status empty = db->RegisterCollation("da", nullptr);
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.message() ==
        "database :memory:: collation da has no comparison function");
}

}  // namespace afstem
