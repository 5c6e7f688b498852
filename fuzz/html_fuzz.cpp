// Fuzz target: arbitrary bytes as an .html export -> read_html directly (the table parser,
// spans, nesting, entity decoding), skipping the sniffer so every input reaches the reader.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;  // read_workbook refuses empty files before any reader runs
  static const std::string path = sakip::fuzz::scratch_path(".html");
  sakip::fuzz::write_file(path, data, size);
  sakip::ReadOptions opt;
  opt.limits = sakip::fuzz::fuzz_limits();
  try {
    const sakip::Workbook wb = sakip::read_html(path, opt);
    for (const auto& s : wb.sheets)
      for (const auto& c : s.cells) (void)wb.raw(c);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
