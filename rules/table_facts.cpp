#include "rules/table_facts.h"

#include "rules/table_view.h"

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

}  // namespace sakip
