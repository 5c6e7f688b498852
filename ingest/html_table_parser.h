// HTML tables out of any HTML page (Excel's and LibreOffice's "save as HTML", web-app exports),
// streamed through libxml2's forgiving HTML push parser with SAX callbacks: no DOM is built
// and nothing here recurses, so deeply nested markup cannot overflow the stack.
//
// What a cell's text is, as a browser shows it: runs of whitespace (space, tab, CR, LF, FF and
// the no-break space U+00A0 that exports put into "empty" cells) collapse to one space; <br>
// is a line break "\n"; <p>, <div>, <li> start a new line when text came before; the text is
// trimmed at both ends; entities are decoded by libxml2; <script>/<style> content is ignored.
//
// A <tr style="display:none"> (how Excel exports a hidden row) is reported as hidden.
//
// Every <table> is a table, numbered by where its start tag appears (0-based). A table inside
// a cell is a table of its own; its text is NOT added to the outer cell (the outer cell keeps
// only the text outside the inner table). Tables nested deeper than `max_table_depth` are
// ignored (their text too) and counted in `ignored_tables`.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

struct HtmlCell {
  uint32_t row = 0, col = 0;
  uint32_t rowspan = 1, colspan = 1;  // after clamping to the grid; not yet cut to the table end
  std::string text;                   // as displayed (see above)
  bool truncated = false;             // text was cut at max_cell_bytes
  bool has_sdval = false;             // LibreOffice: sdval="<raw number>"
  std::string sdval;
  bool has_sdnum = false;             // LibreOffice: sdnum="<lang>;<lang>;<format code>"
  std::string sdnum;
  bool has_xnum = false;              // Excel: x:num or x:num="<raw number>"
  std::string xnum;                   // empty when x:num had no value
  bool xstr = false;                  // Excel: x:str (the value is text even if it looks numeric)
};

struct HtmlTableInfo {
  uint32_t rows = 0;            // rows of the table (rowspans are cut here)
  bool spans_clamped = false;   // a span or cell fell outside the grid
  uint32_t dropped_cells = 0;   // cells beyond the grid
};

struct HtmlParseLimits {
  size_t max_cell_bytes = 32768 * 4;
  uint32_t max_tables = 10'000;
  uint32_t max_table_depth = 256;
  uint64_t max_cells = 50'000'000;  // across all tables; beyond -> cells_exceeded
};

// Receives the tables as they are parsed, so no copy of all cells is held in between.
class HtmlTableSink {
 public:
  virtual ~HtmlTableSink() = default;
  virtual void table_start(size_t table) = 0;  // tables are numbered 0.. by start tag
  // A finished cell with text, a number attribute or a span (empty 1x1 cells are skipped).
  virtual void cell(size_t table, const HtmlCell& cell) = 0;
  virtual void table_end(size_t table, const HtmlTableInfo& info) = 0;
  // A <tr> styled display:none (Excel writes hidden rows so).
  virtual void row_hidden(size_t table, uint32_t row) = 0;
};

struct HtmlParseResult {
  size_t tables = 0;
  uint32_t ignored_tables = 0;  // beyond max_tables or max_table_depth
  bool cells_exceeded = false;  // stopped early at max_cells
};

// `utf8_html`: the document already converted to UTF-8 (the parser is told so and ignores
// <meta charset>).
HtmlParseResult parse_html_tables(std::string_view utf8_html, const HtmlParseLimits& limits,
                                  HtmlTableSink& sink);

}  // namespace sakip
