// Reading stored findings back: the one way `afstem check`, the exports and
// the report get them (DocumentStore::ReadFindings), each with its document
// and, on request, its parts parsed from the `parts` JSON. Also the one
// severity order (error, warning, info) every listing of findings follows.
#ifndef AFSTEM_SCHEMA_STORE_FINDING_READER_H_
#define AFSTEM_SCHEMA_STORE_FINDING_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/model/records.h"

namespace afstem {

// The rank of a severity in listings: 0 for "error", 1 for "warning", 2 for
// "info" (and anything else). Every ordering or filtering of findings by
// severity goes through this function.
int SeverityRank(std::string_view severity);

// One element of a finding's `parts` JSON: {"label", "amount_dkk", "text",
// "page", "box": [x0, y0, x1, y1]}.
struct StoredFindingPart {
  std::string label;                       // "" when absent
  std::string text;                        // as printed: "1.300", "350.000 kr."
  std::optional<std::int64_t> amount_dkk;  // nullopt when unreadable
  std::optional<std::int64_t> page;
  std::optional<Box> box;                  // when all four numbers are present
};

// A row of `findings` with its document's file name.
struct StoredFinding {
  std::int64_t id = 0, document_id = 0;
  std::string file_name, rule, severity, label, message;
  std::string parts, parameters;  // the JSON columns, as stored
  std::optional<std::int64_t> year, stated, computed, difference, page, table_id, table_row,
      table_column, stated_total_id;
  std::optional<double> tolerance;
  std::optional<Box> box;              // when x0, y0, x1 and y1 are all stored
  std::vector<StoredFindingPart> part_list;  // filled only with FindingFilter::parse_parts
};

struct FindingFilter {
  std::string file_name;     // only this document's findings; "" for all
  bool parse_parts = false;  // fill StoredFinding::part_list
};

// The order ReadFindings returns a document's findings in: by SeverityRank,
// then page (findings without one first), then id.
bool FindingBefore(const StoredFinding& a, const StoredFinding& b);

}  // namespace afstem

#endif  // AFSTEM_SCHEMA_STORE_FINDING_READER_H_
