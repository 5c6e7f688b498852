// Legacy .xls (BIFF8) through FreeXL 1.0.6, completed by our own bounded read of the BIFF
// records (ingest/biff_records.h) for what FreeXL does not expose: number formats, merges,
// sheet visibility, hidden rows/columns, booleans, errors and formula results (FreeXL returns
// NULL for BOOLERR and FORMULA cells).
//
// Values: text from FreeXL (it decodes the SST, CONTINUE splits and code pages); numbers from
// FreeXL; dates, which FreeXL turns into 'YYYY-MM-DD[ HH:MM:SS]' strings, go back to the serial
// number (the record's exact double when we have it, else the string in the workbook's date
// mode). Cell.raw of numbers is the shortest round-trip text of the double. Formula text is not
// decoded (BIFF keeps it as RPN tokens): formula cells carry their cached value only.
#include <freexl.h>

#include <charconv>
#include <cstring>
#include <fstream>
#include <memory>

#include "ingest/biff_records.h"
#include "ingest/ole_container.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/xlsx_sheet_parser.h"

namespace sakip {

namespace {

// The sum of the sheets' DIMENSIONS boxes FreeXL may allocate (about 48 bytes a cell: 4 M
// cells = 0.19 GB). Real workbooks' boxes are their used ranges: Bantul 2016 claims 911 x 4.
constexpr uint64_t kMaxFreexlBox = 4'000'000;

std::string_view freexl_error_name(int rc) {
  switch (rc) {
    case FREEXL_FILE_NOT_FOUND: return "FREEXL_FILE_NOT_FOUND";
    case FREEXL_NULL_HANDLE: return "FREEXL_NULL_HANDLE";
    case FREEXL_INVALID_HANDLE: return "FREEXL_INVALID_HANDLE";
    case FREEXL_INSUFFICIENT_MEMORY: return "FREEXL_INSUFFICIENT_MEMORY";
    case FREEXL_NULL_ARGUMENT: return "FREEXL_NULL_ARGUMENT";
    case FREEXL_INVALID_INFO_ARG: return "FREEXL_INVALID_INFO_ARG";
    case FREEXL_INVALID_CFBF_HEADER: return "FREEXL_INVALID_CFBF_HEADER";
    case FREEXL_CFBF_READ_ERROR: return "FREEXL_CFBF_READ_ERROR";
    case FREEXL_CFBF_SEEK_ERROR: return "FREEXL_CFBF_SEEK_ERROR";
    case FREEXL_CFBF_INVALID_SIGNATURE: return "FREEXL_CFBF_INVALID_SIGNATURE";
    case FREEXL_CFBF_INVALID_SECTOR_SIZE: return "FREEXL_CFBF_INVALID_SECTOR_SIZE";
    case FREEXL_CFBF_EMPTY_FAT_CHAIN: return "FREEXL_CFBF_EMPTY_FAT_CHAIN";
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY: return "FREEXL_CFBF_ILLEGAL_FAT_ENTRY";
    case FREEXL_BIFF_INVALID_BOF: return "FREEXL_BIFF_INVALID_BOF";
    case FREEXL_BIFF_INVALID_SST: return "FREEXL_BIFF_INVALID_SST";
    case FREEXL_BIFF_ILLEGAL_SST_INDEX: return "FREEXL_BIFF_ILLEGAL_SST_INDEX";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "FREEXL_BIFF_WORKBOOK_NOT_FOUND";
    case FREEXL_BIFF_ILLEGAL_SHEET_INDEX: return "FREEXL_BIFF_ILLEGAL_SHEET_INDEX";
    case FREEXL_BIFF_UNSELECTED_SHEET: return "FREEXL_BIFF_UNSELECTED_SHEET";
    case FREEXL_INVALID_CHARACTER: return "FREEXL_INVALID_CHARACTER";
    case FREEXL_UNSUPPORTED_CHARSET: return "FREEXL_UNSUPPORTED_CHARSET";
    case FREEXL_ILLEGAL_CELL_ROW_COL: return "FREEXL_ILLEGAL_CELL_ROW_COL";
    case FREEXL_ILLEGAL_RK_VALUE: return "FREEXL_ILLEGAL_RK_VALUE";
    case FREEXL_INVALID_MINI_STREAM: return "FREEXL_INVALID_MINI_STREAM";
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY: return "FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY";
    case FREEXL_CRAFTED_FILE: return "FREEXL_CRAFTED_FILE";
  }
  return "FREEXL_UNKNOWN_ERROR";
}

struct FreexlHandle {
  const void* h = nullptr;
  ~FreexlHandle() {
    if (h) freexl_close(h);
  }
};

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
  const void* h;
  const BiffWorkbook* biff;  // nullptr when the records could not be read
  std::vector<uint32_t> xf_formats;  // XF index -> Workbook format (+1; 0 = not resolved yet)
  uint64_t cell_total = 0;

