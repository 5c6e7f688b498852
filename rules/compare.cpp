#include "rules/compare.h"

#include <algorithm>

namespace sakip {

int shown_decimals(const Value& v) {
  int d = v.decimals;
  if (d < 0 && v.number) d = v.number->normalized().scale;
  if (d < 0) d = 0;
  return std::min(d, 9);
}

Decimal unit_of(int decimals) { return Decimal{1, std::clamp(decimals, 0, 30)}; }

bool ratio_agrees(const Decimal& num, const Decimal& den, const Decimal& factor, const Value& stated) {
  if (!stated.number || den.is_zero()) return false;
  const int d = shown_decimals(stated);
  // |num·factor/den − s| < 10^-d  ⇔  |num·factor − s·den| < 10^-d · |den|
  const Decimal lhs = abs(num * factor - *stated.number * den);
  const Decimal rhs = unit_of(d) * abs(den);
  if (!(lhs < rhs)) return false;
  // Within one unit of the last shown digit: rounded (at most half a unit off) or truncated
  // (towards zero) agree; a value pushed away from zero by more than half a unit (99,03 % shown
  // '100') is neither. |s − q|·|den| = lhs; |s| > |q| when s lies beyond q, away from zero.
  if (lhs + lhs <= rhs) return true;
  const auto q = divide(num * factor, den, std::min(d + 12, 30));
  if (!q) return true;
  return !(abs(*stated.number) > abs(*q));
}

std::optional<Decimal> ratio_value(const Decimal& num, const Decimal& den, const Decimal& factor, int decimals) {
  if (den.is_zero()) return std::nullopt;
  auto q = divide(num * factor, den, std::min(decimals + 12, 30));
  if (!q) return std::nullopt;
  return q->rounded(decimals).normalized();
}

bool exact_agrees(const Decimal& exact, const Value& stated, const Decimal& slack) {
  if (!stated.number) return false;
  const int d = shown_decimals(stated);
  return abs(exact - *stated.number) < unit_of(d) + slack;
}

bool money_equal(const Decimal& a, const Decimal& b, const Config& cfg) {
  // The usual case (amounts at most in sen, no tolerance): nothing to round, equal units.
  if (a.scale == b.scale && a.scale <= cfg.money_decimals && cfg.money_tolerance.is_zero()) return a.units == b.units;
  const Decimal da = a.rounded(cfg.money_decimals), db = b.rounded(cfg.money_decimals);
  return abs(da - db) <= cfg.money_tolerance;
}

Decimal rounding_slack(const Value& v) {
  if (!v.number) return {};
  const int d = shown_decimals(v);
  if (d <= 0) return {};
  if (v.has(kFlagFromNumberFormat)) return {};  // the stored number is exact; only its display rounds
  return Decimal{5, d + 1};
}

}  // namespace sakip
