// ICU wrapper for the normalize stage (see icu_text.h): the character
// mapping table, NFC, whitespace collapsing, first-letter classes, ASCII
// title keys and the Danish collator.

#include "parsers/text/icu_text.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <iterator>

namespace afstem {
namespace {

// One compatibility character and what NormalizeText writes instead; an
// empty replacement removes the character.
struct CharMapping {
  char32_t from;
  std::string_view to;
};

// Everything NormalizeText replaces besides NFC and whitespace collapsing.
// Full NFKC would also rewrite "½", "²", "™", "№" and fullwidth letters,
// which we want to keep as written; these are the characters that do occur
// in extracted PDF text and would otherwise break matching.
constexpr CharMapping kCharMappings[] = {
    // Ligatures (as NFKC): "ﬁnansiering" -> "finansiering".
    {0xFB00, "ff"},   // LATIN SMALL LIGATURE FF
    {0xFB01, "fi"},   // LATIN SMALL LIGATURE FI
    {0xFB02, "fl"},   // LATIN SMALL LIGATURE FL
    {0xFB03, "ffi"},  // LATIN SMALL LIGATURE FFI
    {0xFB04, "ffl"},  // LATIN SMALL LIGATURE FFL
    {0xFB05, "st"},   // LATIN SMALL LIGATURE LONG S T
    {0xFB06, "st"},   // LATIN SMALL LIGATURE ST
    // Space separators (Unicode Zs) -> space: "3\u00A0mio." -> "3 mio.".
    {0x00A0, " "},  // NO-BREAK SPACE
    {0x1680, " "},  // OGHAM SPACE MARK
    {0x2000, " "},  // EN QUAD
    {0x2001, " "},  // EM QUAD
    {0x2002, " "},  // EN SPACE
    {0x2003, " "},  // EM SPACE
    {0x2004, " "},  // THREE-PER-EM SPACE
    {0x2005, " "},  // FOUR-PER-EM SPACE
    {0x2006, " "},  // SIX-PER-EM SPACE
    {0x2007, " "},  // FIGURE SPACE ("1\u2007000")
    {0x2008, " "},  // PUNCTUATION SPACE
    {0x2009, " "},  // THIN SPACE
    {0x200A, " "},  // HAIR SPACE
    {0x202F, " "},  // NARROW NO-BREAK SPACE
    {0x205F, " "},  // MEDIUM MATHEMATICAL SPACE
    {0x3000, " "},  // IDEOGRAPHIC SPACE
    // Invisible characters, removed: "hadfor\u00ADbrydelser" ->
    // "hadforbrydelser" (NFKC would keep all of them).
    {0x00AD, ""},  // SOFT HYPHEN
    {0x200B, ""},  // ZERO WIDTH SPACE
    {0x200C, ""},  // ZERO WIDTH NON-JOINER
    {0x200D, ""},  // ZERO WIDTH JOINER
    {0x2060, ""},  // WORD JOINER
    {0xFEFF, ""},  // ZERO WIDTH NO-BREAK SPACE (byte order mark)
    // Single quotes -> ': "’Åben Skole’" -> "'Åben Skole'".
    {0x2018, "'"},  // LEFT SINGLE QUOTATION MARK
    {0x2019, "'"},  // RIGHT SINGLE QUOTATION MARK (also the apostrophe)
    {0x201A, "'"},  // SINGLE LOW-9 QUOTATION MARK
    {0x201B, "'"},  // SINGLE HIGH-REVERSED-9 QUOTATION MARK
    // Double quotes -> ": "”Åben Skole”" -> "\"Åben Skole\"".
    {0x201C, "\""},  // LEFT DOUBLE QUOTATION MARK
    {0x201D, "\""},  // RIGHT DOUBLE QUOTATION MARK (Danish opens with it too)
    {0x201E, "\""},  // DOUBLE LOW-9 QUOTATION MARK
    {0x201F, "\""},  // DOUBLE HIGH-REVERSED-9 QUOTATION MARK
    {0x00AB, "\""},  // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK «
    {0x00BB, "\""},  // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK »
    // Hyphens -> "-"; the figure dash is a range dash like the en dash.
    // Kept unchanged: U+2013 EN DASH ("2024–2026"), U+2014 EM DASH, U+2212
    // MINUS SIGN ("−200") and U+00F7 DIVISION SIGN ("÷ 150", a minus).
    {0x2010, "-"},       // HYPHEN
    {0x2011, "-"},       // NON-BREAKING HYPHEN
    {0x2012, "\u2013"},  // FIGURE DASH -> EN DASH
};

// kCharMappings sorted by code point at compile time, for binary search.
constexpr auto kSortedMappings = [] {
  std::array<CharMapping, std::size(kCharMappings)> sorted{};
  std::copy(std::begin(kCharMappings), std::end(kCharMappings),
            sorted.begin());
  std::sort(sorted.begin(), sorted.end(),
            [](const CharMapping& a, const CharMapping& b) {
              return a.from < b.from;
            });
  return sorted;
}();

constexpr bool NoDuplicateMappings() {
  for (std::size_t i = 1; i < kSortedMappings.size(); ++i) {
    if (kSortedMappings[i - 1].from == kSortedMappings[i].from) return false;
  }
  return true;
}
static_assert(NoDuplicateMappings(), "a character is mapped twice");

const CharMapping* FindMapping(char32_t c) {
  if (c < kSortedMappings.front().from || c > kSortedMappings.back().from) {
    return nullptr;
  }
  auto it = std::lower_bound(
      kSortedMappings.begin(), kSortedMappings.end(), c,
      [](const CharMapping& m, char32_t value) { return m.from < value; });
  return (it != kSortedMappings.end() && it->from == c) ? &*it : nullptr;
}

const icu::Normalizer2& Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance =
        icu::Normalizer2::getNFCInstance(status);
    // NFC data is compiled into libicuuc; failing here is a broken install.
    assert(U_SUCCESS(status) && instance != nullptr);
    return instance;
  }();
  return *nfc;
}

