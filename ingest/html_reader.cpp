// HTML reader: every <table> of the page becomes a sheet "Table N" (N from 1, in the order the
// start tags appear; see html_table_parser.h for text rules and nested tables).
//
// Cells: a cell whose raw number travels in an attribute (LibreOffice sdval="…", Excel
// x:num="…", or a bare x:num on a plainly numeric text) is a Number cell with raw = that
// number text; its displayed text is not kept, but LibreOffice's sdnum format code becomes the
// cell's number format (so "100%" with sdval="1" reads back as 1 with format "0%"). x:str
// forces text. Every other non-empty cell is Text with raw = the displayed text. rowspan /
// colspan become merges, cut at the table's last row. Rows styled display:none are hidden rows.
//
// Encoding: BOM / BOM-less UTF-16 / UTF-8 as decided by text_decode.h; text that is not UTF-8
// is read as Windows-1252 (a superset of ISO-8859-1), whatever <meta charset> says.
// Limits: a cell's text is cut at max_cell_bytes ("html.cell_truncated"); tables beyond
// max_sheets or nested deeper than max_xml_depth are skipped ("html.tables_ignored"); spans
// beyond the grid are cut ("html.span_clamped"); more than max_merges merges in a table ->
// the rest are dropped ("html.merges_dropped"); more than max_cells cells -> ReadError
// LimitExceeded. A page without any <table> -> ReadError UnknownFormat.
#include <algorithm>
#include <charconv>
#include <fstream>

#include "ingest/html_table_parser.h"
#include "ingest/file_bytes.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/sdnum_format.h"
#include "ingest/text_decode.h"

namespace sakip {

namespace {

// A plain number as stored in sdval / x:num: optional '-', digits, optional fraction and
// exponent. No grouping, no '+', no spaces.
bool plain_number(std::string_view s, double& out) {
  if (s.empty() || s.size() > 64) return false;
  const char* b = s.data();
  const char* e = s.data() + s.size();
  auto [p, ec] = std::from_chars(b, e, out, std::chars_format::general);
  return ec == std::errc() && p == e;
}

// Turns each parsed cell into a Cell at once (the parser keeps no list of cells).
class WorkbookSink : public HtmlTableSink {
 public:
  WorkbookSink(Workbook& wb, const ReadLimits& limits) : wb_(wb), limits_(limits) {}

  void table_start(size_t table) override {
    (void)table;  // tables arrive in start order: table == wb_.sheets.size()
    Sheet sheet;
    sheet.name = "Table " + std::to_string(wb_.sheets.size() + 1);
    wb_.sheets.push_back(std::move(sheet));
    spans_.emplace_back();
    dropped_merges_.push_back(0);
  }

  void cell(size_t table, const HtmlCell& hc) override {
    Sheet& sheet = wb_.sheets[table];
    if (hc.truncated)
      wb_.diagnostics.push_back({"html.cell_truncated", sheet.name, to_a1(hc.row, hc.col),
                                 "max_cell_bytes=" + std::to_string(limits_.max_cell_bytes)});
    if (hc.rowspan > 1 || hc.colspan > 1) {
      if (spans_[table].size() < limits_.max_merges)
        spans_[table].push_back(RangeRef{{hc.row, hc.col}, {hc.row + hc.rowspan - 1, hc.col + hc.colspan - 1}});
      else
        ++dropped_merges_[table];
    }
    Cell c;
    c.row = hc.row;
    c.col = hc.col;
    double v = 0;
    if (!hc.xstr && hc.has_sdval && plain_number(hc.sdval, v)) {
      c.kind = CellKind::Number;
      c.number = v;
      c.raw = wb_.strings.add(hc.sdval);
      if (hc.has_sdnum) c.format = format_of_sdnum(hc.sdnum);
    } else if (!hc.xstr && hc.has_xnum && !hc.xnum.empty() && plain_number(hc.xnum, v)) {
      c.kind = CellKind::Number;
      c.number = v;
      c.raw = wb_.strings.add(hc.xnum);
    } else if (!hc.xstr && hc.has_xnum && hc.xnum.empty() && plain_number(hc.text, v)) {
      c.kind = CellKind::Number;
      c.number = v;
      c.raw = wb_.strings.add(hc.text);
    } else if (!hc.text.empty()) {
      c.kind = CellKind::Text;
      c.raw = wb_.strings.add(hc.text);
    } else {
      return;  // an empty merged block: the merge is kept, no cell
    }
    sheet.cells.push_back(c);
    if (wb_.strings.bytes() > limits_.max_string_bytes) strings_exceeded = true;
  }

