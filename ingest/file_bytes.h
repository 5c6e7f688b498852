// A whole file into memory, for the text formats (CSV, HTML) whose encoding must be decided
// from all of their bytes. Bounded by ReadLimits::max_file_bytes.
#pragma once
#include <string>

#include "ingest/limits.h"

namespace sakip {

// Throws ReadError: Unreadable when the file cannot be opened, LimitExceeded past the cap.
std::string read_file_bytes(const std::string& path, const ReadLimits& limits);

}  // namespace sakip
