// Words the user reads, Indonesian by default and English with --lang en.
#pragma once
#include <string>
#include <string_view>

#include <cstdint>

#include "ingest/read_error.h"

namespace sakip {

enum class Lang { Id, En };
// "id" / "en" (anything else: nullopt handled by the caller as a usage error).
bool parse_lang(std::string_view text, Lang& out);

// One line for a file that cannot be read: "<file>: <problem>" without a trailing newline.
std::string read_error_line(std::string_view file, const ReadError& e, Lang lang);
// The problem alone, e.g. "bukan berkas zip (xlsx/ods rusak atau bukan spreadsheet)".
std::string read_error_text(const ReadError& e, Lang lang);

// What a table kind is called by the people who make it ("Rencana Kinerja Tahunan (RKT)" for
// rkt), for `sakipcheck tables`.
enum class TableKind : uint8_t;  // ingest/table.h
std::string_view table_kind_name(TableKind kind, Lang lang);

}  // namespace sakip
