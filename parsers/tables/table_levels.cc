// Total levels (table_levels.h).

#include "parsers/tables/table_levels.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>

#include "parsers/money/table_number.h"

namespace afstem {
namespace {

// Figures are compared in thousandths of the printed unit, as integers.
constexpr double kScale = 1000.0;
// Signed readings are searched over at most this many parts (2^n sign
// patterns); plain sums over any number.
constexpr std::size_t kMaxSignedParts = 10;

struct Figure {
  std::optional<std::int64_t> value;  // scaled
  std::int64_t half_step = 0;         // half the last printed digit, scaled
};

struct Grid {
  std::vector<int> columns;                 // the number columns
  std::vector<std::vector<Figure>> figures;  // [row][k] for columns[k]
};

Grid ReadGrid(const Table& table) {
  Grid grid;
  for (std::size_t c = 1; c < table.columns.size(); ++c) {
    if (IsNumberColumn(table.columns[c])) grid.columns.push_back(static_cast<int>(c));
  }
  for (const TableRow& row : table.rows) {
    std::vector<Figure> figures;
    for (int c : grid.columns) {
      const TableCell& cell = row.cells[static_cast<std::size_t>(c)];
      Figure figure;
      if (cell.value) {
        figure.value = std::llround(*cell.value * kScale);
        const int decimals = ParseTableNumber(cell.text).decimals;
        figure.half_step = std::llround(0.5 * std::pow(10.0, -decimals) * kScale);
      }
      figures.push_back(figure);
    }
    grid.figures.push_back(std::move(figures));
  }
  return grid;
}

struct Match {
  int agreeing = 0;  // columns where the reading agrees
  int active = 0;    // columns where the total has a figure
};

// How a reading (parts with signs) fares against total row `r`.
Match Compare(const Grid& grid, int r, const std::vector<int>& parts, const std::vector<int>& signs, bool exact) {
  Match match;
  for (std::size_t k = 0; k < grid.columns.size(); ++k) {
    const Figure& total = grid.figures[static_cast<std::size_t>(r)][k];
    if (!total.value) continue;
    ++match.active;
    std::int64_t sum = 0, tolerance = total.half_step;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const Figure& part = grid.figures[static_cast<std::size_t>(parts[i])][k];
      if (!part.value) continue;
      sum += signs[i] * *part.value;
      tolerance += part.half_step;
    }
    const std::int64_t difference = std::llabs(sum - *total.value);
    if (exact ? difference == 0 : difference <= tolerance) ++match.agreeing;
  }
  return match;
}

// Whether two active columns carry figures that are not multiples of each
// other over the rows involved: a table that prints one figure for every
// year agrees with any of its own coincidences in every column.
bool IndependentColumns(const Grid& grid, int r, const std::vector<int>& parts) {
  std::vector<int> rows = parts;
  rows.push_back(r);
  for (std::size_t a = 0; a < grid.columns.size(); ++a) {
    for (std::size_t b = a + 1; b < grid.columns.size(); ++b) {
      if (!grid.figures[static_cast<std::size_t>(r)][a].value || !grid.figures[static_cast<std::size_t>(r)][b].value) {
        continue;
      }
      for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = i + 1; j < rows.size(); ++j) {
          const auto value = [&](int row, std::size_t k) -> long double {
            const Figure& figure = grid.figures[static_cast<std::size_t>(row)][k];
            return figure.value ? static_cast<long double>(*figure.value) : 0.0L;
          };
          if (value(rows[i], a) * value(rows[j], b) != value(rows[j], a) * value(rows[i], b)) return true;
        }
      }
    }
  }
  return false;
}

struct Candidate {
  std::vector<int> parts;
  std::vector<int> signs;
  Match match;
};

std::vector<int> Tail(const std::vector<int>& open, std::size_t length) {
  return std::vector<int>(open.end() - static_cast<std::ptrdiff_t>(length), open.end());
}

// The readings of total row `r` over the open entries, most likely first:
// every open entry summed; the last n entries summed, longest first; then
// the last n entries with signs, shortest first, fewest minus signs first.
// `accept` decides; the first accepted is returned.
template <typename Accept>
std::optional<Candidate> Search(const Grid& grid, int r, const std::vector<int>& open, std::size_t min_length,
                                Accept accept) {
  for (std::size_t length = open.size(); length >= std::max<std::size_t>(min_length, 1); --length) {
    Candidate candidate{Tail(open, length), std::vector<int>(length, 1), {}};
    candidate.match = Compare(grid, r, candidate.parts, candidate.signs, false);
    if (accept(candidate)) return candidate;
    if (length == 1) break;
  }
  for (std::size_t length = std::max<std::size_t>(min_length, 2); length <= std::min(open.size(), kMaxSignedParts);
       ++length) {
    const std::vector<int> parts = Tail(open, length);
    std::vector<std::uint32_t> masks;
    for (std::uint32_t mask = 1; mask < (1u << length); ++mask) masks.push_back(mask);
    std::stable_sort(masks.begin(), masks.end(),
                     [](std::uint32_t a, std::uint32_t b) { return std::popcount(a) < std::popcount(b); });
    for (std::uint32_t mask : masks) {
      if (std::popcount(mask) == static_cast<int>(length)) continue;  // all minus: a sign flip of the total
      Candidate candidate{parts, std::vector<int>(length, 1), {}};
      for (std::size_t i = 0; i < length; ++i) {
        if (mask & (1u << i)) candidate.signs[i] = -1;
      }
      candidate.match = Compare(grid, r, candidate.parts, candidate.signs, false);
      if (accept(candidate)) return candidate;
    }
  }
  return std::nullopt;
}

