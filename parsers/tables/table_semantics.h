// Table semantics: what the money in detected tables means. Reads tables
// whose cell texts are normalized and fills the document's initiatives
// (one per row that is neither a total nor a "heraf" part), allocations (one per non-empty year cell, in
// whole kroner), stated totals (a total row's cells: per year
// `table_column`; an "I alt" column: per row `table_row`), the funding
// source and link, and each table's unit: stated in its header or caption,
// or inferred (see InferUnit) and recorded as inferred. Each year column's
// basis is what its header prints ("Regnskab 2023": actual), and a bare
// year's is the document's: actual in annual accounts (documents.kind
// regnskab, parsers/structure) or where a table prints a bare year beside a
// "Budget" column of the same year, else budget. A number cell that
// does not parse keeps its text and gets a `problem`; it is never dropped.
#ifndef AFSTEM_PARSERS_TABLES_TABLE_SEMANTICS_H_
#define AFSTEM_PARSERS_TABLES_TABLE_SEMANTICS_H_

#include <optional>

#include "parsers/money/amount_interval.h"
#include "parsers/tables/table_rules.h"
#include "schema/model/records.h"

namespace afstem {

// The unit of a table that states none, from its values: whole numbers
// (with or without "." thousands) are 1.000 kr. — Danish municipal budget
// tables without a unit are kept in thousands (source 000: its "Nye
// indsatser 3.000" is the memo's "3 mio. kr. årligt"); numbers with decimal
// commas below 1.000 are mio. kr. The note says which reading was made.
TableUnit InferUnit(const Table& table, std::string& note);

// The amount a number cell holds, in kroner with the precision its printed
// digits give ("1.200" in 1.000 kr.: 1 200 000 ± 500); none for an empty or
// unreadable cell. Table cells are never round figures: a table prints
// every value to the same places.
std::optional<PrintedAmount> CellAmount(const TableCell& cell, std::int64_t unit_dkk);

// Fills unit, values, problems, and appends the document's initiatives,
// allocations and stated totals from document.tables (cell texts
// normalized).
void InterpretTables(ExtractedDocument& document, const TableRules& rules);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TABLES_TABLE_SEMANTICS_H_
