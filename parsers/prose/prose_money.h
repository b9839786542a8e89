// Money written in sentences: reads the normalized body blocks of a laid-out
// document in reading order and adds, as data,
//   - allocations from sentences that allocate ("Der afsættes 2,8 mio. kr. i
//     servicemidler i 2024 og 3,3 mio. kr. årligt i servicemidler
//     2025-2026"), each amount paired with its own years and category, and
//     attached to the nearest enclosing initiative: the bullet it stands in,
//     else its section (parsers/structure/sections.h: "Tema 1: …",
//     "Punkt 5: …", "Perspektiv"; generic parts such as "Økonomi" belong
//     to their item);
//   - bullets with an amount ("Brobyggerugen (500.000 kr.)") as initiatives,
//     with a committee tag ("(KFU)") kept, in the year the context names
//     ("udmøntning af frie midler i 2025"; recorded as inferred);
//   - group totals ("… til en samlet værdi af 750.000 kr.") with the bullets
//     of their numbered section (after the total, or before it when the
//     total follows the list) as parts, and document totals (the opening's
//     "afsat 3 mio. kr. årligt i frie midler 2024-2026", one per year);
//   - every amount found, with what it became (prose_money).
// Pure: records in, records out.
#ifndef AFSTEM_PARSERS_PROSE_PROSE_MONEY_H_
#define AFSTEM_PARSERS_PROSE_PROSE_MONEY_H_

#include "parsers/prose/prose_rules.h"
#include "schema/model/records.h"

namespace afstem {

// Appends to document.initiatives, allocations, stated_totals and
// prose_money. Pages must be laid out and normalized.
void ReadProseMoney(ExtractedDocument& document, const ProseRules& rules);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_PROSE_PROSE_MONEY_H_
