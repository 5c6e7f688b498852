// Moves the relative references of an A1 formula by a row/column offset, as Excel does when a
// shared formula (<f t="shared" si="..">) is used by the cells of its range: "B2*C2" written in
// D2 becomes "B5*C5" in D5. Absolute parts ($B$2) stay. String literals, quoted sheet names and
// structured references ([...]) are left alone; a reference moved off the grid becomes #REF!.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sakip {

// Appends the shifted formula to `out`.
void shift_formula(std::string_view formula, int64_t drow, int64_t dcol, std::string& out);

}  // namespace sakip