bool HasFigures(const Grid& grid, int r, int at_least) {
  int count = 0;
  for (const Figure& figure : grid.figures[static_cast<std::size_t>(r)]) {
    if (figure.value && *figure.value != 0) ++count;
  }
  return count >= at_least;
}

}  // namespace

bool IsNumberColumn(const TableColumn& column) {
  return column.role == ColumnRole::kYear || column.role == ColumnRole::kRowTotal;
}

namespace {

// One pass over the table; rows in `forbidden` are never inferred totals.
// `failed_after` is set to the last inferred total above a labelled total
// that no reading agrees with, or -1.
std::vector<TotalReading> ReadPass(const Table& table, const Grid& grid, const std::vector<bool>& forbidden,
                                   int& failed_after) {
  failed_after = -1;
  int last_inferred = -1;
  std::vector<TotalReading> readings;
  std::vector<int> open;      // rows not yet summed by a total
  bool clean = true;          // every total so far agreed everywhere, none inferred
  for (std::size_t ri = 0; ri < table.rows.size(); ++ri) {
    const int r = static_cast<int>(ri);
    const TableRow& row = table.rows[ri];
    if (row.is_subset || row.not_money) continue;
    // A row takes part when it prints a figure, or a number cell that
    // could not be read (the sum is then incomplete, not silently short).
    bool any_figure = false;
    for (const Figure& figure : grid.figures[ri]) any_figure = any_figure || figure.value.has_value();
    for (int c : grid.columns) any_figure = any_figure || !row.cells[static_cast<std::size_t>(c)].problem.empty();
    if (!any_figure) continue;
    const auto close = [&](const Candidate& candidate, bool inferred, std::string why) {
      TotalReading reading{r, candidate.parts, candidate.signs, inferred, true, std::move(why)};
      open.resize(open.size() - candidate.parts.size());
      open.push_back(r);
      readings.push_back(std::move(reading));
    };
    if (row.is_total) {
      // The reading that agrees everywhere, else the one that agrees in
      // most columns (the others are then errors of the document).
      std::optional<Candidate> best;
      auto everywhere = Search(grid, r, open, 1, [](const Candidate& c) {
        return c.match.active > 0 && c.match.agreeing == c.match.active;
      });
      if (everywhere) {
        close(*everywhere, false, "");
        continue;
      }
      const bool was_clean = clean;
      clean = false;
      if (last_inferred >= 0 && failed_after < 0) failed_after = last_inferred;
      int most = 0;
      Search(grid, r, open, 1, [&](const Candidate& c) {
        // Partly agreeing readings count only where they agree in two or
        // more columns and in more than half of them.
        // Only plain sums: a signed reading that fits some columns is a
        // coincidence more often than a structure.
        const bool plain = std::all_of(c.signs.begin(), c.signs.end(), [](int sign) { return sign > 0; });
        if (plain && c.match.agreeing >= 2 && 2 * c.match.agreeing > c.match.active && c.match.agreeing > most) {
          most = c.match.agreeing;
          best = c;
        }
        return false;
      });
      if (best) {
        close(*best, false, "");
        continue;
      }
      // Item rows after it: a whole whose parts may follow, not a sum.
      bool items_follow = false;
      for (std::size_t below = ri + 1; below < table.rows.size(); ++below) {
        const TableRow& next = table.rows[below];
        if (!next.is_total && !next.is_subset && !next.not_money) items_follow = true;
        if (next.is_subset) items_follow = true;
      }
      // The sum of everything open at its level, when every level above
      // agreed and it closes the table: checked if it is the only column,
      // or if it agrees in another column (one column off is a mistake of
      // the document; off in all of them, its rows were not read right).
      Candidate all{open, std::vector<int>(open.size(), 1), {}};
      if (!open.empty()) all.match = Compare(grid, r, all.parts, all.signs, false);
      if (was_clean && !open.empty() && !items_follow &&
          (grid.columns.size() == 1 || all.match.agreeing >= 1)) {
        close(all, false, "");
        continue;
      }
      TotalReading unchecked;
      unchecked.row = r;
      unchecked.checked = false;
      unchecked.why = open.empty() ? "no rows above it to sum"
                                   : "the rows above it add up to it in no reading of the table's levels "
                                     "(its items, the subtotals of its level, with or without signs), so "
                                     "which rows it sums is not known";
      open.push_back(r);
      readings.push_back(std::move(unchecked));
      continue;
    }
    // A row without a total label: a total only when its figures say so.
    if (!forbidden[ri] && open.size() >= 2 && HasFigures(grid, r, 2)) {
      auto found = Search(grid, r, open, 2, [&](const Candidate& c) {
        if (c.match.active < 2 || c.match.agreeing != c.match.active) return false;
        if (Compare(grid, r, c.parts, c.signs, true).agreeing != c.match.active) return false;
        return IndependentColumns(grid, r, c.parts);
      });
      if (found) {
        close(*found, true, "");
        last_inferred = r;
        clean = false;
        continue;
      }
    }
    open.push_back(r);
  }
  return readings;
}

}  // namespace

std::vector<TotalReading> ReadTotals(const Table& table) {
  const Grid grid = ReadGrid(table);
  // A total found from the figures that leaves a labelled total below it
  // without any agreeing reading was a coincidence ("2.216" over its three
  // parts, the third part "1" then equal to 2.216 - 907 - 1.308): read
  // again with that row an item.
  std::vector<bool> forbidden(table.rows.size(), false);
  while (true) {
    int failed_after = -1;
    std::vector<TotalReading> readings = ReadPass(table, grid, forbidden, failed_after);
    if (failed_after < 0) return readings;
    forbidden[static_cast<std::size_t>(failed_after)] = true;
  }
}

}  // namespace afstem
