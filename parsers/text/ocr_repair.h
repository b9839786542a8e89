// Repair of OCR misreadings from a dictionary: a word Tesseract read from a
// scan that is no Danish word, but becomes exactly one Danish word when one
// look-alike glyph is swapped for the other ("GRUNDETERFORENINGEN" ->
// "GRUNDEJERFORENINGEN", "Kornmune" -> "Kommune"), is that word. Only words
// of letters are touched (a figure is never changed), only with a single
// swap from kOcrConfusions, and only when exactly one swap gives a known
// word: two candidates are a guess, and guesses are not made. Pure given the
// dictionary; the text stage applies it to the tokens of OCR pages.
#ifndef AFSTEM_PARSERS_TEXT_OCR_REPAIR_H_
#define AFSTEM_PARSERS_TEXT_OCR_REPAIR_H_

#include <functional>
#include <string>
#include <string_view>

namespace afstem {

// Glyphs OCR confuses in Latin type: what was read, what may have been
// printed. Letters only, so that no repair can make or change a figure.
struct OcrConfusion {
  std::string_view read;
  std::string_view meant;
};
inline constexpr OcrConfusion kOcrConfusions[] = {
    {"T", "J"}, {"J", "T"},    // capitals with a bar: "GRUNDETERFORENINGEN"
    {"l", "I"}, {"I", "l"},    // a stroke
    {"rn", "m"}, {"m", "rn"},  // close "r n"
    {"cl", "d"}, {"vv", "w"},
    {"li", "h"}, {"ri", "n"},
    {"o", "ø"}, {"ø", "o"},    // a lost or invented stroke through o
    {"a", "å"}, {"å", "a"},    // a lost or invented ring
};
// Words shorter than this are left alone: too many short words are one
// swap apart ("at"/"af"), so a repair would be a guess.
inline constexpr std::size_t kMinRepairBytes = 4;

using KnownWord = std::function<bool(std::string_view)>;

// `token` repaired, or `token` itself. Trailing punctuation (".,:;!?)") and
// a leading "(" are kept around the repaired word.
std::string RepairOcrWord(std::string_view token, const KnownWord& known);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_OCR_REPAIR_H_
