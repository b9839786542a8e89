// Word spaces from glyph gaps (glyph_words.h).

#include "ingest/extract/glyph_words.h"

#include <algorithm>
#include <cmath>

namespace afstem {
namespace {

// Why kWordGapEm = 0.1 em over the run's tracking:
// - a word space is 0.22-0.28 em in most text fonts (Liberation Sans 0.278,
//   Calibri 0.226) and about 0.18 em in tight ones (Effra SemiLight in the
//   Jyske Bank report: 1.44 pt at 8.04 pt); it only grows on justified lines;
// - kerning moves a pair by a few hundredths of an em (-0.1 em at most, and
//   that closes the gap), and tracking or justification letter spacing adds
//   the same amount to every gap of the run, which the run's median removes;
// - Poppler itself starts a new word at a gap over 0.1 em while reading
//   glyphs (TextOutputDev's minWordBreakSpace), so a larger gap inside one of
//   its words comes only from its later line merge, which joins words whose
//   spacing it judged uniform.
// So a gap 0.1 em above the run's median is below any word space and above
// any kerning. The median is capped at kMaxTrackingEm so that a run of two or
// three glyphs with one column-wide gap, whose median is that gap, still
// splits; a letter-spaced heading (every gap 0.2-0.4 em) keeps its letters.
constexpr double kMaxTrackingEm = 0.5;

// Glyph box height across the reading direction per em of font size (ascent
// to descent, about 1.15 em in common fonts); used only without a size.
constexpr double kBoxHeightPerEm = 1.15;

bool Finite(const Box& box) {
  return std::isfinite(box.x0) && std::isfinite(box.y0) &&
         std::isfinite(box.x1) && std::isfinite(box.y1);
}

bool AllZero(const Box& box) {
  return box.x0 == 0 && box.y0 == 0 && box.x1 == 0 && box.y1 == 0;
}

// The gap from glyph `a` to the next glyph `b` along the reading direction.
double GapAlong(int rotation, const Box& a, const Box& b) {
  switch (rotation) {
    case 0: return b.x0 - a.x1;
    case 1: return b.y0 - a.y1;
    case 2: return a.x0 - b.x1;
    default: return a.y0 - b.y1;
  }
}

// The size splitting is judged by, or 0 when there is none.
double EmOf(const GlyphRun& run) {
  if (std::isfinite(run.font_size) && run.font_size > 0) return run.font_size;
  const double across = run.rotation % 2 == 0 ? run.box.height() : run.box.width();
  if (std::isfinite(across) && across > 0) return across / kBoxHeightPerEm;
  return 0;
}

Box Union(const Box& a, const Box& b) {
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
             std::max(a.y1, b.y1)};
}

Word MakeWord(const GlyphRun& run, std::size_t begin, std::size_t end,
              const Box& box, bool space_after) {
  Word word;
  for (std::size_t i = begin; i < end; ++i) AppendUtf8(run.glyphs[i].code, word.text);
  word.box = box;
  word.space_after = space_after;
  word.font_name = run.font_name;
  word.font_size = run.word_font_size;
  return word;
}

void AppendWhole(const GlyphRun& run, std::vector<Word>& out) {
  out.push_back(MakeWord(run, 0, run.glyphs.size(), run.box, run.space_after));
}

}  // namespace

void AppendUtf8(char32_t code, std::string& out) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

void AppendGlyphWords(const GlyphRun& run, std::vector<Word>& out) {
  const std::size_t n = run.glyphs.size();
  const double em = EmOf(run);
  if (n < 2 || em <= 0 || run.rotation < 0 || run.rotation > 3) {
    AppendWhole(run, out);
    return;
  }
  // Fast path, nearly every run: no gap reaches the floor of the threshold
  // (the median is never below 0), so nothing is sorted or allocated.
  const double floor = kWordGapEm * em;
  bool any_wide = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Box& box = run.glyphs[i].box;
    if (!Finite(box) || AllZero(box)) {
      AppendWhole(run, out);
      return;
    }
    if (i > 0 && GapAlong(run.rotation, run.glyphs[i - 1].box, box) > floor) {
      any_wide = true;
    }
  }
  if (!any_wide) {
    AppendWhole(run, out);
    return;
  }
  std::vector<double> gaps(n - 1);
  for (std::size_t i = 1; i < n; ++i) {
    gaps[i - 1] = GapAlong(run.rotation, run.glyphs[i - 1].box, run.glyphs[i].box);
  }
  std::vector<double> sorted = gaps;
  const auto lower_median = sorted.begin() + static_cast<std::ptrdiff_t>((sorted.size() - 1) / 2);
  std::nth_element(sorted.begin(), lower_median, sorted.end());
  const double tracking = std::clamp(*lower_median / em, 0.0, kMaxTrackingEm);
  const double split_above = (tracking + kWordGapEm) * em;

  std::size_t begin = 0;
  Box box = run.glyphs[0].box;
  for (std::size_t i = 1; i < n; ++i) {
    if (gaps[i - 1] > split_above) {
      out.push_back(MakeWord(run, begin, i, box, true));
      begin = i;
      box = run.glyphs[i].box;
    } else {
      box = Union(box, run.glyphs[i].box);
    }
  }
  if (begin == 0) {
    AppendWhole(run, out);  // wide gaps, but all of them tracking
    return;
  }
  out.push_back(MakeWord(run, begin, n, box, run.space_after));
}

}  // namespace afstem
