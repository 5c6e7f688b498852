// xl/workbook.xml: the sheets in tab order (name, visibility, relationship id) and the date
// system (<workbookPr date1904="1"/>).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/limits.h"
#include "ingest/workbook.h"

namespace sakip {

struct XlsxSheetEntry {
  std::string name;
  std::string rel_id;  // r:id
  SheetState state = SheetState::Visible;
};

struct XlsxWorkbookPart {
  std::vector<XlsxSheetEntry> sheets;
  DateSystem date_system = DateSystem::D1900;
};

// Throws ReadError(CorruptXml) naming `part`, LimitExceeded past max_sheets.
XlsxWorkbookPart parse_workbook_part(std::string_view xml, const std::string& part,
                                     const ReadLimits& limits);

}  // namespace sakip
