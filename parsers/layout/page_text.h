// Raw page text from word boxes: the words in the PDF library's reading
// order, joined into lines by geometry (pages.raw_text; the layout stage
// builds the real lines and blocks for pages.text). Pure functions over
// schema records; safe to call from any thread.
#ifndef AFSTEM_PARSERS_LAYOUT_PAGE_TEXT_H_
#define AFSTEM_PARSERS_LAYOUT_PAGE_TEXT_H_

#include <string>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// True when `next` continues the visual line of `previous`: their boxes
// overlap vertically by at least half the smaller height and `next` does not
// start left of `previous` (Poppler reads table columns block by block, so a
// jump back to the left starts a new line even on the same baseline).
bool ContinuesLine(const Word& previous, const Word& next);

// Joins words in reading order: a space between words of one line when the
// library saw a space or the gap is wider than a tenth of the text height,
// a newline between lines. Example: boxes of "800" "600" on one row and
// "Integrationsbevilling" on the next give "800 600\nIntegrationsbevilling".
std::string BuildRawText(const std::vector<Word>& words);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_LAYOUT_PAGE_TEXT_H_
