// Fuzz target: arbitrary bytes as xl/sharedStrings.xml, fed to SharedStringsParser in two
// chunks split at an input-chosen point. Only ReadError is an accepted outcome.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/shared_strings.h"
#include "ingest/workbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const sakip::ReadLimits limits = sakip::fuzz::fuzz_limits();
  sakip::StringPool pool;
  const char* p = reinterpret_cast<const char*>(data);
  const size_t cut = size ? (static_cast<size_t>(data[size - 1]) * 104729u) % (size + 1) : 0;
  try {
    sakip::SharedStringsParser parser(pool, limits, "xl/sharedStrings.xml");
    parser.feed(p, cut);
    parser.feed(p + cut, size - cut);
    const std::vector<uint32_t> table = parser.finish();
    for (uint32_t id : table) {
      if (id >= pool.size()) __builtin_trap();  // an index that points outside the pool
      (void)pool.get(id);
    }
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
