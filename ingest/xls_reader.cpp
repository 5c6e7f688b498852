// Placeholder until the xls reader lands (being written in this session).
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {
Workbook read_xls(const std::string&, const ReadOptions&) {
  throw ReadError(ReadErrorCode::Unsupported, "xls");
}
}  // namespace sakip
