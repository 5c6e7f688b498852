// Fuzz target: arbitrary bytes as a .csv file -> read_workbook (content sniffing, encoding
// detection, dialect detection, the CSV parser). Only ReadError is an accepted outcome.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = sakip::fuzz::scratch_path(".csv");
  sakip::fuzz::write_file(path, data, size);
  sakip::ReadOptions opt;
  opt.limits = sakip::fuzz::fuzz_limits();
  try {
    const sakip::Workbook wb = sakip::read_workbook(path, opt);
    for (const auto& s : wb.sheets)
      for (const auto& c : s.cells) (void)wb.raw(c);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
