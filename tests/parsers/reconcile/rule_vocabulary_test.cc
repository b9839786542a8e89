// The reconcile rule registry (kRules) is the Rule vocabulary
// (schema/model/vocabulary.h): the same rules, in the same order.

#include <catch2/catch.hpp>

#include "parsers/reconcile/reconcile.h"
#include "schema/model/vocabulary.h"

namespace afstem {

TEST_CASE("the reconcile rules are the Rule vocabulary", "[schema][vocabulary][reconcile]") {
  const auto rules = ReconcileRules();
  REQUIRE(rules.size() == Terms<Rule>().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i].rule == Terms<Rule>()[i].value);
    CHECK(rules[i].name() == Terms<Rule>()[i].name);
  }
}

}  // namespace afstem
