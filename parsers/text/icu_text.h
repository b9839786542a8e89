// Unicode text handling for the normalize stage, over ICU: the only file
// that includes unicode/*. Normalizes extracted words (NFC plus a small table
// of compatibility mappings), classifies first letters, makes ASCII matching
// keys for titles and compares strings in Danish alphabetical order.
#ifndef AFSTEM_PARSERS_TEXT_ICU_TEXT_H_
#define AFSTEM_PARSERS_TEXT_ICU_TEXT_H_

#include <memory>
#include <string>
#include <string_view>

#include "schema/model/status.h"

namespace afstem {

// Returns `utf8` in the form every later stage sees:
//   - NFC ("a\u030A" -> "å");
//   - the compatibility characters listed in icu_text.cc's mapping table
//     replaced: ligatures ("ﬁ" -> "fi"), space-like characters (NBSP, thin
//     space, ...) -> " ", curly and angle quotes -> ASCII ' and ", the
//     hyphens U+2010/U+2011 -> "-", figure dash U+2012 -> en dash U+2013;
//   - soft hyphens and zero-width characters removed;
//   - every run of Unicode White_Space (tabs, newlines, ...) -> one " ", and
//     none at either end.
// Deliberately kept: en dash U+2013, em dash U+2014, minus sign U+2212 and
// "÷" (a minus stays a minus; "÷ 150" is a negative amount in Danish tables).
// Invalid UTF-8 bytes become U+FFFD. Pure and safe to call from any thread.
// Fast enough for every word (about 30 ns for a typical word; ASCII needs no
// ICU call, and ICU's NFC runs only when a character could change).
std::string NormalizeText(std::string_view utf8);

// Whether the first code point of `utf8` is a lowercase letter ("delser",
// "øvrige") or an uppercase letter ("Delser", "Ærø"). False for "", for
// "(x", "2026" and invalid UTF-8. Thread-safe.
bool StartsWithLowercase(std::string_view utf8);
bool StartsWithUppercase(std::string_view utf8);

// Makes keys for matching titles written slightly differently:
//   "Støtte til Jødisk Informationscenter"
//       -> "stoette-til-joedisk-informationscenter"
//   "Etablering af værested for LGBT+-flygtninge"
//       -> "etablering-af-vaerested-for-lgbt-flygtninge"
//   "Ærø Å" -> "aeroe-aa",  "  " -> ""
// Steps: NormalizeText; Danish (and German) letters spelled out (æ -> ae,
// ø -> oe, å -> aa, ä -> ae, ö -> oe, ü -> ue, any case); ICU's
// "Any-Latin; Latin-ASCII; Lower" for the rest ("é" -> "e"); every run of
// characters outside [a-z0-9] -> "-"; "-" trimmed from both ends.
//
// Owns an ICU transliterator, which is costly to create: make one per
// thread and reuse it. Not safe to share between threads.
class AsciiKeyMaker {
 public:
  // Fails with a one-line reason if ICU lacks the transliteration data.
  static Result<std::unique_ptr<AsciiKeyMaker>> Create();
  ~AsciiKeyMaker();
  AsciiKeyMaker(const AsciiKeyMaker&) = delete;
  AsciiKeyMaker& operator=(const AsciiKeyMaker&) = delete;

  std::string Key(std::string_view title);

 private:
  struct Icu;  // the ICU transliterator, kept out of this header
  explicit AsciiKeyMaker(std::unique_ptr<Icu> icu);
  std::unique_ptr<Icu> icu_;
};

// Danish alphabetical order (ICU collation for locale "da", tertiary
// strength): æ, ø, å come after z; "aa" is the letter å (so "Aalborg" is
// Å-l-b-o-r-g and follows "Åben"; "å" sorts just before "aa"), and uppercase
// sorts before lowercase when the letters are otherwise equal:
//   Amager < Bornholm < Zealand < Ærø < Øster < Åben < Aalborg
//
// Safe to share between threads once created: Compare only calls const ICU
// APIs, which ICU documents as safe for concurrent use ("Thread-safe const
// APIs", ICU User Guide, ICU Architectural Design).
class DanishCollator {
 public:
  // Fails with a one-line reason if ICU has no Danish collation data.
  static Result<std::unique_ptr<DanishCollator>> Create();
  ~DanishCollator();
  DanishCollator(const DanishCollator&) = delete;
  DanishCollator& operator=(const DanishCollator&) = delete;

  // <0, 0 or >0 as `a` sorts before, equal to or after `b`. Invalid UTF-8
  // compares as U+FFFD.
  int Compare(std::string_view a, std::string_view b) const;

 private:
  struct Icu;  // the ICU collator, kept out of this header
  explicit DanishCollator(std::unique_ptr<Icu> icu);
  std::unique_ptr<Icu> icu_;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_ICU_TEXT_H_
