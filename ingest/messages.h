// Words the user reads, Indonesian by default and English with --lang en.
#pragma once
#include <string>
#include <string_view>

#include "ingest/read_error.h"

namespace sakip {

enum class Lang { Id, En };
// "id" / "en" (anything else: nullopt handled by the caller as a usage error).
bool parse_lang(std::string_view text, Lang& out);

// One line for a file that cannot be read: "<file>: <problem>" without a trailing newline.
std::string read_error_line(std::string_view file, const ReadError& e, Lang lang);
// The problem alone, e.g. "bukan berkas zip (xlsx/ods rusak atau bukan spreadsheet)".
std::string read_error_text(const ReadError& e, Lang lang);

}  // namespace sakip
