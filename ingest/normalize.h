// The normalization stage: turns a laid-out page's tokens into Danish text
// that reads like the document. Tokens are normalized with ICU (NFC,
// ligatures, spaces, soft hyphens, quotes; ingest/icu_text.h), lines of a
// block are joined by the Danish de-hyphenation rules (parsers/line_join.h)
// with the hunspell Danish dictionary deciding the hard cases, and the page
// text is the body blocks (headings, paragraphs, list items, table cells)
// separated by blank lines; headers, footers and footnotes stay out of it.
// A TextNormalizer is not thread-safe (hunspell); use one per thread.
#ifndef AFSTEM_INGEST_NORMALIZE_H_
#define AFSTEM_INGEST_NORMALIZE_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/danish_dictionary.h"
#include "parsers/line_join.h"
#include "schema/records.h"
#include "schema/status.h"

namespace afstem {

class TextNormalizer : public LineJoinOracle {
 public:
  // Opens the Danish dictionary; fails if it is not installed.
  static Result<std::unique_ptr<TextNormalizer>> Create();

  // Fills TextBlock::text, Footnote::text and Page::text from the layout.
  void NormalizePage(Page& page) const;

  // The text of consecutive lines joined as one paragraph.
  std::string JoinedText(const std::vector<TextLine>& lines) const;

  // LineJoinOracle:
  bool StartsWithLowercase(std::string_view word) const override;
  bool StartsWithLetter(std::string_view word) const override;
  bool EndsWithLetter(std::string_view word) const override;
  bool IsUppercaseWord(std::string_view word) const override;
  bool IsKnownWord(std::string_view word) const override;

 private:
  explicit TextNormalizer(std::unique_ptr<DanishDictionary> dictionary)
      : dictionary_(std::move(dictionary)) {}
  std::unique_ptr<DanishDictionary> dictionary_;
};

}  // namespace afstem

#endif  // AFSTEM_INGEST_NORMALIZE_H_
