// The codes of a table's data rows cut into canonical segments once per table, kept as views
// into one buffer: "1.01 . 1.01.01,2" -> segments {1,01,1,01,01,2}, canonical text
// "1.01.1.01.01.2" ('.' and ',' separate, spaces are dropped, empty segments skipped). The
// hierarchy helpers of table_view.h compare codes through it without a string per row.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"

namespace sakip {

class TableCodes {
 public:
  // Every data row with a non-empty Row::code; other rows have no segments.
  explicit TableCodes(const Table& t);

  size_t rows() const { return row_seg_.size() - 1; }
  // Number of canonical segments of row `r` (0: no code, or a code of separators only).
  size_t segments(size_t r) const { return row_seg_[r + 1] - row_seg_[r]; }
  std::string_view segment(size_t r, size_t k) const;
  // The canonical text of the first `n` segments of row r, joined by '.' ("1.01.01" for n = 3).
  std::string_view prefix(size_t r, size_t n) const;
  std::string_view canonical(size_t r) const { return prefix(r, segments(r)); }
  // Are a's segments a proper, non-empty prefix of b's ("1.1" of "1.1.2", not of "1.10")?
  bool is_proper_prefix(size_t a, size_t b) const;

 private:
  std::string text_;                // the canonical codes of all rows, back to back
  std::vector<uint32_t> seg_end_;   // end offset in text_ of every segment, rows in order
  std::vector<uint32_t> row_seg_;   // per row: index of its first segment in seg_end_ (rows + 1)
  std::vector<uint32_t> row_start_; // per row: offset of its canonical text in text_
};

}  // namespace sakip
