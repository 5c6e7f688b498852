// Reference parser for id-ID numbers built on ICU (locale id_ID, DecimalFormat strict parsing,
// unum_parseDecimal for an exact decimal string). Slow (about 1 M values/s) but independent of
// the hand-written grammar in ingest/number_id.h, which is tested against it.
//
// ICU pitfalls handled here (notes/anchors.md §4.2): a partial parse reports success, so the
// whole input must be consumed; exponents are switched off (UNUM_PARSE_NO_EXPONENT); strict mode
// only (lenient reads "4.30" as 430); strict mode still takes spaces, NBSP and apostrophes as
// grouping and a trailing or leading decimal mark ("1,", ",5"), so only digits, '.', ',' and a
// leading '-' reach ICU, with a digit at both ends; input is capped at kIcuMaxInput bytes
// (ICU-21232: quadratic on long digit strings). The formatter is created once per thread.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "ingest/decimal.h"
#include "ingest/number_id.h"

namespace sakip {

inline constexpr size_t kIcuMaxInput = 64;

// The strict id-ID number alone (same contract as parse_id_decimal).
std::optional<Decimal> parse_id_decimal_icu(std::string_view s);
// With the affixes of parse_id_number ("Rp"/"Rp." prefix, ",-", "%"), stripped before ICU.
std::optional<Decimal> parse_id_number_icu(std::string_view s, FastNumber* info = nullptr);

}  // namespace sakip
