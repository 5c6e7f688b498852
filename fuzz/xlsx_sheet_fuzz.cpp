// Fuzz target: arbitrary bytes as one worksheet part, fed to XlsxSheetParser (the class the
// xlsx reader streams every sheet through) in two chunks split at an input-chosen point, with
// a small shared-string table and style table, then Sheet::finalize. Only ReadError is accepted.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/workbook.h"
#include "ingest/xlsx_sheet_parser.h"
#include "ingest/xlsx_styles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const sakip::ReadLimits limits = sakip::fuzz::fuzz_limits();
  sakip::Workbook wb;
  std::vector<uint32_t> shared = {wb.strings.add("Sasaran"), wb.strings.add("Indikator"), 0};
  sakip::XlsxStyles styles;
  styles.xf_format = {0, wb.add_format("0.00%"), wb.add_format("#,##0"), wb.add_format("dd/mm/yyyy")};
  wb.sheets.emplace_back();
  sakip::Sheet& sheet = wb.sheets.back();
  sheet.name = "Sheet1";
  uint64_t cell_total = 0;
  const char* p = reinterpret_cast<const char*>(data);
  const size_t cut = size ? (static_cast<size_t>(data[0]) * 7919u) % (size + 1) : 0;
  try {
    sakip::XlsxSheetParser parser(
        sakip::XlsxSheetContext{wb, sheet, shared, styles, limits, cell_total, "xl/worksheets/sheet1.xml"});
    parser.feed(p, cut);
    parser.feed(p + cut, size - cut);
    parser.finish();
    sheet.finalize();
    for (const auto& c : sheet.cells) {
      (void)wb.raw(c);
      (void)wb.formula(c);
      (void)wb.format_of(c);
    }
    for (const auto& m : sheet.merges) (void)sheet.merge_at(m.range.first.row, m.range.first.col);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
