// Typographic facts about a word: its font size (from the PDF, or estimated
// from the box when the producer gave none) and whether its font is bold.
#ifndef AFSTEM_PARSERS_LAYOUT_WORD_STYLE_H_
#define AFSTEM_PARSERS_LAYOUT_WORD_STYLE_H_

#include <string_view>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// Points. Poppler's box height is the font's ascent to descent, about 1.15
// times the size for common fonts; used when the size is unknown.
double FontSizeOf(const Word& word);

// "LiberationSans-Bold", "ABCDEF+Calibri,Bold", "Arial-BoldMT", "…-Semibold".
bool IsBoldFont(std::string_view font_name);

// The most common font size on the pages weighted by characters: the body
// text size. 0 when there are no words.
double BodyFontSize(const std::vector<Page>& pages);

// The median of `values` (0 for none). Reorders `values`.
double Median(std::vector<double>& values);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_WORD_STYLE_H_
