// OCR misreadings repaired from a dictionary (ocr_repair.h), with a word
// list standing in for hunspell.

#include "parsers/text/ocr_repair.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace afstem {
namespace {

KnownWord Knows(std::set<std::string> words) {
  return [words = std::move(words)](std::string_view word) { return words.count(std::string(word)) > 0; };
}

}  // namespace

TEST_CASE("one look-alike swap that makes the only known word repairs it", "[parsers][text][ocr]") {
  const KnownWord known = Knows({"GRUNDEJERFORENINGEN", "Kommune", "Borrehøj", "udvalg", "møde"});
  CHECK(RepairOcrWord("GRUNDETERFORENINGEN", known) == "GRUNDEJERFORENINGEN");
  CHECK(RepairOcrWord("Kornmune,", known) == "Kommune,");       // rn -> m, the comma kept
  CHECK(RepairOcrWord("(Borrehoj)", known) == "(Borrehøj)");    // a lost stroke, parentheses kept
  CHECK(RepairOcrWord("udvaIg.", known) == "udvalg.");
}

TEST_CASE("known words, figures, short words and two readings are left alone", "[parsers][text][ocr]") {
  const KnownWord known = Knows({"Kommune", "fore", "føre", "ikke", "kort", "kørt", "Tale"});
  CHECK(RepairOcrWord("Kommune", known) == "Kommune");        // already a word
  CHECK(RepairOcrWord("fore", known) == "fore");              // a word, though "føre" is too
  CHECK(RepairOcrWord("1.2O0", known) == "1.2O0");            // not letters: never a figure
  CHECK(RepairOcrWord("ikk", known) == "ikk");                // under 4 bytes
  CHECK(RepairOcrWord("kqrt", known) == "kqrt");              // no swap makes a word
  CHECK(RepairOcrWord("Jale", Knows({"Tale", "Jale"})) == "Jale");    // known as read
  CHECK(RepairOcrWord("korå", Knows({"kort", "kora", "koro"})) == "kora");
  CHECK(RepairOcrWord("kaot", Knows({"kåot", "kaøt"})) == "kaot");    // two readings: no guess
}

}  // namespace afstem
