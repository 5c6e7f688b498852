// A1 references both ways, and the grid limits every reader caps against.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sakip {

// Excel's grid: 1,048,576 rows x 16,384 columns (XFD). Rows and columns are 0-based here.
inline constexpr uint32_t kMaxRows = 1048576;
inline constexpr uint32_t kMaxCols = 16384;

struct CellRef {
  uint32_t row = 0;  // 0-based
  uint32_t col = 0;  // 0-based
  friend bool operator==(const CellRef&, const CellRef&) = default;
};

// "A" -> 0, "XFD" -> 16383. Letters only, case-insensitive; nullopt past XFD or on anything else.
std::optional<uint32_t> column_from_letters(std::string_view letters);
// 0 -> "A", 16383 -> "XFD".
std::string column_letters(uint32_t col);
// "B7" -> {6, 1}; "$B$7" accepted. nullopt for malformed or out-of-grid references.
std::optional<CellRef> parse_a1(std::string_view a1);
// {6, 1} -> "B7".
std::string to_a1(uint32_t row, uint32_t col);
inline std::string to_a1(CellRef r) { return to_a1(r.row, r.col); }

struct RangeRef {
  CellRef first, last;  // inclusive, first <= last in both axes
  friend bool operator==(const RangeRef&, const RangeRef&) = default;
};
// "A1:C3" (or a single "B2", which is a 1x1 range). Corners are normalised.
std::optional<RangeRef> parse_range(std::string_view text);
std::string to_a1(const RangeRef& r);

// A sheet name as it must appear in a reference: quoted when it holds anything but letters,
// digits and '_' (or starts with a digit), with embedded quotes doubled: 'PK Perubahan'!D12.
std::string quote_sheet_name(std::string_view name);

}  // namespace sakip