  uint32_t format_for_xf(uint16_t xf) {
    if (!biff) return 0;
    if (xf_formats.size() < biff->xf_format.size()) xf_formats.resize(biff->xf_format.size(), 0);
    if (xf >= xf_formats.size()) return 0;
    if (xf_formats[xf] == 0) xf_formats[xf] = wb.add_format(biff->format_code(xf)) + 1;
    return xf_formats[xf] - 1;
  }

  void push(Sheet& sheet, Cell c) {
    if (++cell_total > limits.max_cells)
      throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
    if (wb.strings.bytes() > limits.max_string_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded, "string bytes > " + std::to_string(limits.max_string_bytes));
    sheet.cells.push_back(c);
  }

  // One cell: FreeXL's value at (row, col), completed by the record `rec` when we have it.
  void cell(Sheet& sheet, uint32_t row, uint32_t col, const BiffCell* rec, const BiffSheet* bs) {
    FreeXL_CellValue v{};
    // FreeXL's reading of FORMULA records is unreliable (NULL for numeric results in some
    // files, 0 for string results in others): a formula's cached value comes from its record.
    const int rc = rec && rec->formula ? FREEXL_OK - 1
                                       : freexl_get_cell_value(h, row, static_cast<unsigned short>(col), &v);
    if (rc != FREEXL_OK) v.type = FREEXL_CELL_NULL;
    Cell c;
    c.row = row;
    c.col = col;
    if (rec) c.format = format_for_xf(rec->xf);
    switch (v.type) {
      case FREEXL_CELL_INT:
        c.kind = CellKind::Number;
        c.number = v.value.int_value;
        break;
      case FREEXL_CELL_DOUBLE:
        c.kind = CellKind::Number;
        c.number = v.value.double_value;
        break;
      case FREEXL_CELL_TEXT:
      case FREEXL_CELL_SST_TEXT: {
        c.kind = CellKind::Text;
        bool cut = false;
        const std::string_view t = cap_text(v.value.text_value ? v.value.text_value : "", limits.max_cell_bytes, cut);
        if (cut) wb.diagnostics.push_back({"cell.text_truncated", sheet.name, to_a1(row, col), std::to_string(limits.max_cell_bytes)});
        c.raw = wb.strings.add(t);
        if (c.raw == 0) return;  // an empty string is no value
        push(sheet, c);
        return;
      }
      case FREEXL_CELL_DATE:
      case FREEXL_CELL_DATETIME:
      case FREEXL_CELL_TIME: {
        c.kind = CellKind::Number;
        if (rec && rec->kind == BiffCellKind::Number) {
          c.number = rec->number;  // exact, no round trip through seconds
        } else {
          std::string text = v.value.text_value ? v.value.text_value : "";
          if (v.type == FREEXL_CELL_TIME) text.insert(0, "T");
          double serial = 0;
          if (!iso_datetime_to_serial(text, wb.date_system, serial)) {
            wb.diagnostics.push_back({"xls.bad_date", sheet.name, to_a1(row, col), text.substr(0, 40)});
            c.kind = CellKind::Text;
            c.raw = wb.strings.add(text);
            push(sheet, c);
            return;
          }
          c.number = serial;
        }
        if (!rec) c.format = wb.add_format(v.type == FREEXL_CELL_TIME ? "hh:mm:ss" : "yyyy-mm-dd");
        break;
      }
      default: {  // NULL: FreeXL leaves BOOLERR, FORMULA and BLANK cells empty
        if (!rec) return;
        switch (rec->kind) {
          case BiffCellKind::Number:
            c.kind = CellKind::Number;
            c.number = rec->number;
            break;
          case BiffCellKind::Boolean:
            c.kind = CellKind::Boolean;
            c.number = rec->number;
            c.raw = wb.strings.add(rec->number != 0 ? "TRUE" : "FALSE");
            push(sheet, c);
            return;
          case BiffCellKind::Error:
            c.kind = CellKind::Error;
            c.raw = wb.strings.add(biff_error_text(rec->error));
            push(sheet, c);
            return;
          case BiffCellKind::Text:
            if (rec->text > 0 && bs && rec->text <= bs->texts.size()) {
              c.kind = CellKind::Text;
              c.raw = wb.strings.add(bs->texts[rec->text - 1]);
              if (c.raw != 0) {
                push(sheet, c);
                return;
              }
            }
            c.kind = CellKind::Blank;
            break;
          case BiffCellKind::Blank:
            c.kind = CellKind::Blank;
            break;
        }
        if (c.kind == CellKind::Blank) {
          if (c.format == 0) return;  // nothing at all
          push(sheet, c);
          return;
        }
        break;
      }
    }
    c.raw = add_number_raw(wb, c.number);
    push(sheet, c);
  }
};

}  // namespace

