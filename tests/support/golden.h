// Helpers the golden-file tests share: listing golden files and placing cells in ranges.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sakip::test {

// The *.json file names (not paths) in fixtures/<subdir>, sorted; empty when the folder is absent.
std::vector<std::string> json_files(const std::string& fixture_subdir);
// True when `cell` (or the first cell of a range such as "A13:G13") lies inside `range`.
bool cell_in_range(std::string_view cell, std::string_view range);
// 0-based column of an A1 reference ("AE64", "'Sheet 1'!AE64") or a bare column ("AE"); -1 if none.
int column_of(std::string_view ref);

}  // namespace sakip::test
