// Legacy .xls (BIFF8): a bounded read of the Compound File container (ingest/ole_container.h)
// and of the Workbook stream's records (ingest/biff_records.h), which give every cell, its
// number format, the shared strings, merges, sheet visibility and hidden rows/columns.
//
// Numbers are the records' exact doubles; Cell.raw of a number is the shortest round-trip
// text of the double. Dates are numbers whose format is a date format, as in xlsx. Formula text
// is not decoded (BIFF keeps it as RPN tokens): formula cells carry their cached value only.
//
// FreeXL 1.0.6 read the values until it was found to read uninitialised stack memory on a
// crafted file and to allocate each sheet's claimed DIMENSIONS box densely (docs/robustness.md);
// it is now the reference of tests/ingest/xls_freexl_diff_test.cpp.
#include <charconv>
#include <cstring>
#include <fstream>
#include <memory>

#include "ingest/biff_records.h"
#include "ingest/ole_container.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {

namespace {

std::string read_file(const std::string& path, const ReadLimits& limits) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw ReadError(ReadErrorCode::Unreadable, std::strerror(errno));
  const std::streamoff size = in.tellg();
  if (size < 0) throw ReadError(ReadErrorCode::Unreadable, "tell");
  if (static_cast<uint64_t>(size) > limits.max_file_bytes)
    throw ReadError(ReadErrorCode::LimitExceeded,
                    std::to_string(size) + " B > " + std::to_string(limits.max_file_bytes) + " B");
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw ReadError(ReadErrorCode::Unreadable, "short read");
  return bytes;
}

uint32_t add_number_raw(Workbook& wb, double v) {
  char b[32];
  auto [p, ec] = std::to_chars(b, b + sizeof b, v);
  if (ec != std::errc()) return 0;
  return wb.strings.add(std::string_view(b, static_cast<size_t>(p - b)));
}

// Cuts a text to the per-cell cap at a UTF-8 character boundary.
std::string_view cap_text(std::string_view s, uint64_t cap, bool& cut) {
  cut = s.size() > cap;
  if (!cut) return s;
  size_t n = static_cast<size_t>(cap);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

struct SheetReader {
  Workbook& wb;
  const ReadLimits& limits;
  const BiffWorkbook& biff;
  std::vector<uint32_t> xf_formats;  // XF index -> Workbook format (+1; 0 = not resolved yet)
  uint64_t cell_total = 0;

  uint32_t format_for_xf(uint16_t xf) {
    if (xf_formats.size() < biff.xf_format.size()) xf_formats.resize(biff.xf_format.size(), 0);
    if (xf >= xf_formats.size()) return 0;
    if (xf_formats[xf] == 0) xf_formats[xf] = wb.add_format(biff.format_code(xf)) + 1;
    return xf_formats[xf] - 1;
  }

  void push(Sheet& sheet, Cell c) {
    if (++cell_total > limits.max_cells)
      throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
    if (wb.strings.bytes() > limits.max_string_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded, "string bytes > " + std::to_string(limits.max_string_bytes));
    sheet.cells.push_back(c);
  }

  // The text a record names: a shared string, or its own (LABEL, RSTRING, a formula's STRING).
  // nullptr when the index is out of range (an odd cell: a diagnostic, not a crash).
  const std::string* text_of(const Sheet& sheet, const BiffSheet& bs, const BiffCell& rec) {
    if (rec.from_sst) {
      if (rec.sst < biff.sst.size()) return &biff.sst[rec.sst];
      wb.diagnostics.push_back({"xls.bad_sst_index", sheet.name, to_a1(rec.row, rec.col),
                                std::to_string(rec.sst) + " >= " + std::to_string(biff.sst.size())});
      return nullptr;
    }
    if (rec.text > 0 && rec.text <= bs.texts.size()) return &bs.texts[rec.text - 1];
    return nullptr;
  }

  void cell(Sheet& sheet, const BiffSheet& bs, const BiffCell& rec) {
    Cell c;
    c.row = rec.row;
    c.col = rec.col;
    c.format = format_for_xf(rec.xf);
    switch (rec.kind) {
      case BiffCellKind::Number:
        c.kind = CellKind::Number;
        c.number = rec.number;
        c.raw = add_number_raw(wb, c.number);
        break;
      case BiffCellKind::Text: {
        const std::string* t = text_of(sheet, bs, rec);
        if (!t || t->empty()) {  // an empty string is no value: at most a styled blank
          if (c.format == 0) return;
          c.kind = CellKind::Blank;
          break;
        }
        bool cut = false;
        const std::string_view v = cap_text(*t, limits.max_cell_bytes, cut);
        if (cut)
          wb.diagnostics.push_back({"cell.text_truncated", sheet.name, to_a1(rec.row, rec.col),
                                    std::to_string(limits.max_cell_bytes)});
        c.kind = CellKind::Text;
        c.raw = wb.strings.add(v);
        break;
      }
      case BiffCellKind::Boolean:
        c.kind = CellKind::Boolean;
        c.number = rec.number;
        c.raw = wb.strings.add(rec.number != 0 ? "TRUE" : "FALSE");
        break;
      case BiffCellKind::Error:
        c.kind = CellKind::Error;
        c.raw = wb.strings.add(biff_error_text(rec.error));
        break;
      case BiffCellKind::Blank:
        if (c.format == 0) return;  // nothing at all
        c.kind = CellKind::Blank;
        break;
    }
    push(sheet, c);
  }
};

}  // namespace

Workbook read_xls(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Xls;

  const std::string bytes = read_file(path, limits);
  OleContainer ole(bytes);
  std::optional<std::string> stream = ole.stream("Workbook");
  if (!stream) {
    if (ole.stream("Book")) throw ReadError(ReadErrorCode::Unsupported, "xls: BIFF5 or older (Excel 95)");
    if (ole.stream("EncryptedPackage")) throw ReadError(ReadErrorCode::Encrypted, "");
    throw ReadError(ReadErrorCode::CorruptXls, "cfb: no Workbook stream");
  }
  const BiffWorkbook biff = parse_biff_workbook(*stream, limits);
  if (biff.encrypted) throw ReadError(ReadErrorCode::Encrypted, "FILEPASS");
  if (biff.date1904) wb.date_system = DateSystem::D1904;
  if (!biff.sst_problem.empty()) wb.diagnostics.push_back({"xls.sst_truncated", "", "", biff.sst_problem});

  SheetReader reader{wb, limits, biff, {}, 0};
  for (const BiffSheet& bs : biff.sheets) {
    if (bs.type != 0) continue;  // charts, macro sheets, VB modules hold no cells for us
    if (!options.only_sheet.empty() && bs.name != options.only_sheet) continue;
    Sheet sheet;
    sheet.name = bs.name;
    sheet.state = bs.state == 1 ? SheetState::Hidden : bs.state == 2 ? SheetState::VeryHidden : SheetState::Visible;
    sheet.merges.reserve(bs.merges.size());
    for (const RangeRef& r : bs.merges) sheet.merges.push_back({r});
    sheet.hidden_rows = bs.hidden_rows;
    sheet.hidden_cols = bs.hidden_cols;
    sheet.row_outline = bs.row_outline;
    if (!bs.problem.empty()) wb.diagnostics.push_back({"xls.sheet_truncated", sheet.name, "", bs.problem});
    // Sparse: only the cells the records name, never the claimed box.
    for (const BiffCell& rec : bs.cells) reader.cell(sheet, bs, rec);
    sheet.finalize();
    wb.sheets.push_back(std::move(sheet));
  }
  return wb;
}

}  // namespace sakip
