// What page 1 says the document is: its printed title, kind, date and
// committee (records.h: DocumentHeader).
//
// The title is found by typography, not by words: the most prominent
// emphasized line of the first page with text (largest size, bold breaking
// ties, topmost among equals), joined with the lines directly above and
// below it in the same style (a title set on several lines), and with a
// number line under it in a larger size (a cover's "Årsrapport" / "2018").
// Kept out of the title: a line that is only a document-type word ("Notat",
// "REFERAT" above the real title: it gives the kind), a line that is only a
// date (it gives the date), letterhead fields ("Sagsnr.: …") and blocks of
// more than kMaxTitleBlockLines lines (a bold paragraph is no title), a
// generic section heading ("Forord", "Indledning": page 1 starts with the
// body), a line with a figure on its baseline (a table row) and anything
// below the first paragraph of body text (a section heading). A printed
// e-mail (three or more mail fields: Fra/Til/Sendt/Emne …) is titled by
// its subject. When page 1 prints no title, the PDF /Title is used unless
// it is junk (StructureRules::IsJunkTitle). The date is the title's, a
// mail's sending date, a "Dato:" field's, a line's that is only a date, else
// the first full date in the masthead (above the running text, upper half);
// the committee is the one the title names, else the masthead.
//
// Pure: reads the laid-out, normalized pages; writes nothing.
#ifndef AFSTEM_PARSERS_STRUCTURE_DOCUMENT_HEADER_H_
#define AFSTEM_PARSERS_STRUCTURE_DOCUMENT_HEADER_H_

#include <functional>
#include <string>
#include <vector>

#include "parsers/structure/structure_rules.h"
#include "schema/model/records.h"

namespace afstem {

// Joins a title's lines into text as a paragraph is joined (line-end
// hyphens decided like the body's): TextNormalizer::JoinedText.
using LineJoiner =
    std::function<std::string(const std::vector<TextLine>& lines)>;

DocumentHeader ReadDocumentHeader(const ExtractedDocument& document,
                                  const StructureRules& rules,
                                  const LineJoiner& joiner);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_STRUCTURE_DOCUMENT_HEADER_H_
