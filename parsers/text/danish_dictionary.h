// The Danish word list, over Hunspell: the only file that includes hunspell.
// Answers one question for the normalize stage: is this a Danish word?
//
// Used to mend words split at a line end by an ordinary hyphen U+002D:
//   "igangs-" + "atte": "igangsatte" is a word -> hyphenation, join them;
//   "e-" + "læring":   "elæring" is not a word, "e-læring" is -> a real
//                      compound hyphen, keep it.
// Hunspell's default BREAK rule accepts "x-y" whenever "x" and "y" are both
// words ("kat-læring"), so ask about the joined form first.
#ifndef AFSTEM_PARSERS_TEXT_DANISH_DICTIONARY_H_
#define AFSTEM_PARSERS_TEXT_DANISH_DICTIONARY_H_

#include <memory>
#include <string>
#include <string_view>

#include "schema/model/status.h"

class Hunspell;

namespace afstem {

// Open once and reuse: loading the 158 000-line word list takes about 0.1 s,
// and Knows about 50 µs a word, so ask only about line-end hyphens.
// Not safe to share between threads: Hunspell keeps scratch state in the
// object. Give each worker its own.
class DanishDictionary {
 public:
  static constexpr char kDefaultAff[] = "/usr/share/hunspell/da_DK.aff";
  static constexpr char kDefaultDic[] = "/usr/share/hunspell/da_DK.dic";

  // Loads the affix and word files (the hunspell-da package installs the
  // defaults). Fails with a one-line reason naming the file if either cannot
  // be read, or if the dictionary is not in UTF-8.
  static Result<std::unique_ptr<DanishDictionary>> Open(
      const std::string& aff = kDefaultAff,
      const std::string& dic = kDefaultDic);
  ~DanishDictionary();
  DanishDictionary(const DanishDictionary&) = delete;
  DanishDictionary& operator=(const DanishDictionary&) = delete;

  // Whether Hunspell accepts `word` (UTF-8, NFC): listed words with their
  // inflections, capitalized forms of lowercase words, and compounds the
  // Danish affix rules allow ("hadforbrydelser"). False for "".
  bool Knows(std::string_view word) const;

 private:
  explicit DanishDictionary(std::unique_ptr<Hunspell> hunspell);
  std::unique_ptr<Hunspell> hunspell_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_DANISH_DICTIONARY_H_
