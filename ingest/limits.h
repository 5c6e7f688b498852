// Caps against hostile files. Every reader checks them; the README states them.
#pragma once
#include <cstdint>

namespace sakip {

struct ReadLimits {
  uint64_t max_file_bytes = 2ull << 30;          // 2 GiB on disk
  uint64_t max_inflated_bytes = 4ull << 30;      // 4 GiB inflated across all parts of a zip
  uint64_t max_part_bytes = 2ull << 30;          // 2 GiB inflated for one part
  uint64_t max_ratio = 1000;                     // inflated/compressed, for parts over 1 MiB
  uint64_t max_cells = 50'000'000;               // cells across the workbook
  uint64_t max_strings = 20'000'000;             // shared strings
  uint64_t max_string_bytes = 1ull << 30;        // total bytes of strings
  uint64_t max_cell_bytes = 32768 * 4;           // one cell's text (Excel caps at 32,767 chars)
  uint32_t max_merges = 1'000'000;               // merged ranges per sheet
  uint32_t max_sheets = 10'000;
  uint32_t max_xml_depth = 256;                  // element nesting in XML/HTML
  static ReadLimits defaults() { return ReadLimits{}; }
};

}  // namespace sakip
