// What several rule families derive from the same table, computed once per table on first use
// and shared by the rules run_rules applies to it: the cut codes, each row's parent, the
// children lists, the code-consistent families and the percentage column specs. Each is the
// same value the free function of table_view.h / ratio.h returns for the table.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "ingest/table.h"
#include "rules/ratio.h"
#include "rules/table_codes.h"

namespace sakip {

// What a column's values carry, over every row: the kinds present (bit 1 << ValueKind) and
// the union of their flags. A rule that looks for a kind or flag skips a column without it.
struct ColumnTraits {
  uint32_t kinds = 0;
  uint32_t flags = 0;
  bool has(ValueKind k) const { return (kinds >> static_cast<unsigned>(k)) & 1u; }
  bool any_flag(uint32_t f) const { return (flags & f) != 0; }
};

// A cell's class for the rules' first questions, one byte per cell: is_blank, is_summable,
// and for a summable value its sign. Reading it does not touch the Value.
enum CellClass : uint8_t {
  kCellBlank = 1u << 0,     // is_blank
  kCellSummable = 1u << 1,  // is_summable
  kCellNegative = 1u << 2,  // summable and < 0
  kCellZero = 1u << 3,      // summable and == 0
};

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
  const std::vector<ColumnTraits>& column_traits() const;  // one per Table::columns entry
  // CellClass bits of row r, column c (0 when the row has no value there).
  uint8_t cell(size_t r, size_t c) const {
    if (!scanned_) scan();
    return classes_[r * t_.columns.size() + c];
  }

 private:
  const Table& t_;
  mutable std::unique_ptr<TableCodes> codes_;
  mutable std::unique_ptr<std::vector<int>> parents_;
  mutable std::unique_ptr<std::vector<std::vector<int>>> kids_;
  mutable std::unique_ptr<std::vector<bool>> family_ok_;
  mutable std::unique_ptr<std::vector<RatioSpec>> ratio_specs_;
  // One pass over every value fills both (row-major, the order values are stored in).
  void scan() const;
  mutable std::vector<ColumnTraits> column_traits_;
  mutable std::vector<uint8_t> classes_;
  mutable bool scanned_ = false;
};

}  // namespace sakip
