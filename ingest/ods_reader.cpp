// OpenDocument spreadsheets (.ods): styles.xml (when present) and content.xml, both streamed
// from the zip (ZipArchive's bomb guards) through the hardened SAX parser (no DOCTYPE).
// The table logic lives in ingest/ods_content_parser.h, the number formats in ods_styles.h.
#include "ingest/ods_content_parser.h"
#include "ingest/ods_styles.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/xml_sax.h"
#include "ingest/zip_archive.h"

namespace sakip {

namespace {

// styles.xml: every element goes to OdsStyles (office:styles and office:automatic-styles).
struct StylesHandler : XmlHandler {
  explicit StylesHandler(OdsStyles& s) : styles(s) {}
  void start(std::string_view name, XmlAttrs attrs) override { styles.start(name, attrs); }
  void end(std::string_view name) override { styles.end(name); }
  void text(std::string_view data) override { styles.text(data); }
  OdsStyles& styles;
};

}  // namespace

Workbook read_ods(const std::string& path, const ReadOptions& options) {
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Ods;
  ZipArchive zip(path, options.limits);
  if (!zip.has("content.xml")) throw ReadError(ReadErrorCode::MissingPart, "content.xml");
  // A password-protected ODS keeps its parts encrypted; the manifest says so.
  if (zip.has("META-INF/manifest.xml")) {
    const std::string manifest = zip.read_all("META-INF/manifest.xml");
    if (manifest.find("encryption-data") != std::string::npos)
      throw ReadError(ReadErrorCode::Encrypted, "");
  }

  OdsStyles styles;
  if (zip.has("styles.xml")) {
    StylesHandler h(styles);
    XmlSaxParser parser(h, "styles.xml", options.limits);
    zip.stream("styles.xml", [&](const char* d, size_t n) { parser.feed(d, n); });
    parser.finish();
  }
  OdsContentParser content(wb, styles, options);
  {
    XmlSaxParser parser(content, "content.xml", options.limits);
    zip.stream("content.xml", [&](const char* d, size_t n) { parser.feed(d, n); });
    parser.finish();
  }
  content.finish();
  return wb;
}

}  // namespace sakip
