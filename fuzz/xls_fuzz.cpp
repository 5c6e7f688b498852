// Fuzz target: arbitrary bytes as a legacy .xls -> read_xls directly (the OLE container, the
// BIFF records and shared strings), skipping the sniffer so every input reaches the reader.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;  // read_workbook refuses empty files before any reader runs
  static const std::string path = sakip::fuzz::scratch_path(".xls");
  sakip::fuzz::write_file(path, data, size);
  sakip::ReadOptions opt;
  opt.limits = sakip::fuzz::fuzz_limits();
  try {
    const sakip::Workbook wb = sakip::read_xls(path, opt);
    for (const auto& s : wb.sheets)
      for (const auto& c : s.cells) (void)wb.raw(c);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
