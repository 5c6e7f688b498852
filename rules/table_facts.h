// What several rule families derive from the same table, computed once per table on first use
// and shared by the rules run_rules applies to it: the cut codes, each row's parent, the
// children lists, the code-consistent families and the percentage column specs. Each is the
// same value the free function of table_view.h / ratio.h returns for the table.
#pragma once
#include <memory>
#include <vector>

#include "ingest/table.h"
#include "rules/ratio.h"
#include "rules/table_codes.h"

namespace sakip {

class TableFacts {
 public:
  explicit TableFacts(const Table& t) : t_(t) {}
  TableFacts(const TableFacts&) = delete;
  TableFacts& operator=(const TableFacts&) = delete;

  const TableCodes& codes() const;
  const std::vector<int>& parents() const;                  // effective_parents
  const std::vector<std::vector<int>>& kids() const;        // children_lists of parents()
  const std::vector<bool>& family_ok() const;               // code_consistent_families
  const std::vector<RatioSpec>& ratio_specs() const;

 private:
  const Table& t_;
  mutable std::unique_ptr<TableCodes> codes_;
  mutable std::unique_ptr<std::vector<int>> parents_;
  mutable std::unique_ptr<std::vector<std::vector<int>>> kids_;
  mutable std::unique_ptr<std::vector<bool>> family_ok_;
  mutable std::unique_ptr<std::vector<RatioSpec>> ratio_specs_;
};

}  // namespace sakip
