// HTML reader: every <table> of the page becomes a sheet "Table N" (N from 1, in the order the
// start tags appear; see html_table_parser.h for text rules and nested tables).
//
// Cells: a cell whose raw number travels in an attribute (LibreOffice sdval="…", Excel
// x:num="…", or a bare x:num on a plainly numeric text) is a Number cell with raw = that
// number text; its displayed text is not kept, but LibreOffice's sdnum format code becomes the
// cell's number format (so "100%" with sdval="1" reads back as 1 with format "0%"). x:str
// forces text. Every other non-empty cell is Text with raw = the displayed text. rowspan /
// colspan become merges, cut at the table's last row.
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
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/sdnum_format.h"
#include "ingest/text_decode.h"

namespace sakip {

namespace {

std::string read_all(const std::string& path, const ReadLimits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError(ReadErrorCode::Unreadable, path);
  in.seekg(0, std::ios::end);
  const auto size = static_cast<uint64_t>(in.tellg());
  if (size > limits.max_file_bytes)
    throw ReadError(ReadErrorCode::LimitExceeded,
                    std::to_string(size) + " B > " + std::to_string(limits.max_file_bytes) + " B");
  in.seekg(0);
  std::string data(size, '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  data.resize(static_cast<size_t>(in.gcount()));
  return data;
}

// A plain number as stored in sdval / x:num: optional '-', digits, optional fraction and
// exponent. No grouping, no '+', no spaces.
bool plain_number(std::string_view s, double& out) {
  if (s.empty() || s.size() > 64) return false;
  const char* b = s.data();
  const char* e = s.data() + s.size();
  auto [p, ec] = std::from_chars(b, e, out, std::chars_format::general);
  return ec == std::errc() && p == e;
}

}  // namespace

Workbook read_html(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Html;

  std::string html;
  {
    std::string bytes = read_all(path, limits);
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
  HtmlParseResult parsed = parse_html_tables(html, pl);
  html.clear();
  html.shrink_to_fit();
  if (parsed.cells_exceeded)
    throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
  if (parsed.tables.empty()) throw ReadError(ReadErrorCode::UnknownFormat, "html without <table>");
  if (parsed.ignored_tables)
    wb.diagnostics.push_back({"html.tables_ignored", "", "", "count=" + std::to_string(parsed.ignored_tables)});

  wb.sheets.reserve(parsed.tables.size());
  for (size_t ti = 0; ti < parsed.tables.size(); ++ti) {
    HtmlTable& table = parsed.tables[ti];
    Sheet sheet;
    sheet.name = "Table " + std::to_string(ti + 1);
    if (table.spans_clamped)
      wb.diagnostics.push_back({"html.span_clamped", sheet.name, "",
                                "dropped_cells=" + std::to_string(table.dropped_cells)});
    sheet.cells.reserve(table.cells.size());
    uint32_t dropped_merges = 0;
    for (HtmlCell& hc : table.cells) {
      if (hc.truncated)
        wb.diagnostics.push_back({"html.cell_truncated", sheet.name, to_a1(hc.row, hc.col),
                                  "max_cell_bytes=" + std::to_string(limits.max_cell_bytes)});
      if (hc.rowspan > 1 || hc.colspan > 1) {
        const uint32_t last_row =
            std::min<uint64_t>(uint64_t{hc.row} + hc.rowspan - 1, std::max(table.rows, hc.row + 1) - 1);
        const uint32_t last_col = hc.col + hc.colspan - 1;
        if (last_row > hc.row || last_col > hc.col) {
          if (sheet.merges.size() < limits.max_merges)
            sheet.merges.push_back(Merge{RangeRef{{hc.row, hc.col}, {last_row, last_col}}});
          else
            ++dropped_merges;
        }
      }
      Cell c;
      c.row = hc.row;
      c.col = hc.col;
      double v = 0;
      if (!hc.xstr && hc.has_sdval && plain_number(hc.sdval, v)) {
        c.kind = CellKind::Number;
        c.number = v;
        c.raw = wb.strings.add(hc.sdval);
        if (hc.has_sdnum) {
          const std::string code = sdnum_format_code(hc.sdnum);
          if (!code.empty()) c.format = wb.add_format(code);
        }
      } else if (!hc.xstr && hc.has_xnum && !hc.xnum.empty() && plain_number(hc.xnum, v)) {
        c.kind = CellKind::Number;
        c.number = v;
        c.raw = wb.strings.add(hc.xnum);
      } else if (!hc.xstr && hc.has_xnum && hc.xnum.empty() && plain_number(hc.text, v)) {
        c.kind = CellKind::Number;
        c.number = v;
        c.raw = wb.strings.add(hc.text);
      } else if (!hc.text.empty()) {
        c.kind = CellKind::Text;
        c.raw = wb.strings.add(hc.text);
      } else {
        continue;  // an empty merged block: the merge is kept, no cell
      }
      sheet.cells.push_back(c);
      if (wb.strings.bytes() > limits.max_string_bytes)
        throw ReadError(ReadErrorCode::LimitExceeded,
                        "string bytes > " + std::to_string(limits.max_string_bytes));
    }
    if (dropped_merges)
      wb.diagnostics.push_back({"html.merges_dropped", sheet.name, "", "count=" + std::to_string(dropped_merges)});
    table.cells.clear();
    table.cells.shrink_to_fit();
    sheet.finalize();
    wb.sheets.push_back(std::move(sheet));
  }
  return wb;
}

}  // namespace sakip
