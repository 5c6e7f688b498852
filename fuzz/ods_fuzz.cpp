// Fuzz target: arbitrary bytes as the content.xml of an otherwise valid .ods (mimetype,
// manifest) built with libzip -> read_ods. Mutating the XML, not the zip around it, is what
// reaches the ods reader (repeats, spans, covered cells, value types, annotations).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = sakip::fuzz::scratch_path(".ods");
  static const std::string manifest =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
      "<manifest:file-entry manifest:full-path=\"/\" "
      "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
      "</manifest:manifest>";
  sakip::fuzz::write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                {"META-INF/manifest.xml", manifest},
                                {"content.xml", std::string_view(reinterpret_cast<const char*>(data), size)}});
  sakip::ReadOptions opt;
  opt.limits = sakip::fuzz::fuzz_limits();
  try {
    const sakip::Workbook wb = sakip::read_ods(path, opt);
    for (const auto& s : wb.sheets)
      for (const auto& c : s.cells) (void)wb.raw(c);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