// True if `c` alone is already in NFC and cannot combine with or reorder
// against its neighbours, so a string of such characters is in NFC.
bool IsNfcStable(UChar32 c) {
  return u_getCombiningClass(c) == 0 &&
         u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

bool IsAsciiWhiteSpace(unsigned char b) {
  return b == ' ' || (b >= '\t' && b <= '\r');
}

// Decodes the code point at `i`, advancing `i`; invalid UTF-8 -> U+FFFD.
UChar32 NextCodePoint(std::string_view utf8, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::size_t length = utf8.size();
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return c < 0 ? 0xFFFD : c;
}

void AppendCodePoint(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  std::size_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, length);
}

// Builds NormalizeText's output: drops leading white space and turns each
// later run into one space, written only once more text follows.
class CollapsingWriter {
 public:
  explicit CollapsingWriter(std::size_t capacity) { out_.reserve(capacity); }
  void Space() { space_pending_ = !out_.empty(); }
  void Append(std::string_view text) {
    Flush();
    out_.append(text);
  }
  void Append(char c) {
    Flush();
    out_.push_back(c);
  }
  void Append(UChar32 c) {
    Flush();
    AppendCodePoint(out_, c);
  }
  std::string Take() { return std::move(out_); }

 private:
  void Flush() {
    if (space_pending_) out_.push_back(' ');
    space_pending_ = false;
  }
  std::string out_;
  bool space_pending_ = false;
};

std::string ToNfc(const std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  Nfc().normalizeUTF8(0, icu::StringPiece(utf8.data(),
                                          static_cast<int32_t>(utf8.size())),
                      sink, nullptr, status);
  // Only fails on allocation failure or over-long input: keep the text.
  return U_SUCCESS(status) ? out : utf8;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  CollapsingWriter writer(utf8.size());
  bool needs_nfc = false;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // ASCII: no mapping applies and NFC changes nothing
      if (IsAsciiWhiteSpace(b)) {
        writer.Space();
      } else {
        writer.Append(static_cast<char>(b));
      }
      ++i;
      continue;
    }
    const UChar32 c = NextCodePoint(utf8, i);
    if (const CharMapping* mapping = FindMapping(static_cast<char32_t>(c))) {
      if (mapping->to == " ") {
        writer.Space();
      } else if (!mapping->to.empty()) {
        writer.Append(mapping->to);
      }
    } else if (u_isUWhiteSpace(c)) {  // U+0085, U+2028, U+2029
      writer.Space();
    } else {
      writer.Append(c);
      if (!needs_nfc && !IsNfcStable(c)) needs_nfc = true;
    }
  }
  std::string out = writer.Take();
  // No table entry and no white space is produced or consumed by NFC, so
  // normalizing after mapping and collapsing gives the same result as before.
  return needs_nfc ? ToNfc(out) : out;
}

namespace {
// The first code point of `utf8`, or -1 if there is none or it is invalid.
UChar32 FirstCodePoint(std::string_view utf8) {
  if (utf8.empty()) return -1;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::size_t length = utf8.size();
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return c;
}
}  // namespace

bool StartsWithLowercase(std::string_view utf8) {
  const UChar32 c = FirstCodePoint(utf8);
  return c >= 0 && u_islower(c);
}

