// One worksheet part (xl/worksheets/sheetN.xml), streamed through XmlSaxParser by an explicit
// state machine. Memory grows with the cells, never with the XML size or the <dimension>:
// values are parsed from reused buffers, shared strings are referenced by pool id, numbers are
// parsed with std::from_chars and only their stored text is appended to the pool.
//
// Handles: t = n (default) | s | str | inlineStr (<is> with runs, phonetic runs skipped) | b | e
// | d (ISO 8601 -> serial); rows and cells without r (the next row / column); <f> formulas,
// shared formulas (dependents get the master's text moved by their offset), array formulas;
// cached <v> values; <mergeCell>; hidden rows, row outline levels; hidden columns; styled
// blank cells. A reference past XFD1048576 is a Diagnostic and the cell is skipped; the cell
// total is capped by ReadLimits::max_cells (ReadError LimitExceeded), merges by max_merges.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/limits.h"
#include "ingest/workbook.h"
#include "ingest/xlsx_styles.h"

namespace sakip {

class XmlSaxParser;
class XmlScanner;

struct XlsxSheetContext {
  Workbook& wb;
  Sheet& sheet;
  const std::vector<uint32_t>& shared_strings;  // index -> StringPool id
  const XlsxStyles& styles;
  const ReadLimits& limits;
  uint64_t& cell_total;  // cells read so far across the workbook (for max_cells)
  std::string part;      // for messages
  uint64_t part_bytes = 0;  // the part's declared inflated size: a hint for reserving, 0 = unknown
};

class XlsxSheetParser {
 public:
  // `scanner`: tokenise with the hand-written XmlScanner instead of expat; it throws
  // XmlScanDeclined on anything outside its strict subset, and the caller must then discard
  // what this parser added (see read_xlsx) and read the part again with expat.
  explicit XlsxSheetParser(const XlsxSheetContext& ctx, bool scanner = false);
  ~XlsxSheetParser();
  // Throws ReadError: CorruptXml (part and line), LimitExceeded.
  void feed(const char* data, size_t size);
  // Ends the document; adds the hidden columns and summary diagnostics to the sheet.
  void finish();

  struct State;

 private:
  std::unique_ptr<State> state_;
  std::unique_ptr<XmlSaxParser> parser_;
  std::unique_ptr<XmlScanner> scanner_;
};

// Days since the epoch of `system` for an ISO 8601 date/time text ("2024-03-15",
// "2024-03-15T10:30:00", "T10:30:00"), as Excel stores it; false when it is not one.
bool iso_datetime_to_serial(std::string_view text, DateSystem system, double& serial);

}  // namespace sakip
