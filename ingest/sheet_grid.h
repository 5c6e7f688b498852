// A read-only index over one sheet for table recognition, built once per sheet in linear time:
// the non-empty rows with their cell ranges, and the merges by anchor and by covered cell
// (Sheet::merge_at is a linear scan; this is a hash lookup).
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/workbook.h"

namespace sakip {

class SheetGrid {
 public:
  SheetGrid(const Workbook& wb, const Sheet& sheet);

  const Workbook& wb() const { return wb_; }
  const Sheet& sheet() const { return sheet_; }

  // Rows holding at least one non-empty cell, ascending.
  const std::vector<uint32_t>& rows() const { return rows_; }
  // The cells of rows()[i]: [begin, end) into sheet().cells (only non-empty ones are "live").
  std::pair<size_t, size_t> row_cells(size_t i) const { return {row_begin_[i], row_end_[i]}; }
  // Index into rows() of a sheet row, or -1.
  long row_index(uint32_t row) const;

  // A non-empty cell: not Blank, and not a text of only white space.
  bool live(const Cell& c) const;
  const Cell* find(uint32_t row, uint32_t col) const;  // live cells only
  std::string_view text(const Cell& c) const { return wb_.raw(c); }

  // The merge covering (row, col), or nullptr (anchor included). Hash lookup.
  const Merge* merge_at(uint32_t row, uint32_t col) const;
  // True when the sheet has no merges (merge_at is nullptr everywhere).
  bool no_merges() const { return merge_cover_.empty(); }
  // True when (row, col) is inside a merge but not its top-left anchor.
  bool covered(uint32_t row, uint32_t col) const {
    const Merge* m = merge_at(row, col);
    return m && !(m->range.first.row == row && m->range.first.col == col);
  }
  uint8_t outline(uint32_t row) const;

  // Calls f(cell) for each live cell of a sheet row with c0 <= col <= c1, in column order.
  template <class F>
  void for_live_cells(uint32_t row, uint32_t c0, uint32_t c1, F&& f) const {
    const long i = row_index(row);
    if (i < 0) return;
    for_live_cells_at(static_cast<size_t>(i), c0, c1, std::forward<F>(f));
  }
  // The same for rows()[i] (no row lookup).
  template <class F>
  void for_live_cells_at(size_t i, uint32_t c0, uint32_t c1, F&& f) const {
    const Cell* cells = sheet_.cells.data();
    const bool all_live = row_all_live_[i] != 0;
    for (size_t k = row_begin_[i]; k < row_end_[i]; ++k) {
      const Cell& c = cells[k];
      if (c.col < c0 || c.col > c1 || (!all_live && !live(c))) continue;
      f(c);
    }
  }

 private:
  static uint64_t key(uint32_t r, uint32_t c) { return (uint64_t(r) << 32) | c; }
  const Workbook& wb_;
  const Sheet& sheet_;
  std::vector<uint32_t> rows_;
  // Cell index ranges of rows_ (32 bits: a sheet of 2^32 cells would be 128 GiB of Cells, far
  // past ReadLimits::max_cells), and whether every cell of the row is live (no live() per cell).
  std::vector<uint32_t> row_begin_, row_end_;
  std::vector<uint8_t> row_all_live_;
  std::unordered_map<uint64_t, uint32_t> merge_cover_;  // lookups only, never iterated
};

}  // namespace sakip