Workbook read_xls(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Xls;

  // 1. Our own read of the records: encryption first, then the facts FreeXL does not give.
  const std::string bytes = read_file(path, limits);
  std::unique_ptr<BiffWorkbook> biff;
  std::string biff_problem;
  try {
    OleContainer ole(bytes);
    std::optional<std::string> stream = ole.stream("Workbook");
    if (!stream) {
      if (ole.stream("Book")) throw ReadError(ReadErrorCode::Unsupported, "xls: BIFF5 or older (Excel 95)");
      if (ole.stream("EncryptedPackage")) throw ReadError(ReadErrorCode::Encrypted, "");
      throw ReadError(ReadErrorCode::CorruptXls, "cfb: no Workbook stream");
    }
    biff = std::make_unique<BiffWorkbook>(parse_biff_workbook(*stream, limits));
    if (biff->encrypted) throw ReadError(ReadErrorCode::Encrypted, "FILEPASS");
  } catch (const ReadError& e) {
    // A container or globals we cannot read never reaches FreeXL: under ASan, FreeXL 1.0.6
    // reads out of scope (iconv on a dead stack buffer) on garbage after an OLE header.
    throw;
  }

  // FreeXL 1.0.6 allocates every sheet's DIMENSIONS box densely (measured: a 7 KB file claiming
  // 65,536 x 256 cells took 0.8 GB and 35 s). Refuse such a box before FreeXL sees it.
  if (biff) {
    uint64_t box = 0;
    for (const BiffSheet& s : biff->sheets) box += s.dim_rows * s.dim_cols;
    if (box > kMaxFreexlBox)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      "xls dimensions " + std::to_string(box) + " cells > " + std::to_string(kMaxFreexlBox));
  }

  // 2. FreeXL for the values. Its error decides when the file cannot be read at all.
  FreexlHandle fx;
  const int rc = freexl_open(path.c_str(), &fx.h);
  if (rc != FREEXL_OK) {
    std::string detail(freexl_error_name(rc));
    if (!biff_problem.empty()) detail += " (" + biff_problem + ")";
    throw ReadError(ReadErrorCode::CorruptXls, detail);
  }
  unsigned int info = 0;
  if (freexl_get_info(fx.h, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
    throw ReadError(ReadErrorCode::Encrypted, "FILEPASS");
  if (freexl_get_info(fx.h, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK && info == FREEXL_BIFF_DATEMODE_1904)
    wb.date_system = DateSystem::D1904;
  unsigned int sheet_count = 0;
  if (freexl_get_info(fx.h, FREEXL_BIFF_SHEET_COUNT, &sheet_count) != FREEXL_OK)
    throw ReadError(ReadErrorCode::CorruptXls, "FREEXL_BIFF_SHEET_COUNT");
  if (sheet_count > limits.max_sheets)
    throw ReadError(ReadErrorCode::LimitExceeded, "sheets > " + std::to_string(limits.max_sheets));

  // Our worksheets in BOUNDSHEET order, to pair with FreeXL's by name (then by position).
  std::vector<const BiffSheet*> biff_sheets;
  if (biff)
    for (const BiffSheet& s : biff->sheets)
      if (s.type == 0) biff_sheets.push_back(&s);

  SheetReader reader{wb, limits, fx.h, biff.get(), {}, 0};
  for (unsigned int i = 0; i < sheet_count; ++i) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(fx.h, static_cast<unsigned short>(i), &name) != FREEXL_OK) continue;
    Sheet sheet;
    sheet.name = name ? name : "";
    if (!options.only_sheet.empty() && sheet.name != options.only_sheet) continue;
    const BiffSheet* bs = nullptr;
    for (const BiffSheet* b : biff_sheets)
      if (b->name == sheet.name) { bs = b; break; }
    if (!bs && biff && i < biff_sheets.size()) bs = biff_sheets[i];
    if (freexl_select_active_worksheet(fx.h, static_cast<unsigned short>(i)) != FREEXL_OK) {
      wb.diagnostics.push_back({"xls.sheet_unreadable", sheet.name, "", "select"});
      continue;
    }
    unsigned int rows = 0;
    unsigned short cols = 0;
    if (freexl_worksheet_dimensions(fx.h, &rows, &cols) != FREEXL_OK) {
      wb.diagnostics.push_back({"xls.sheet_unreadable", sheet.name, "", "dimensions"});
      continue;
    }
    if (bs) {
      sheet.state = bs->state == 1 ? SheetState::Hidden : bs->state == 2 ? SheetState::VeryHidden : SheetState::Visible;
      sheet.merges.reserve(bs->merges.size());
      for (const RangeRef& r : bs->merges) sheet.merges.push_back({r});
      sheet.hidden_rows = bs->hidden_rows;
      sheet.hidden_cols = bs->hidden_cols;
      sheet.row_outline = bs->row_outline;
      if (!bs->problem.empty()) wb.diagnostics.push_back({"xls.sheet_truncated", sheet.name, "", bs->problem});
      // Sparse: visit only the cells the records name (never the bounding box).
      // A cell outside FreeXL's box gets what its record says.
      for (const BiffCell& rec : bs->cells) reader.cell(sheet, rec.row, rec.col, &rec, bs);
    } else {
      // No records: walk FreeXL's box (BIFF8 caps it at 65,536 x 256; FreeXL has already
      // allocated it), bounded by the cell cap.
      const uint64_t box = static_cast<uint64_t>(rows) * cols;
      if (box > limits.max_cells)
        throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
      for (uint32_t r = 0; r < rows; ++r)
        for (uint32_t c = 0; c < cols; ++c) reader.cell(sheet, r, c, nullptr, nullptr);
    }
    sheet.finalize();
    wb.sheets.push_back(std::move(sheet));
  }
  return wb;
}

}  // namespace sakip
