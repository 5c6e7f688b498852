// Fuzz target: arbitrary bytes as xl/styles.xml -> parse_styles (custom numFmts, built-in ids,
// cellXfs), then every resolved format is looked up. Only ReadError is an accepted outcome.
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/workbook.h"
#include "ingest/xlsx_styles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const sakip::ReadLimits limits = sakip::fuzz::fuzz_limits();
  sakip::Workbook wb;
  try {
    const sakip::XlsxStyles styles =
        sakip::parse_styles(std::string_view(reinterpret_cast<const char*>(data), size), wb, limits);
    for (uint32_t f : styles.xf_format) {
      if (f >= wb.formats.size()) __builtin_trap();  // a style pointing outside the format table
      (void)wb.formats[f].code;
    }
    (void)styles.format_of(0xFFFFFFFFu);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
