// The column-numbering row of a table ("1 2 3 4 5 6 (= 5-4)", "6 = 5/4*100",
// "13 = 9+10+11+12"): each column's label and, when the document declares one, the formula
// that defines the column in terms of the others. A declared formula is the document's own
// statement of how a column is computed, so the rules honour it over any default.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/decimal.h"

namespace sakip {

struct Table;

struct NumberingFormula {
  int result = 0;  // the label of the defined column
  enum class Kind { Linear, Ratio } kind = Kind::Linear;
  std::vector<std::pair<int, int>> terms;  // Linear: (label, +1|-1)
  int numerator = 0, denominator = 0;      // Ratio: labels
  Decimal factor = Decimal::from_int(1);   // Ratio: × 100 when written
};

// The column label: the leading whole number of the numbering cell ("(3)" -> 3,
// "6 = 5/4*100" -> 6); 0 when none.
int numbering_label(std::string_view text);
// The formula after '=' ("6 (= 5-4)", "12=5/11*100", "8= 7/6 *100", "13 = 9+10+11+12",
// "15 = 14/5 x 100"); nullopt when the cell declares none.
std::optional<NumberingFormula> parse_numbering_formula(std::string_view text);

// For a table: the column index (into Table::columns) of each label, or -1.
struct NumberingMap {
  std::vector<int> label_of;  // per column: its label (0 = none)
  int column_of(int label) const;
};
NumberingMap numbering_map(const Table& t);

}  // namespace sakip
