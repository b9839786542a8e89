// Which rows a table's totals sum, read from the figures rather than
// assumed. Walking down the table, every item row and every total is an
// open entry; a total sums the last few open entries (its items, or the
// subtotals of its level, never their items again), with the signs the
// document prints them in: an expense printed positive and subtracted
// ("Renteudgifter" in a bank's income statement) gets -1, and the same
// signs must hold in every column. A total closes its entries and is open
// itself for the level above.
//
// A row whose label says total ("I alt", "Samlet") takes the reading that
// agrees in most columns, the plain sum of all open entries first. A row
// without such a label is a total only when a reading agrees exactly in
// two or more columns whose figures are not mere multiples of each other
// (one coincidence in two independent columns is not a structure).
// Where no reading agrees anywhere and the level structure is not plain,
// the total is left unchecked, with the reason. Pure.
#ifndef AFSTEM_PARSERS_TABLES_TABLE_LEVELS_H_
#define AFSTEM_PARSERS_TABLES_TABLE_LEVELS_H_

#include <string>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

struct TotalReading {
  int row = -1;             // the total row
  std::vector<int> parts;   // the rows it sums, top to bottom
  std::vector<int> signs;   // +1 or -1 per part
  bool inferred = false;    // no total label: found from the figures
  bool checked = true;      // false: no reading could be trusted; see why
  std::string why;          // for people, when not checked or signed
};

// The number columns of a table: year and row-total columns.
bool IsNumberColumn(const TableColumn& column);

// The readings of every total of `table` (rows with is_total, and rows
// found to be totals), in row order. Rows marked not_money and "heraf"
// rows take no part in sums.
std::vector<TotalReading> ReadTotals(const Table& table);

}  // namespace afstem

#endif  // AFSTEM_PARSERS_TABLES_TABLE_LEVELS_H_
