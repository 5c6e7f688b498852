// Placeholder until the csv reader lands (being written in this session).
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {
Workbook read_csv(const std::string&, const ReadOptions&) {
  throw ReadError(ReadErrorCode::Unsupported, "csv");
}
}  // namespace sakip
