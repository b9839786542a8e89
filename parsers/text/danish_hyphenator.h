// Danish hyphenation points, over libhyphen and the hyphen-da patterns (the
// ones LibreOffice uses): the only file that includes hyphen.h. It answers
// one question for the normalize stage: may "stem|rest" be broken there by
// hyphenation? A line-end "hadforbry-" + "delser" breaks at a valid point
// of "hadforbrydelser", so the hyphen is hyphenation; "e-" + "læring" does
// not ("e|læring" leaves one letter), so the dictionary decides.
// Loading takes a few milliseconds; a lookup about a microsecond. Not safe
// to share between threads (libhyphen keeps no state, but say so to be safe
// with future versions); give each worker its own.
#ifndef AFSTEM_PARSERS_TEXT_DANISH_HYPHENATOR_H_
#define AFSTEM_PARSERS_TEXT_DANISH_HYPHENATOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "schema/model/status.h"

struct _HyphenDict;

namespace afstem {

class DanishHyphenator {
 public:
  static constexpr char kDefaultPatterns[] = "/usr/share/hyphen/hyph_da_DK.dic";

  // Loads the patterns (ISO-8859-1, as hyphen-da installs them). Fails with
  // a one-line reason naming the file.
  static Result<std::unique_ptr<DanishHyphenator>> Open(
      const std::string& patterns = kDefaultPatterns);
  ~DanishHyphenator();
  DanishHyphenator(const DanishHyphenator&) = delete;
  DanishHyphenator& operator=(const DanishHyphenator&) = delete;

  // True when the word `stem` + `rest` (UTF-8, letters only; any case) has a
  // hyphenation point between the two. False for words with characters
  // outside Latin-1 letters, which the patterns do not cover.
  bool IsHyphenationPoint(std::string_view stem, std::string_view rest) const;

 private:
  explicit DanishHyphenator(_HyphenDict* dict) : dict_(dict) {}
  _HyphenDict* dict_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_DANISH_HYPHENATOR_H_
