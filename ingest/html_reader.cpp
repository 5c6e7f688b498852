// Placeholder until the html reader lands (being written in this session).
#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip {
Workbook read_html(const std::string&, const ReadOptions&) {
  throw ReadError(ReadErrorCode::Unsupported, "html");
}
}  // namespace sakip
