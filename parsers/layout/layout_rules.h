// Rules that describe page layout vocabulary: list labels, heading numbers,
// page-number headers/footers. Patterns are data (RE2 via parsers/pattern/pattern.h),
// compiled once by LayoutRules::Create(); immutable, safe to share.
#ifndef AFSTEM_PARSERS_LAYOUT_LAYOUT_RULES_H_
#define AFSTEM_PARSERS_LAYOUT_LAYOUT_RULES_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "parsers/pattern/pattern.h"
#include "schema/model/status.h"

namespace afstem {

class LayoutRules {
 public:
  // Compiles every rule; fails naming the first pattern that does not compile.
  static Result<std::unique_ptr<LayoutRules>> Create();

  // A whole word that starts a list item: "•", "–", "1.", "A.", "a)", "(3)".
  bool IsListLabel(std::string_view word) const;
  // The numbered label a heading starts with, or "" ("Tema 2: En …" ->
  // "Tema 2:", "1. Udvalgsgodkendte …" -> "1.").
  std::string HeadingLabel(std::string_view text) const;
  // The number, when header/footer text is only a page number: "3/6",
  // "Side 3 af 6", "- 3 -", "3" -> 3. Whether it is this page's number is
  // for the layout to judge (numbering may start after a cover page).
  std::optional<int> PrintedPageNumber(std::string_view text) const;

 private:
  LayoutRules() = default;
  std::vector<Pattern> list_labels_;
  std::vector<Pattern> heading_labels_;
  std::vector<Pattern> page_numbers_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_LAYOUT_RULES_H_
