// Sections from typography and numbering (records.h: Section).
//
// Every heading block (layout: emphasized and short, not a table cell) opens
// a section, except what page 1 prints above and as its title. A heading is
// a sub-section of the nearest open heading that outranks it:
//   - numbered in the same scheme, a shorter number outranks a longer one
//     ("1." holds "1.2"; "1." and "2." are siblings);
//   - otherwise a larger font outranks a smaller, then bold outranks regular;
//   - in the same style, a numbered item outranks a generic heading after
//     it (StructureRules::IsGenericHeading: Sagsfremstilling, Økonomi, …),
//     so an agenda item's parts are its sub-sections; after an unnumbered
//     heading of its style a generic heading is a sibling (a note's
//     "Økonomi" is the whole note's).
// Headings larger than the largest numbered series (≥ 2 headings numbered
// 1, 2, …: agenda items, chapters) rank as that series does: a cover line,
// a table of contents or a part title never swallows the items.
//
// Pure: reads the laid-out, normalized pages and the header; writes only
// ExtractedDocument::sections and TextBlock::section.
#ifndef AFSTEM_PARSERS_STRUCTURE_SECTIONS_H_
#define AFSTEM_PARSERS_STRUCTURE_SECTIONS_H_

#include "parsers/structure/structure_rules.h"
#include "schema/model/records.h"

namespace afstem {

// Fills document.sections and every block's section (headers and footers:
// -1). Needs document.header (the title is not a section).
void BuildSections(ExtractedDocument& document, const StructureRules& rules);

// The innermost section at a place on a page: the section of the last block
// (in reading order) on `page` that starts at or above `box` (in the text's
// upright frame), else of the last block of an earlier page; -1 before the
// first heading.
int SectionAt(const ExtractedDocument& document, int page, const Box& box);

// Whether section `inner` is `outer` or lies inside it.
bool WithinSection(const ExtractedDocument& document, int inner, int outer);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_STRUCTURE_SECTIONS_H_
