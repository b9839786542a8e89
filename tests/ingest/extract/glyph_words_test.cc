// Glyph runs split into words at word-space gaps (ingest/extract/glyph_words.h):
// a real tightly spaced line, ordinary, letter-spaced, justified and
// two-column runs, and degenerate input.

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "ingest/extract/glyph_words.h"

namespace afstem {
namespace {

struct Spec {
  char32_t code;
  double x0;
  double x1;
};

// A horizontal run on one band (top 351.359, bottom 366.7154: the bank
// report's Effra boxes), font size `size`.
GlyphRun Run(const std::vector<Spec>& specs, double size, bool space_after = false) {
  GlyphRun run;
  for (const Spec& s : specs) run.glyphs.push_back(Glyph{s.code, Box{s.x0, 351.359, s.x1, 366.7154}});
  if (!specs.empty()) run.box = Box{specs.front().x0, 351.359, specs.back().x1, 366.7154};
  run.font_size = size;
  run.word_font_size = size;
  run.font_name = "EQVEGK+Effra-SemiLight";
  run.space_after = space_after;
  return run;
}

// Glyphs of `text` (ASCII) each `advance` wide, `gap` apart, a space of
// `space` (in addition to `gap`) at every ' '.
GlyphRun Spaced(std::string_view text, double size, double advance, double gap, double space) {
  std::vector<Spec> specs;
  double x = 72;
  for (char c : text) {
    if (c == ' ') {
      x += space;
      continue;
    }
    specs.push_back(Spec{static_cast<char32_t>(c), x, x + advance});
    x += advance + gap;
  }
  return Run(specs, size);
}

std::vector<Word> Split(const GlyphRun& run) {
  std::vector<Word> words;
  AppendGlyphWords(run, words);
  return words;
}

std::vector<std::string> Texts(const std::vector<Word>& words) {
  std::vector<std::string> texts;
  for (const Word& w : words) texts.push_back(w.text);
  return texts;
}

}  // namespace

TEST_CASE("a tightly spaced line of the bank report splits at its 0.18 em spaces",
          "[extract][glyphs]") {
  // dk_jyske_bank_aarsrapport_2018.pdf page 53, the row label "Afledte
  // finansielle instrumenter" (Effra SemiLight 8.04 pt): the glyph boxes of
  // poppler-cpp's text_box::char_bbox(i) for its three words, dumped once,
  // put in one run as Poppler's line merge joins words it finds evenly spaced.
  // The word spaces are 1.4657 and 1.4657 pt (0.182 em); glyphs touch.
  const GlyphRun run = Run(
      {
          {U'A', 102.6000, 107.7601}, {U'f', 107.7601, 110.2798}, {U'l', 110.2798, 111.8396},
          {U'e', 111.8396, 116.1595}, {U'd', 116.1595, 120.4794}, {U't', 120.4794, 123.2395},
          {U'e', 123.2395, 127.5328}, {U'f', 128.9985, 131.5191}, {U'i', 131.5191, 133.0788},
          {U'n', 133.0788, 137.3963}, {U'a', 137.3963, 141.3560}, {U'n', 141.3560, 145.6735},
          {U's', 145.6735, 149.3936}, {U'i', 149.3936, 150.8336}, {U'e', 150.8336, 155.1535},
          {U'l', 155.1535, 156.5934}, {U'l', 156.5934, 158.1532}, {U'e', 158.1532, 162.4465},
          {U'i', 163.9122, 165.4720}, {U'n', 165.4720, 169.7895}, {U's', 169.7895, 173.5096},
          {U't', 173.5096, 176.2689}, {U'r', 176.2689, 179.0266}, {U'u', 179.0266, 183.2267},
          {U'm', 183.2267, 190.0664}, {U'e', 190.0664, 194.3862}, {U'n', 194.3862, 198.7037},
          {U't', 198.7037, 201.4639}, {U'e', 201.4639, 205.7838}, {U'r', 205.7838, 208.5334},
      },
      8.04);
  const std::vector<Word> words = Split(run);
  REQUIRE(Texts(words) == std::vector<std::string>{"Afledte", "finansielle", "instrumenter"});
  // The same boxes poppler-cpp gives the three words separately.
  CHECK(words[0].box == Box{102.6000, 351.359, 127.5328, 366.7154});
  CHECK(words[1].box == Box{128.9985, 351.359, 162.4465, 366.7154});
  CHECK(words[2].box == Box{163.9122, 351.359, 208.5334, 366.7154});
  CHECK(words[0].space_after);
  CHECK(words[1].space_after);
  CHECK_FALSE(words[2].space_after);  // the run's own flag
  for (const Word& w : words) {
    CHECK(w.font_name == "EQVEGK+Effra-SemiLight");
    CHECK(w.font_size == 8.04);
  }
}

TEST_CASE("an ordinary word stays whole, byte for byte", "[extract][glyphs]") {
  // Kerning: one pair pulled in by 0.06 em, one pushed out by 0.04 em.
  GlyphRun run = Run({{U'V', 72, 79}, {U'a', 78.4, 83}, {U'n', 83.4, 88}, {U'd', 88, 93}}, 10,
                     /*space_after=*/true);
  run.box = Box{72, 351, 93, 367};  // the library's own box is kept
  const std::vector<Word> words = Split(run);
  REQUIRE(words.size() == 1);
  CHECK(words[0].text == "Vand");
  CHECK(words[0].box == Box{72, 351, 93, 367});
  CHECK(words[0].space_after);
  // Non-ASCII glyphs are written as UTF-8.
  CHECK(Split(Run({{U'å', 0, 5}, {U'r', 5, 8}, {U'€', 8, 14}}, 10))[0].text == "år€");
}

TEST_CASE("a normal line with word spaces splits at each space", "[extract][glyphs]") {
  // Liberation Sans 11 pt: space 0.278 em = 3.058 pt, glyphs touching.
  const std::vector<Word> words = Split(Spaced("i frie midler", 11, 5, 0, 3.058));
  CHECK(Texts(words) == std::vector<std::string>{"i", "frie", "midler"});
  CHECK(words[1].box.x0 == Approx(80.058).margin(1e-9));
  CHECK(words[1].box.x1 == Approx(100.058).margin(1e-9));
}

TEST_CASE("a letter-spaced heading keeps its letters together", "[extract][glyphs]") {
  // Tracking 0.3 em (3 pt at 10 pt) between every letter, word space 2.5 pt
  // on top: the run's median gap is its tracking.
  CHECK(Texts(Split(Spaced("REGNSKAB 2023", 10, 6, 3, 2.5))) ==
        std::vector<std::string>{"REGNSKAB", "2023"});
  CHECK(Texts(Split(Spaced("BUDGET", 10, 6, 3, 0))) == std::vector<std::string>{"BUDGET"});
}

TEST_CASE("a justified line with wide spaces and slight letter spacing", "[extract][glyphs]") {
  // 0.02 em added between letters, spaces stretched to 0.6 em.
  CHECK(Texts(Split(Spaced("og had mod racisme", 11, 5, 0.22, 6.6))) ==
        std::vector<std::string>{"og", "had", "mod", "racisme"});
  // Letter spacing alone (0.08 em) never splits, however long the run.
  CHECK(Split(Spaced("Kulturkommune", 11, 5, 0.88, 0)).size() == 1);
}

TEST_CASE("a single very wide gap (two columns) splits", "[extract][glyphs]") {
  // A label and a figure merged across a 60 pt column gap.
  CHECK(Texts(Split(Spaced("Renter 1.407", 8, 4, 0, 60))) ==
        std::vector<std::string>{"Renter", "1.407"});
  // Two glyphs: the only gap is the median, capped at 0.5 em tracking.
  const std::vector<Word> two = Split(Run({{U'1', 100, 104}, {U'2', 200, 204}}, 8));
  CHECK(Texts(two) == std::vector<std::string>{"1", "2"});
  CHECK(two[0].box == Box{100, 351.359, 104, 366.7154});
  CHECK(two[1].box == Box{200, 351.359, 204, 366.7154});
}

TEST_CASE("other reading directions split along their own axis", "[extract][glyphs]") {
  GlyphRun run;  // top to bottom, a 3 pt gap at 10 pt
  run.rotation = 1;
  run.font_size = 10;
  run.glyphs = {{U'a', Box{0, 0, 12, 5}}, {U'b', Box{0, 5, 12, 10}}, {U'c', Box{0, 13, 12, 18}}};
  run.box = Box{0, 0, 12, 18};
  CHECK(Texts(Split(run)) == std::vector<std::string>{"ab", "c"});
  run.rotation = 2;  // right to left: these boxes overlap backwards, no split
  CHECK(Split(run).size() == 1);
}

TEST_CASE("degenerate runs never crash and stay whole", "[extract][glyphs]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  // Empty: one empty word, as the library's own empty word.
  GlyphRun empty;
  const std::vector<Word> none = Split(empty);
  REQUIRE(none.size() == 1);
  CHECK(none[0].text.empty());

  GlyphRun spaced = Spaced("ab cd", 10, 5, 0, 5);
  // NaN font size and NaN box: no size to judge by, whole.
  GlyphRun no_size = spaced;
  no_size.font_size = nan;
  no_size.box = Box{nan, nan, nan, nan};
  CHECK(Texts(Split(no_size)) == std::vector<std::string>{"abcd"});
  // NaN font size with a usable box: size from the box height.
  GlyphRun from_box = spaced;
  from_box.font_size = nan;
  CHECK(Texts(Split(from_box)) == std::vector<std::string>{"ab", "cd"});
  // Zero-size glyph boxes (char_bbox past the end): whole.
  GlyphRun zero = spaced;
  zero.glyphs[2].box = Box{};
  CHECK(Split(zero).size() == 1);
  // Infinite or NaN coordinates: whole.
  GlyphRun infinite = spaced;
  infinite.glyphs[1].box.x1 = inf;
  CHECK(Split(infinite).size() == 1);
  GlyphRun nan_glyph = spaced;
  nan_glyph.glyphs[3].box.x0 = nan;
  CHECK(Split(nan_glyph).size() == 1);
  // Unknown direction, negative size: whole.
  GlyphRun odd = spaced;
  odd.rotation = 7;
  CHECK(Split(odd).size() == 1);
  odd.rotation = 0;
  odd.font_size = -3;
  odd.box = Box{};
  CHECK(Split(odd).size() == 1);
  // Invalid code points become U+FFFD.
  CHECK(Split(Run({{char32_t{0xD800}, 0, 5}, {char32_t{0x110000}, 5, 9}}, 10))[0].text ==
        "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace afstem
