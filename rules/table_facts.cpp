#include "rules/table_facts.h"

#include "rules/table_view.h"

#include <algorithm>

namespace sakip {

const TableCodes& TableFacts::codes() const {
  if (!codes_) codes_ = std::make_unique<TableCodes>(t_);
  return *codes_;
}

const std::vector<int>& TableFacts::parents() const {
  if (!parents_) parents_ = std::make_unique<std::vector<int>>(effective_parents(t_, codes()));
  return *parents_;
}

const std::vector<std::vector<int>>& TableFacts::kids() const {
  if (!kids_) kids_ = std::make_unique<std::vector<std::vector<int>>>(children_lists(t_, parents()));
  return *kids_;
}

const std::vector<bool>& TableFacts::family_ok() const {
  if (!family_ok_)
    family_ok_ = std::make_unique<std::vector<bool>>(code_consistent_families(t_, codes(), parents(), kids()));
  return *family_ok_;
}

const std::vector<RatioSpec>& TableFacts::ratio_specs() const {
  if (!ratio_specs_) ratio_specs_ = std::make_unique<std::vector<RatioSpec>>(sakip::ratio_specs(t_));
  return *ratio_specs_;
}

void TableFacts::scan() const {
  if (scanned_) return;
  scanned_ = true;
  const size_t ncols = t_.columns.size();
  column_traits_.assign(ncols, {});
  classes_.assign(t_.rows.size() * ncols, 0);
  uint8_t* cls = classes_.data();
  for (const Row& r : t_.rows) {
    const size_t n = std::min(r.values.size(), ncols);
    for (size_t c = 0; c < n; ++c) {
      const Value& v = r.values[c];
      column_traits_[c].kinds |= 1u << static_cast<unsigned>(v.kind);
      column_traits_[c].flags |= v.flags;
      uint8_t k = is_blank(v) ? kCellBlank : 0;
      if (is_summable(v)) {
        k |= kCellSummable;
        if (v.number->negative()) k |= kCellNegative;
        if (v.number->is_zero()) k |= kCellZero;
      }
      cls[c] = k;
    }
    cls += ncols;
  }
}

const std::vector<ColumnTraits>& TableFacts::column_traits() const {
  scan();
  return column_traits_;
}

}  // namespace sakip
