// Columns the document defines by a formula in its numbering row ("6 (= 5-4)",
// "13 = 9+10+11+12"): the shared check used by sum.period (sums) and shift.change (differences).
#pragma once
#include <string_view>

#include "rules/rule.h"

namespace sakip {

// Checks every declared linear formula of the table; those with a minus term when
// `differences` is true (rule shift.change), those with only plus terms otherwise (sum.period).
void check_declared_linear(const TableContext& ctx, bool differences, std::string_view rule);

// True when column `c` of the table is defined by a declared linear formula (so role-based
// checks leave it alone).
bool has_declared_linear(const Table& t, size_t c);

}  // namespace sakip
