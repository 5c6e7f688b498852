// Everything the .xls reader takes from a Workbook stream's BIFF8 records: sheets and their
// visibility (BOUNDSHEET), the shared-string table (SST + CONTINUE), number format codes
// (FORMAT + XF), merged ranges (MERGEDCELLS), hidden rows/columns (ROW, COLINFO), and every
// cell: numbers (NUMBER, RK, MULRK), texts (LABELSST, LABEL, RSTRING), booleans and errors
// (BOOLERR), formulas' cached results (FORMULA + STRING), styled blanks (BLANK, MULBLANK); the
// date mode and encryption (FILEPASS). FreeXL, which read the values before, is kept as the
// reference of a differential test (tests/ingest/xls_freexl_diff_test.cpp): it read
// uninitialised memory on hostile input and allocated every sheet's claimed box densely
// (docs/robustness.md).
//
// Bounded: every record length is checked against the stream, a sheet offset must lie inside
// it, the record walk always advances, and caps from ReadLimits bound what is collected.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/cell_ref.h"
#include "ingest/limits.h"

namespace sakip {

enum class BiffCellKind : uint8_t {
  Blank,     // BLANK / MULBLANK: a formatted empty cell
  Number,    // NUMBER / RK / MULRK, or a FORMULA with a numeric result
  Text,      // LABELSST / LABEL / RSTRING, or a FORMULA with a string result
  Boolean,   // BOOLERR (bool) or a FORMULA with a boolean result
  Error,     // BOOLERR (error) or a FORMULA with an error result
};

struct BiffCell {
  uint32_t row = 0;
  uint32_t col = 0;
  double number = 0;       // Number: the value; Boolean: 0/1
  uint16_t xf = 0;         // index into BiffWorkbook::xf_format
  uint32_t text = 0;       // LABEL / RSTRING / FORMULA string result: 1 + index into BiffSheet::texts
  uint32_t sst = 0;        // LABELSST: the index it names in BiffWorkbook::sst (may be out of range)
  bool from_sst = false;   // a LABELSST (its text is BiffWorkbook::sst[sst])
  uint8_t error = 0;       // Error: the BIFF error code (0x07 = #DIV/0!, ...)
  BiffCellKind kind = BiffCellKind::Blank;
  bool formula = false;    // the value is a FORMULA's cached result
};

struct BiffSheet {
  std::string name;          // UTF-8
  uint8_t state = 0;         // 0 visible, 1 hidden, 2 very hidden
  uint8_t type = 0;          // 0 worksheet, 1 macro sheet, 2 chart, 6 VB module
  uint32_t offset = 0;       // of its BOF in the Workbook stream
  uint64_t dim_rows = 0;     // DIMENSIONS: the box the sheet claims (FreeXL allocates it densely)
  uint64_t dim_cols = 0;
  std::vector<BiffCell> cells;  // sorted by (row, col), unique (last record wins)
  std::vector<std::string> texts;  // LABEL / RSTRING texts and formulas' cached strings (STRING)
  std::vector<RangeRef> merges;
  std::vector<uint32_t> hidden_rows;
  std::vector<uint32_t> hidden_cols;
  std::vector<std::pair<uint32_t, uint8_t>> row_outline;  // (row, outline level > 0)
  std::string problem;       // non-empty when the substream was cut short (a Diagnostic)
};

struct BiffWorkbook {
  bool encrypted = false;    // a FILEPASS record in the globals
  bool date1904 = false;
  std::unordered_map<uint16_t, std::string> formats;  // FORMAT: ifmt -> code (UTF-8)
  std::vector<uint16_t> xf_format;                    // XF index -> ifmt
  std::vector<std::string> sst;                       // the shared strings, UTF-8
  std::string sst_problem;  // non-empty when the SST was cut short or lied about its count
  std::vector<BiffSheet> sheets;                      // in BOUNDSHEET order

  // The format code for an XF index: a FORMAT record, else Excel's built-in code, else
  // "General".
  std::string format_code(uint16_t xf) const;
};

// Parses a BIFF8 Workbook stream. Throws ReadError(CorruptXls) when the globals cannot be read,
// ReadError(Encrypted) for FILEPASS, ReadError(LimitExceeded) past the caps. A broken sheet
// substream keeps what was read and sets BiffSheet::problem.
BiffWorkbook parse_biff_workbook(std::string_view stream, const ReadLimits& limits);

// Decodes the shared-string table from the SST record's data and its CONTINUE records' data,
// in order (a string may be split across them; its characters then resume after a new flags
// byte). Stops at max_strings; sets `problem` when the data ends before the announced count.
std::vector<std::string> decode_sst(const std::vector<std::string_view>& segments, const ReadLimits& limits,
                                    std::string& problem);

// Decodes an RK value (MS-XLS 2.5.217).
double decode_rk(uint32_t rk);

// The text of a BIFF error code: "#DIV/0!" for 0x07, ...; "#ERR" for an unknown code.
std::string_view biff_error_text(uint8_t code);

}  // namespace sakip
