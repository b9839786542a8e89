// The closed vocabularies (schema/model/vocabulary.h): every value has one
// string form that reads back to it, no other text reads as a value and the
// severity order. The reconcile registry against the Rule enum:
// tests/parsers/reconcile/rule_vocabulary_test.cc.

#include "schema/model/vocabulary.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

namespace afstem {
namespace {

// Each value, from 0 up, is in the table once, in enumerator order, and
// its string form reads back to it.
template <typename E>
void CheckVocabulary() {
  INFO(Vocabulary<E>::kName);
  std::set<std::string_view> names;
  int expected = 0;
  for (const Term<E>& term : Terms<E>()) {
    INFO(term.name);
    CHECK(static_cast<int>(term.value) == expected++);
    CHECK_FALSE(term.name.empty());
    CHECK(names.insert(term.name).second);
    CHECK(ToString(term.value) == term.name);
    CHECK(FromString<E>(term.name) == term.value);
    CHECK_FALSE(FromString<E>(std::string(term.name) + " ").has_value());
  }
  CHECK_FALSE(FromString<E>("").has_value());
}

}  // namespace

TEST_CASE("each vocabulary value has one string form", "[schema][vocabulary]") {
  CheckVocabulary<Severity>();
  CheckVocabulary<Origin>();
  CheckVocabulary<TotalScope>();
  CheckVocabulary<Basis>();
  CheckVocabulary<ColumnRole>();
  CheckVocabulary<RowKind>();
  CheckVocabulary<BlockKind>();
  CheckVocabulary<MoneyRole>();
  CheckVocabulary<Rule>();
  CheckVocabulary<PageKind>();
  CheckVocabulary<GraphicKind>();
  CHECK(ToString(Severity::kWarning) == "warning");
  CHECK(FromString<Severity>("Warning") == std::nullopt);
  CHECK(ToString(ColumnRole::kRowTotal) == "row_total");
  CHECK(ToString(BlockKind::kListItem) == "list_item");
}

TEST_CASE("severity order: error, warning, info", "[schema][vocabulary]") {
  CHECK(Rank(Severity::kError) == 1);
  CHECK(Rank(Severity::kWarning) == 2);
  CHECK(Rank(Severity::kInfo) == 3);
  CHECK(MoreSerious(Severity::kError, Severity::kWarning));
  CHECK_FALSE(MoreSerious(Severity::kInfo, Severity::kWarning));
  CHECK(AtLeast(Severity::kError, Severity::kWarning));
  CHECK(AtLeast(Severity::kWarning, Severity::kWarning));
  CHECK_FALSE(AtLeast(Severity::kInfo, Severity::kWarning));
}


}  // namespace afstem
