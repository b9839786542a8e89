// Font size and weight of words (word_style.h).

#include "parsers/layout/word_style.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace afstem {

double FontSizeOf(const Word& word) {
  if (word.font_size > 0) return word.font_size;
  return word.box.height() / 1.15;
}

bool IsBoldFont(std::string_view font_name) {
  for (std::string_view marker : {"Bold", "bold", "BOLD", "Black", "Heavy",
                                  "Semibold", "SemiBold", "Demi"}) {
    if (font_name.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

double BodyFontSize(const std::vector<Page>& pages) {
  // Sizes rounded to a tenth of a point, so 10.98 and 11.0 count together.
  std::map<long, std::size_t> characters_by_size;
  for (const Page& page : pages) {
    for (const Word& word : page.words) {
      characters_by_size[std::lround(FontSizeOf(word) * 10)] += word.text.size();
    }
  }
  long best = 0;
  std::size_t best_count = 0;
  for (const auto& [size, count] : characters_by_size) {
    if (count > best_count) {
      best = size;
      best_count = count;
    }
  }
  return best / 10.0;
}

double Median(std::vector<double>& values) {
  if (values.empty()) return 0;
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(middle),
                   values.end());
  return values[middle];
}

}  // namespace afstem
