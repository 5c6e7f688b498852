// Parents from the sheet's own SUM formulas. A row whose cell is `=SUM(K15:K21)`,
// `=SUM(K14+K22+K27)`, `=SUM(AA85,AA87:AA88)` or `=K13+K55+K70` over rows BELOW it, in its own
// column, states that those rows are its children. Workbooks whose rows carry no codes (an
// evaluasi Renja form: bidang > program > kegiatan > sub kegiatan told apart only by the
// formulas) state their hierarchy this way and no other.
//
// A row's children are the rows its formulas reference (union over its columns, so a formula
// that leaves out a child whose cell is blank or zero in that column still agrees). A row
// referenced by several rows belongs to the one whose formulas reference it in the largest
// share of their columns (R12 = SUM(R13+R55+R70+R91+R96) in 4 of row 12's 8 formulas, while
// row 11 references 91 and 96 in all 8: 91 and 96 are row 11's), ties to the nearest. A
// labelled row no formula claims, with plain values, right after a parent's last child and at
// that child's level, is one more child (a SUM range that stops short of rows added below it).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/sheet_grid.h"
#include "ingest/table.h"

namespace sakip {

// The sheet rows (0-based, ascending, unique) a formula adds up in column `col`, or empty when
// it is not a plain sum of same-column cells (other columns, constants, other operators,
// other sheets, a single bare reference).
std::vector<uint32_t> summed_rows(std::string_view formula, uint32_t col);

// Replaces the parents and depths of `t`'s rows with the ones its SUM formulas state, and
// marks the columns holding such formulas (Column::sums_rows), when the table has no code
// hierarchy (fewer than 3 in 10 data rows coded) and the formulas give at least two parents
// with children covering at least 3 in 10 data rows. Row types are kept, and levels except
// below a Program: its summed rows are Kegiatan, theirs Sub Kegiatan. Returns whether it did.
bool apply_formula_hierarchy(const SheetGrid& grid, Table& t);

}  // namespace sakip
