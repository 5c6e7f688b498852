// Placeholder until the xlsx reader lands (being written in this session).
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {
Workbook read_xlsx(const std::string&, const ReadOptions&) {
  throw ReadError(ReadErrorCode::Unsupported, "xlsx");
}
}  // namespace sakip
