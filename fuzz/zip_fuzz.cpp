// Fuzz target: arbitrary bytes as a zip file -> ZipArchive opens it and streams every part
// (name lookups, inflate, the size/ratio/total caps). Only ReadError is an accepted outcome.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/zip_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = sakip::fuzz::scratch_path(".zip");
  sakip::fuzz::write_file(path, data, size);
  try {
    sakip::ZipArchive zip(path, sakip::fuzz::fuzz_limits());
    const auto names = zip.names();
    uint64_t seen = 0;
    for (const std::string& name : names) {
      try {
        zip.stream(name, [&](const char* d, size_t n) { seen += n ? static_cast<unsigned char>(d[0]) : 0; });
      } catch (const sakip::ReadError&) {
        // one broken part does not stop the others
      }
      (void)zip.has(name);
    }
    (void)zip.has("xl/workbook.xml");
    (void)zip.has("/content.xml");
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
