// Words from glyph geometry: splits one run of glyphs that the PDF library
// returned as a word (Poppler's text_box) where the gap between two glyphs
// is a word space, not kerning or tracking. Pure: no Poppler types, so the
// rule is tested on glyph boxes alone (tests/ingest/extract).
//
//   GlyphRun run{.glyphs = {{U'a', Box{0, 0, 5, 12}}, {U'b', Box{8, 0, 13, 12}}},
//                .box = Box{0, 0, 13, 12}, .font_size = 10};
//   AppendGlyphWords(run, words);  // "a" (space_after) and "b"
#ifndef AFSTEM_INGEST_EXTRACT_GLYPH_WORDS_H_
#define AFSTEM_INGEST_EXTRACT_GLYPH_WORDS_H_

#include <string>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// One glyph: its Unicode code point and its box (advance box: from the
// glyph's origin to its origin plus advance, the line's ascent to descent).
struct Glyph {
  char32_t code = 0;
  Box box;
};

struct GlyphRun {
  std::vector<Glyph> glyphs;  // in reading order
  Box box;                    // the whole run's box, as the library gave it
  // Reading direction as Poppler's text_box::rotation(): 0 left to right,
  // 1 top to bottom, 2 right to left, 3 bottom to top.
  int rotation = 0;
  // Points; used for the split threshold. Not finite or <= 0: estimated
  // from the run box's height across the reading direction.
  double font_size = 0;
  bool space_after = false;  // the library saw a space after the run
  // Copied to every word made from the run (empty/0 when fonts are not read).
  std::string font_name;
  double word_font_size = 0;
};

// A gap of more than this many ems above the run's own tracking is a word
// space (reason in glyph_words.cc).
inline constexpr double kWordGapEm = 0.1;

// Appends the run's words to `out`: one word per stretch of glyphs between
// word-space gaps, its text the glyphs' UTF-8, its box the union of its
// glyphs' boxes, space_after true inside the run and the run's own flag on
// the last word. A run that is not split (the usual case), or whose glyphs
// cannot be trusted (a non-finite or all-zero glyph box, an unknown
// direction, no usable size), is appended whole with `box` as its box.
// Never fails; a run without glyphs appends one word with empty text, as
// the library's empty word would have been.
void AppendGlyphWords(const GlyphRun& run, std::vector<Word>& out);

// UTF-8 of one code point; invalid code points (surrogates, > U+10FFFF)
// become U+FFFD.
void AppendUtf8(char32_t code, std::string& out);

}  // namespace afstem

#endif  // AFSTEM_INGEST_EXTRACT_GLYPH_WORDS_H_
