// Where each <td>/<th> lands in the grid: the cell-placement part of the HTML table layout
// algorithm. A cell takes the first column of its row not yet covered by a rowspan from a row
// above; its colspan x rowspan block is then covered for the rows below. Spans are clamped as
// browsers do (colspan 1..1000, rowspan 1..65534; 0 or garbage = 1) and to the grid
// (kMaxCols columns). Rowspans running past the table's last row are cut by the caller, who
// knows where the table ends (rows()).
#pragma once
#include <cstdint>
#include <vector>

#include "ingest/cell_ref.h"

namespace sakip {

class HtmlTableLayout {
 public:
  explicit HtmlTableLayout(uint32_t max_cols = kMaxCols, uint32_t max_rows = kMaxRows)
      : max_cols_(max_cols), max_rows_(max_rows) {}

  // A <tr>: the next row.
  void begin_row();

  struct Placement {
    bool ok = false;       // false when the cell falls outside the grid (dropped)
    bool clamped = false;  // a span was cut to the grid
    uint32_t row = 0, col = 0, rowspan = 1, colspan = 1;
  };
  // Places a cell in the current row (a cell before any <tr> starts the first row).
  Placement place(uint32_t colspan, uint32_t rowspan);

  // Rows started so far.
  uint32_t rows() const { return started_ ? row_ + 1 : 0; }

  // Parses a span attribute as browsers do: leading digits, 0/absent/garbage -> 1, capped.
  static uint32_t parse_span(const char* text, uint32_t cap);

 private:
  uint32_t max_cols_, max_rows_;
  bool started_ = false;
  uint32_t row_ = 0;
  uint32_t col_ = 0;
  std::vector<uint32_t> busy_until_;  // per column: the first row no longer covered by a rowspan
};

}  // namespace sakip
