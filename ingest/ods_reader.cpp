// Placeholder until the ods reader lands (being written in this session).
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {
Workbook read_ods(const std::string&, const ReadOptions&) {
  throw ReadError(ReadErrorCode::Unsupported, "ods");
}
}  // namespace sakip
