// Table detection: budget tables rebuilt from word boxes alone (no ruling
// lines needed). A header line names the columns (year cells "2023" …
// "2030", "Indsats", "Finansiering", "I alt"); each word below is assigned
// to the column whose header it overlaps (numbers are right-aligned under
// their year, text left-aligned under its label); a row starts at an
// ordinal ("12.") or a total label ("Samlet"), or, in tables without
// ordinals, at a line with amounts; every other line continues the row, so
// multi-line cells stay one cell whether the amounts sit on the first or
// last line. A table that runs off the bottom of a page continues on the
// next, with or without a repeated header, and a row cut by the page break
// stays one row. Pure: reads pages (words and layout), returns tables whose
// cells carry their lines; text normalization and meaning come later.
#ifndef AFSTEM_PARSERS_TABLES_TABLE_DETECTOR_H_
#define AFSTEM_PARSERS_TABLES_TABLE_DETECTOR_H_

#include <vector>

#include "parsers/tables/table_rules.h"
#include "schema/model/records.h"

namespace afstem {

// Tables of the document in reading order. Pages must be laid out
// (parsers/layout/layout.h): words in headers, footers and footnotes, and
// footnote markers, are not table text.
std::vector<Table> DetectTables(const std::vector<Page>& pages, const TableRules& rules);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TABLES_TABLE_DETECTOR_H_