bool StartsWithUppercase(std::string_view utf8) {
  const UChar32 c = FirstCodePoint(utf8);
  return c >= 0 && u_isupper(c);
}

// ---------------------------------------------------------------- AsciiKey

namespace {

// Letters spelled out the Danish way before ICU's Latin-ASCII, which would
// drop the distinction ("ø" -> "o", "å" -> "a", "æ" -> "ae").
constexpr CharMapping kSpelledLetters[] = {
    {U'æ', "ae"}, {U'Æ', "ae"}, {U'ø', "oe"}, {U'Ø', "oe"},
    {U'å', "aa"}, {U'Å', "aa"}, {U'ä', "ae"}, {U'Ä', "ae"},
    {U'ö', "oe"}, {U'Ö', "oe"}, {U'ü', "ue"}, {U'Ü', "ue"},
};

constexpr char kToAsciiId[] = "Any-Latin; Latin-ASCII; Lower";

// Spells out kSpelledLetters; returns whether non-ASCII text remains.
bool SpellOutLetters(std::string_view text, std::string& out) {
  bool non_ascii = false;
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out.push_back(text[i++]);
      continue;
    }
    const std::size_t start = i;
    const UChar32 c = NextCodePoint(text, i);
    auto spelled = std::find_if(
        std::begin(kSpelledLetters), std::end(kSpelledLetters),
        [c](const CharMapping& m) { return m.from == static_cast<char32_t>(c); });
    if (spelled != std::end(kSpelledLetters)) {
      out.append(spelled->to);
    } else {
      out.append(text.substr(start, i - start));
      non_ascii = true;
    }
  }
  return non_ascii;
}

// Keeps [a-z0-9] (lowercasing A-Z); every other run becomes one "-", none
// at either end.
std::string Slug(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool dash_pending = false;
  for (char raw : text) {
    char c = raw;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash_pending && !out.empty()) out.push_back('-');
      dash_pending = false;
      out.push_back(c);
    } else {
      dash_pending = true;
    }
  }
  return out;
}

}  // namespace

struct AsciiKeyMaker::Icu {
  std::unique_ptr<icu::Transliterator> to_ascii;
};

AsciiKeyMaker::AsciiKeyMaker(std::unique_ptr<Icu> icu) : icu_(std::move(icu)) {}

AsciiKeyMaker::~AsciiKeyMaker() = default;

Result<std::unique_ptr<AsciiKeyMaker>> AsciiKeyMaker::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance(
          icu::UnicodeString::fromUTF8(kToAsciiId), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !to_ascii) {
    return Status::Internal(std::string("ICU cannot create transliterator \"") +
                         kToAsciiId + "\": " + u_errorName(status));
  }
  return std::unique_ptr<AsciiKeyMaker>(
      new AsciiKeyMaker(std::make_unique<Icu>(Icu{std::move(to_ascii)})));
}

std::string AsciiKeyMaker::Key(std::string_view title) {
  const std::string text = NormalizeText(title);
  std::string spelled;
  spelled.reserve(text.size() + 8);
  if (!SpellOutLetters(text, spelled)) return Slug(spelled);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(spelled.data(), static_cast<int32_t>(spelled.size())));
  icu_->to_ascii->transliterate(unicode);
  std::string ascii;
  unicode.toUTF8String(ascii);
  return Slug(ascii);
}

// ---------------------------------------------------------- DanishCollator

struct DanishCollator::Icu {
  std::unique_ptr<icu::Collator> collator;
};

DanishCollator::DanishCollator(std::unique_ptr<Icu> icu)
    : icu_(std::move(icu)) {}

DanishCollator::~DanishCollator() = default;

Result<std::unique_ptr<DanishCollator>> DanishCollator::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(
      icu::Collator::createInstance(icu::Locale("da"), status));
  if (U_FAILURE(status) || !collator) {
    return Status::Internal(std::string("ICU cannot create a Danish collator: ") +
                         u_errorName(status));
  }
  if (status == U_USING_DEFAULT_WARNING) {
    return Status::Internal(
        "ICU has no Danish collation data (it would sort æ, ø, å as a, o)");
  }
  collator->setStrength(icu::Collator::TERTIARY);
  return std::unique_ptr<DanishCollator>(
      new DanishCollator(std::make_unique<Icu>(Icu{std::move(collator)})));
}

int DanishCollator::Compare(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult result = icu_->collator->compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  // compareUTF8 fails only on invalid arguments, which StringPiece excludes.
  assert(U_SUCCESS(status));
  return static_cast<int>(result);
}

}  // namespace afstem
