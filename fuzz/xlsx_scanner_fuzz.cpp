// Fuzz target: arbitrary bytes as a worksheet part, read by XlsxSheetParser twice on the same
// bytes -- with the hand-written XmlScanner (split in two chunks at an input-chosen point) and
// with expat, the reference. Unless the scanner declines, both must give the same cells, string
// pool and diagnostics, or the same ReadError; any difference traps.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/workbook.h"
#include "ingest/xlsx_sheet_parser.h"
#include "ingest/xlsx_sheet_scanner.h"
#include "ingest/xlsx_styles.h"

namespace {

struct Outcome {
  sakip::Workbook wb;
  std::string error;
  bool declined = false;
};

void run(const char* p, size_t size, size_t cut, bool scanner, Outcome& o) {
  const sakip::ReadLimits limits = sakip::fuzz::fuzz_limits();
  std::vector<uint32_t> sst;
  for (const char* s : {"nol", "Uraian", "Jumlah"}) sst.push_back(o.wb.strings.add(s));
  sakip::XlsxStyles styles;
  styles.xf_format = {0, o.wb.add_format("0.00%")};
  sakip::Sheet& sheet = o.wb.sheets.emplace_back();
  sheet.name = "S";
  uint64_t total = 0;
  try {
    sakip::XlsxSheetParser parser(
        sakip::XlsxSheetContext{o.wb, sheet, sst, styles, limits, total, "xl/worksheets/sheet1.xml"}, scanner);
    parser.feed(p, cut);
    parser.feed(p + cut, size - cut);
    parser.finish();
    sheet.finalize();
  } catch (const sakip::ReadError& e) {
    o.error = std::string(sakip::to_string(e.code())) + e.detail();
  } catch (const sakip::XmlScanDeclined&) {
    o.declined = true;
  }
}

bool same(const sakip::Workbook& a, const sakip::Workbook& b) {
  if (a.strings.size() != b.strings.size() || a.diagnostics.size() != b.diagnostics.size()) return false;
  for (size_t i = 0; i < a.strings.size(); ++i)
    if (a.strings.get(static_cast<uint32_t>(i)) != b.strings.get(static_cast<uint32_t>(i))) return false;
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    const auto &x = a.diagnostics[i], &y = b.diagnostics[i];
    if (x.code != y.code || x.cell != y.cell || x.detail != y.detail) return false;
  }
  const sakip::Sheet &s = a.sheets[0], &t = b.sheets[0];
  if (s.cells.size() != t.cells.size() || s.merges.size() != t.merges.size() || s.hidden_rows != t.hidden_rows ||
      s.hidden_cols != t.hidden_cols || s.row_outline != t.row_outline)
    return false;
  for (size_t i = 0; i < s.cells.size(); ++i) {
    const sakip::Cell &x = s.cells[i], &y = t.cells[i];
    if (x.row != y.row || x.col != y.col || x.kind != y.kind || x.raw != y.raw || x.formula != y.formula ||
        x.format != y.format || std::memcmp(&x.number, &y.number, sizeof x.number) != 0)
      return false;
  }
  for (size_t i = 0; i < s.merges.size(); ++i)
    if (!(s.merges[i].range == t.merges[i].range)) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* p = reinterpret_cast<const char*>(data);
  const size_t cut = size ? (static_cast<size_t>(data[size - 1]) * 104729u) % (size + 1) : 0;
  Outcome fast, ref;
  run(p, size, cut, true, fast);
  if (fast.declined) return 0;
  run(p, size, size, false, ref);
  if (ref.declined || fast.error != ref.error || !same(fast.wb, ref.wb)) __builtin_trap();
  return 0;
}
