// xl/styles.xml: the number format of every cell style (<cellXfs><xf numFmtId>), resolved
// through the custom <numFmts> and Excel's built-in ids, and registered in the workbook's
// format table. A cell's s="N" attribute indexes the result.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/limits.h"
#include "ingest/workbook.h"

namespace sakip {

struct XlsxStyles {
  std::vector<uint32_t> xf_format;  // cellXfs index -> index into Workbook::formats
  std::vector<uint32_t> unknown_ids;  // numFmtIds neither built in nor defined (shown as General)
  uint32_t format_of(uint32_t xf) const { return xf < xf_format.size() ? xf_format[xf] : 0; }
};

// Throws ReadError(CorruptXml) naming `part`.
XlsxStyles parse_styles(std::string_view xml, Workbook& wb, const ReadLimits& limits,
                        const std::string& part = "xl/styles.xml");

}  // namespace sakip
