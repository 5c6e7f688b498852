// Reading a header band: for every column, the header text of each band row (merged cells
// give their anchor's text to every column they span; an unmerged group header written once
// over empty cells gives its text to the columns whose sub-headers sit below it), and the
// column-number row's cell.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/sheet_grid.h"

namespace sakip {

struct BandColumn {
  uint32_t col = 0;
  std::vector<std::string> levels;  // top first, consecutive duplicates removed
  std::string numbering;            // the column-number row's text ("6 = 5/4*100"), may be empty
  std::string header() const;       // levels joined with " / "
};

std::vector<BandColumn> read_header_band(const SheetGrid& grid, const std::vector<uint32_t>& band,
                                         std::optional<uint32_t> numbering_row,
                                         const std::vector<uint32_t>& columns);

}  // namespace sakip
