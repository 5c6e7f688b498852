// Number format codes (Excel/ODF style) and what they tell about a displayed value.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sakip {

struct NumberFormat {
  std::string code;        // "General", "0.00%", "#,##0", "dd/mm/yyyy", "[$Rp-421]#,##0.00"...
  bool percent = false;    // the value is shown multiplied by 100 with a '%'
  bool date = false;       // the value is a date/time serial
  int decimals = -1;       // decimals shown by the first (positive) section; -1 = General (as many as needed)
  bool grouping = false;   // thousands separators shown
  bool text = false;       // "@": the value is shown as text
  friend bool operator==(const NumberFormat&, const NumberFormat&) = default;
};

// Derives the facts above from a format code. Quoted literals, escaped characters, [colour]
// and [$currency-locale] blocks are skipped; only the first section (positive numbers) decides
// decimals, percent and date.
NumberFormat describe_number_format(std::string_view code);

// Excel's built-in number formats (numFmtId 0..49 that styles.xml may reference without
// defining). nullopt for ids Excel leaves to the locale or does not define.
std::optional<std::string> builtin_number_format(uint32_t id);

}  // namespace sakip
