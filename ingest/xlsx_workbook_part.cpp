#include "ingest/xlsx_workbook_part.h"

#include "ingest/read_error.h"
#include "ingest/xml_sax.h"

namespace sakip {

namespace {

bool xml_true(const char* v) {
  if (!v) return false;
  const std::string_view s(v);
  return s == "1" || s == "true" || s == "on";
}

class WorkbookHandler : public XmlHandler {
 public:
  explicit WorkbookHandler(const ReadLimits& limits) : limits_(limits) {}
  XlsxWorkbookPart out;
  void start(std::string_view name, XmlAttrs attrs) override {
    if (name == "workbookPr") {
      if (xml_true(attrs.get("date1904"))) out.date_system = DateSystem::D1904;
    } else if (name == "sheet") {
      if (out.sheets.size() >= limits_.max_sheets)
        throw ReadError(ReadErrorCode::LimitExceeded, "sheets > " + std::to_string(limits_.max_sheets));
      XlsxSheetEntry e;
      if (const char* v = attrs.get("name")) e.name = v;
      if (const char* v = attrs.get("id")) e.rel_id = v;  // r:id (prefix dropped)
      if (const char* v = attrs.get("state")) {
        const std::string_view s(v);
        if (s == "hidden") e.state = SheetState::Hidden;
        else if (s == "veryHidden") e.state = SheetState::VeryHidden;
      }
      out.sheets.push_back(std::move(e));
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

 private:
  const ReadLimits& limits_;
};

}  // namespace

XlsxWorkbookPart parse_workbook_part(std::string_view xml, const std::string& part,
                                     const ReadLimits& limits) {
  WorkbookHandler h(limits);
  XmlSaxParser p(h, part, limits);
  p.feed(xml.data(), xml.size(), true);
  return std::move(h.out);
}

}  // namespace sakip
