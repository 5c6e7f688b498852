// Percentage columns: which column is the numerator and which the denominator of each
// percentage column (from the numbering row's declared formula "6 = 5/4*100", else from the
// column roles next to it), and the rounding-aware check of every row. Shared by pct.capaian,
// pct.serapan and pct.share.
#pragma once
#include <string>
#include <vector>

#include "rules/messages.h"
#include "rules/rule.h"

namespace sakip {

struct RatioSpec {
  int num = -1, den = -1, result = -1;  // indices into Table::columns
  Decimal factor = Decimal::from_int(100);
  msg::Pct kind = msg::Pct::Capaian;
  bool declared = false;  // from the numbering row
};

std::vector<RatioSpec> ratio_specs(const Table& t);

// Checks one spec over the rows. For pct.capaian, lower-is-better indicators use the
// configured formula.
void check_ratio(const TableContext& ctx, const RatioSpec& spec, std::string_view rule);

}  // namespace sakip
