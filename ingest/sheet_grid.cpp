#include "ingest/sheet_grid.h"

#include <algorithm>

namespace sakip {

namespace {
// Merges larger than this many cells are indexed by their first row only (header groups are
// small; a huge merge is decoration).
constexpr uint64_t kMaxMergeArea = 4096;
constexpr uint64_t kMaxIndexedCells = 2'000'000;

// std::isspace in the "C" locale the tool runs in (it never calls setlocale), without the call.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
}  // namespace

SheetGrid::SheetGrid(const Workbook& wb, const Sheet& sheet) : wb_(wb), sheet_(sheet) {
  const auto& cells = sheet.cells;
  if (!cells.empty()) {
    // At most one entry per row between the first and the last: reserved once, so the vectors
    // are not copied as they grow (fresh pages are time).
    const size_t span = size_t(cells.back().row) - cells.front().row + 1;
    const size_t n = std::min(cells.size(), span);
    rows_.reserve(n);
    row_begin_.reserve(n);
    row_end_.reserve(n);
    row_all_live_.reserve(n);
  }
  size_t i = 0;
  while (i < cells.size()) {
    size_t j = i;
    size_t n_live = 0;
    while (j < cells.size() && cells[j].row == cells[i].row) {
      n_live += live(cells[j]);
      ++j;
    }
    if (n_live > 0) {
      rows_.push_back(cells[i].row);
      row_begin_.push_back(static_cast<uint32_t>(i));
      row_end_.push_back(static_cast<uint32_t>(j));
      row_all_live_.push_back(n_live == j - i);
    }
    i = j;
  }
  uint64_t indexed = 0;
  for (uint32_t m = 0; m < sheet.merges.size(); ++m) {
    const RangeRef& r = sheet.merges[m].range;
    uint64_t area = uint64_t(r.last.row - r.first.row + 1) * (r.last.col - r.first.col + 1);
    uint32_t last_row = area > kMaxMergeArea ? r.first.row : r.last.row;
    uint32_t last_col = std::min<uint32_t>(r.last.col, r.first.col + 256);
    for (uint32_t rr = r.first.row; rr <= last_row && indexed < kMaxIndexedCells; ++rr)
      for (uint32_t cc = r.first.col; cc <= last_col && indexed < kMaxIndexedCells; ++cc) {
        merge_cover_.emplace(key(rr, cc), m);
        ++indexed;
      }
  }
}

bool SheetGrid::live(const Cell& c) const {
  if (c.kind == CellKind::Blank) return false;
  if (c.kind != CellKind::Text) return true;
  for (char ch : wb_.raw(c))
    if (!is_space(ch)) return true;
  return false;
}

long SheetGrid::row_index(uint32_t row) const {
  if (rows_.empty() || row < rows_.front()) return -1;
  // rows_ ascends by at least 1 per entry, so rows_[k] == row needs k <= row - rows_.front():
  // a dense run of rows is found at once, a sparse sheet by a search below that bound.
  const size_t bound = std::min<size_t>(size_t(row) - rows_.front(), rows_.size() - 1);
  if (rows_[bound] == row) return static_cast<long>(bound);
  auto end = rows_.begin() + static_cast<long>(bound);
  auto it = std::lower_bound(rows_.begin(), end, row);
  if (it == end || *it != row) return -1;
  return it - rows_.begin();
}

const Cell* SheetGrid::find(uint32_t row, uint32_t col) const {
  long i = row_index(row);
  if (i < 0) return nullptr;
  auto [b, e] = row_cells(static_cast<size_t>(i));
  auto first = sheet_.cells.begin() + static_cast<long>(b), last = sheet_.cells.begin() + static_cast<long>(e);
  auto it = std::lower_bound(first, last, col, [](const Cell& c, uint32_t v) { return c.col < v; });
  if (it == last || it->col != col || !live(*it)) return nullptr;
  return &*it;
}

const Merge* SheetGrid::merge_at(uint32_t row, uint32_t col) const {
  if (merge_cover_.empty()) return nullptr;
  auto it = merge_cover_.find(key(row, col));
  return it == merge_cover_.end() ? nullptr : &sheet_.merges[it->second];
}

uint8_t SheetGrid::outline(uint32_t row) const {
  const auto& o = sheet_.row_outline;
  auto it = std::lower_bound(o.begin(), o.end(), row, [](const auto& p, uint32_t v) { return p.first < v; });
  return it != o.end() && it->first == row ? it->second : 0;
}

}  // namespace sakip
