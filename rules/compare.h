// Rounding-aware comparison. A value shown with d decimals agrees with an exact result when
// |exact − shown| < 10^−d: documents both round half up and truncate, and a rounding-only
// difference is never an error. The shown decimals come from the text or from the cell's
// number format (Value::decimals). Money compares exactly (at sen) unless configured.
#pragma once
#include <optional>

#include "ingest/decimal.h"
#include "ingest/value.h"
#include "rules/config.h"

namespace sakip {

// Decimals the value was shown with: Value::decimals, else the decimals of its number
// (capped at 9: a General-format formula result carries binary noise past that).
int shown_decimals(const Value& v);

// 10^-d as a Decimal.
Decimal unit_of(int decimals);

// Does `stated` agree with num / den × factor, shown rounded (half a unit of its last digit)
// or truncated towards zero? Exact (cross-multiplied; one division only to tell a truncation
// from a round-up). den must be non-zero.
bool ratio_agrees(const Decimal& num, const Decimal& den, const Decimal& factor, const Value& stated);
// num / den × factor rounded half up to `decimals` places (nullopt when den is zero).
std::optional<Decimal> ratio_value(const Decimal& num, const Decimal& den, const Decimal& factor, int decimals);

// Does `stated` agree with an exactly known result (a difference, a sum of exact parts)?
// slack widens the tolerance (rounded parts: half a unit of each part's last digit).
bool exact_agrees(const Decimal& exact, const Value& stated, const Decimal& slack = Decimal{});

// Money: both rounded to cfg.money_decimals and |a − b| <= cfg.money_tolerance.
bool money_equal(const Decimal& a, const Decimal& b, const Config& cfg);

// Half a unit of the value's last shown digit when it has decimals (it may have been rounded
// from a longer number), otherwise 0 (a whole number written as such is exact).
Decimal rounding_slack(const Value& v);

}  // namespace sakip
