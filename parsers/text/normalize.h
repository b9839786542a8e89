// The normalization stage: turns a laid-out page's tokens into Danish text
// that reads like the document. Tokens are normalized with ICU (NFC,
// ligatures, spaces, soft hyphens, quotes; parsers/text/icu_text.h), lines of a
// block are joined by the Danish de-hyphenation rules (parsers/text/line_join.h)
// with the hunspell Danish dictionary deciding the hard cases, and the page
// text is the body blocks (headings, paragraphs, list items, table cells)
// separated by blank lines; headers, footers and footnotes stay out of it.
// A paragraph that a column break cut in two (the next block starts in
// lower case, in the same type size and the same drawn frame: a column
// never continues into a sidebar box) is joined again, de-hyphenated like
// a line end.
// A TextNormalizer is not thread-safe (hunspell); use one per thread.
#ifndef AFSTEM_PARSERS_TEXT_NORMALIZE_H_
#define AFSTEM_PARSERS_TEXT_NORMALIZE_H_

#include <memory>
#include <string>
#include <vector>

#include "parsers/text/danish_dictionary.h"
#include "parsers/text/danish_hyphenator.h"
#include "parsers/text/line_join.h"
#include "schema/model/records.h"
#include "schema/model/status.h"

namespace afstem {

class TextNormalizer : public LineJoinOracle {
 public:
  // Loads the Danish hyphenation patterns and checks that the hunspell
  // dictionary is installed; fails naming what is missing. The dictionary
  // itself (0.1 s to load) is loaded on first use: most line ends are
  // decided without it.
  static Result<std::unique_ptr<TextNormalizer>> Create();

  // Fills TextBlock::text (and paragraph, continues_paragraph),
  // Footnote::text and Page::text from the layout.
  // On an OCR page the blocks' tokens are first repaired from the
  // dictionary (ocr_repair.h): a token then holds the repaired reading,
  // while the page's words (and ocr_words) keep what OCR read.
  void NormalizePage(Page& page) const;

  // Fills the table's header and cell texts (cells joined like paragraphs).
  void NormalizeTable(Table& table) const;

  // The text of consecutive lines joined as one paragraph.
  std::string JoinedText(const std::vector<TextLine>& lines) const;

  // LineJoinOracle:
  bool StartsWithLowercase(std::string_view word) const override;
  bool StartsWithLetter(std::string_view word) const override;
  bool EndsWithLetter(std::string_view word) const override;
  bool IsUppercaseWord(std::string_view word) const override;
  bool IsHyphenationPoint(std::string_view stem,
                          std::string_view rest) const override;
  // Loads the dictionary on first use; a dictionary that fails to load
  // (checked readable at Create) knows no words.
  bool IsKnownWord(std::string_view word) const override;

  // Whether a line end needed the dictionary, so it was loaded.
  bool dictionary_loaded() const { return dictionary_ != nullptr; }

 private:
  bool ContinuesParagraph(const Page& page, const TextBlock& previous, const TextBlock& next) const;
  void RepairOcrTokens(Page& page) const;

  explicit TextNormalizer(std::unique_ptr<DanishHyphenator> hyphenator)
      : hyphenator_(std::move(hyphenator)) {}
  std::unique_ptr<DanishHyphenator> hyphenator_;
  mutable std::unique_ptr<DanishDictionary> dictionary_;
  mutable bool dictionary_tried_ = false;
};

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TEXT_NORMALIZE_H_
