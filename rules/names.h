// Matching names of indicators and programs across tables: tolerant of case, spacing,
// punctuation, leading numbering ("1.", "1.1", "a.") and level words ("Program", "Kegiatan",
// "Sub Kegiatan", "Indikator", "Sasaran") and asides in parentheses ("(IKM)", "(Angka)").
#pragma once
#include <string>
#include <string_view>

namespace sakip {

// The matching key of a name; empty when nothing meaningful is left.
std::string name_key(std::string_view name);

}  // namespace sakip
