#include "ingest/xlsx_styles.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "ingest/number_format.h"
#include "ingest/xml_sax.h"

namespace sakip {

namespace {

bool parse_u32(const char* s, uint32_t& out) {
  if (!s) return false;
  const char* end = s + std::char_traits<char>::length(s);
  auto [p, ec] = std::from_chars(s, end, out);
  return ec == std::errc() && p == end;
}

class StylesHandler : public XmlHandler {
 public:
  std::unordered_map<uint32_t, std::string> custom;  // numFmtId -> code
  std::vector<uint32_t> xf_ids;                      // cellXfs -> numFmtId
  bool in_cell_xfs = false;
  bool in_num_fmts = false;
  unsigned xf_depth = 0;

  void start(std::string_view name, XmlAttrs attrs) override {
    if (name == "numFmts") {
      in_num_fmts = true;
    } else if (name == "numFmt" && in_num_fmts) {
      uint32_t id = 0;
      const char* code = attrs.get("formatCode");
      if (parse_u32(attrs.get("numFmtId"), id) && code) custom[id] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      uint32_t id = 0;
      if (!parse_u32(attrs.get("numFmtId"), id)) id = 0;
      xf_ids.push_back(id);
    }
  }
  void end(std::string_view name) override {
    if (name == "numFmts") in_num_fmts = false;
    else if (name == "cellXfs") in_cell_xfs = false;
  }
  void text(std::string_view) override {}
};

}  // namespace

XlsxStyles parse_styles(std::string_view xml, Workbook& wb, const ReadLimits& limits,
                        const std::string& part) {
  StylesHandler h;
  XmlSaxParser p(h, part, limits);
  p.feed(xml.data(), xml.size(), true);
  XlsxStyles out;
  out.xf_format.reserve(h.xf_ids.size());
  std::unordered_map<uint32_t, uint32_t> by_id;  // numFmtId -> workbook format index
  for (uint32_t id : h.xf_ids) {
    auto hit = by_id.find(id);
    if (hit != by_id.end()) {
      out.xf_format.push_back(hit->second);
      continue;
    }
    uint32_t index = 0;
    // a custom definition wins over the built-in meaning of the same id
    if (auto c = h.custom.find(id); c != h.custom.end()) {
      index = wb.add_format(c->second);
    } else if (auto b = builtin_number_format(id)) {
      index = wb.add_format(*b);
    } else {
      out.unknown_ids.push_back(id);
    }
    by_id.emplace(id, index);
    out.xf_format.push_back(index);
  }
  std::sort(out.unknown_ids.begin(), out.unknown_ids.end());
  return out;
}

}  // namespace sakip