  void table_end(size_t table, const HtmlTableInfo& info) override {
    Sheet& sheet = wb_.sheets[table];
    if (info.spans_clamped)
      wb_.diagnostics.push_back({"html.span_clamped", sheet.name, "",
                                 "dropped_cells=" + std::to_string(info.dropped_cells)});
    for (RangeRef r : spans_[table]) {
      // a rowspan ends at the table's last row
      if (info.rows > 0) r.last.row = std::min(r.last.row, std::max(info.rows - 1, r.first.row));
      if (r.last.row > r.first.row || r.last.col > r.first.col) sheet.merges.push_back(Merge{r});
    }
    spans_[table].clear();
    spans_[table].shrink_to_fit();
    if (dropped_merges_[table])
      wb_.diagnostics.push_back({"html.merges_dropped", sheet.name, "",
                                 "count=" + std::to_string(dropped_merges_[table])});
    sheet.finalize();
  }

  void row_hidden(size_t table, uint32_t row) override { wb_.sheets[table].hidden_rows.push_back(row); }

  bool strings_exceeded = false;

 private:
  uint32_t format_of_sdnum(const std::string& sdnum) {
    // exports repeat a handful of sdnum values on every cell: remember the last few
    for (const auto& [text, id] : sdnum_cache_)
      if (text == sdnum) return id;
    const std::string code = sdnum_format_code(sdnum);
    const uint32_t id = code.empty() ? 0 : wb_.add_format(code);
    if (sdnum_cache_.size() < 64) sdnum_cache_.emplace_back(sdnum, id);
    return id;
  }

  Workbook& wb_;
  const ReadLimits& limits_;
  std::vector<std::vector<RangeRef>> spans_;
  std::vector<uint32_t> dropped_merges_;
  std::vector<std::pair<std::string, uint32_t>> sdnum_cache_;
};

}  // namespace

Workbook read_html(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Html;

  std::string html;
  {
    std::string bytes = read_file_bytes(path, limits);
    const EncodingGuess g = detect_encoding(bytes);
    if (g.encoding == TextEncoding::Windows1252) wb.diagnostics.push_back({"text.encoding", "", "", "windows-1252"});
    if (g.encoding == TextEncoding::Utf8) {
      bytes.erase(0, g.bom_bytes);
      html = std::move(bytes);
    } else {
      html = decode_to_utf8(bytes, g);
    }
  }
  if (const size_t nul = static_cast<size_t>(std::count(html.begin(), html.end(), '\0'))) {
    html.erase(std::remove(html.begin(), html.end(), '\0'), html.end());
    wb.diagnostics.push_back({"html.nul_bytes", "", "", "count=" + std::to_string(nul)});
  }

  HtmlParseLimits pl;
  pl.max_cell_bytes = limits.max_cell_bytes;
  pl.max_tables = limits.max_sheets;
  pl.max_table_depth = limits.max_xml_depth;
  pl.max_cells = limits.max_cells;
  WorkbookSink sink(wb, limits);
  const HtmlParseResult parsed = parse_html_tables(html, pl, sink);
  if (parsed.cells_exceeded)
    throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
  if (sink.strings_exceeded)
    throw ReadError(ReadErrorCode::LimitExceeded,
                    "string bytes > " + std::to_string(limits.max_string_bytes));
  if (parsed.tables == 0) throw ReadError(ReadErrorCode::UnknownFormat, "html without <table>");
  if (parsed.ignored_tables)
    wb.diagnostics.push_back({"html.tables_ignored", "", "", "count=" + std::to_string(parsed.ignored_tables)});
  return wb;
}

}  // namespace sakip
