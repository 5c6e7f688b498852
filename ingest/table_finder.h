// Finding tables in a sheet: blocks of cells separated by empty rows and columns, the title
// above, the header band (multi-row, merges understood), the column-number row, header rows
// repeated after page breaks, and footer / signature blocks. The result is a draft: which rows
// play which part; ingest/table_recognizer.cpp turns drafts into typed tables.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/cell_ref.h"
#include "ingest/sheet_grid.h"

namespace sakip {

struct TableDraft {
  uint32_t c0 = 0, c1 = 0;                // column span (inclusive)
  std::vector<CellRef> title_cells;
  std::vector<uint32_t> band;             // the first header band's sheet rows (may be empty)
  std::vector<uint32_t> header_rows;      // band + repeated header rows + repeated numbering rows
  std::optional<uint32_t> numbering_row;
  std::vector<uint32_t> body;             // data / section / total rows before joining continuations
  std::vector<uint32_t> after_break;      // body rows that directly follow a repeated header
  std::vector<CellRef> footer_cells;      // notes and signature block
};

std::vector<TableDraft> find_tables(const SheetGrid& grid);
// The same drafts by the plain algorithms the fast paths of find_tables skip work against
// (every occupied column of a run collected and sorted, every body row's look kept); for tests.
std::vector<TableDraft> find_tables_reference(const SheetGrid& grid);

// "(3)", "6 = 5/4*100", "13 = 9 + 10 + 11 + 12", "$\frac{7}{6/5} \times 100$": the leading
// column number, or -1 when the text is not a column-number cell.
int column_number(std::string_view text);
// A line of a signature block or a table note: "Jember, 10 Februari 2025", "CAMAT GUMUKMAS",
// "NIP. 19...", "Sumber : ...", "Mengetahui".
bool is_footer_text(std::string_view text);
// "---", "–––", "=====": a separator line left by extraction.
bool is_separator_text(std::string_view text);

}  // namespace sakip
