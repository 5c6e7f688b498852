// The fast, hand-written number grammar for Indonesian (id-ID) numbers: the hot path of
// parse_value. No heap allocation. ICU (ingest/number_icu.h) is the reference it is tested against.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "ingest/decimal.h"

namespace sakip {

// Strict id-ID grammar, the same accept set as ICU's strict id_ID DecimalFormat with full
// consumption and no exponent:  [-] ( d{1,3} ( "." d{3} )+ | d+ ) ( "," d+ )?
// "4.300" is 4300 here (grouping), "4,3" is 4.3. Nothing else is accepted: no spaces, no
// affixes, no dot decimals. nullopt when malformed or out of Decimal's range.
std::optional<Decimal> parse_id_decimal(std::string_view s);

// What the lean entry point saw around the number.
enum class FastKind : uint8_t { Plain, Money, Percent };
struct FastNumber {
  FastKind kind = FastKind::Plain;
  int decimals = 0;  // digits after the decimal comma as written
};

// Lean entry point for typical cells: optional "Rp" / "Rp." prefix (with or without a space or
// NBSP), optional '-', the strict id-ID number, optional ",-" after money, optional "%" (with or
// without a space). Percent values are kept as written (64,42% -> 64.42). Anything else: nullopt.
std::optional<Decimal> parse_id_number(std::string_view s, FastNumber* info = nullptr);

// Classification of a bare numeric token made only of digits, '.' and ',' (no sign), for the
// full parser: which separator is the decimal mark, and what was unusual.
struct NumberToken {
  Decimal value;
  int decimals = 0;      // digits after the decimal mark (0 when none)
  uint32_t flags = 0;    // ValueFlag bits: kFlagAmbiguousSeparator, kFlagDotDecimal, kFlagEnglishGrouping
  bool leading_zero = false;  // "01", "007": integer part starts with 0 and has more digits
  bool grouped = false;       // thousands separators used
};
// comma_decimal: the document writes ',' as the decimal mark. Rules (seed audit §4.8):
//  - both marks: the last one is the decimal mark, the other groups (1-3 digits then groups of 3);
//  - only ',': one comma is a decimal mark ("2,77"; "4,300" is flagged ambiguous); several
//    commas with groups of 3 are English grouping ("4,231,208,525");
//  - only '.': several dots with groups of 3 are grouping; one dot followed by exactly 3 digits
//    after 1-3 digits is grouping but ambiguous ("4.300"); any other single dot is a decimal
//    point ("70.05", "98.28", "0.00", "1234.567"), flagged as a dot decimal.
// With comma_decimal false the roles of '.' and ',' swap for the single-separator cases.
bool classify_number_token(std::string_view token, bool comma_decimal, NumberToken& out);

}  // namespace sakip
