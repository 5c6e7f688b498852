// Exact decimal arithmetic on a 128-bit count of 10^-scale units.
//
// Range and overflow behaviour (never undefined behaviour):
//  - A Decimal holds |units| <= kMaxUnits (10^36 - 1) and 0 <= scale <= 30.
//  - + and - align scales exactly. If aligning would leave the range, the operand with more
//    decimals is rounded (half away from zero) to fewer decimals until it fits; a result beyond
//    the range saturates to +/-kMaxUnits. Such sizes (10^36 rupiah) never occur in real data.
//  - * is exact while the product fits; otherwise decimals are dropped (rounded) and, as a
//    last resort, the result saturates.
//  - divide() truncates toward zero; nullopt for a zero divisor or a quotient out of range.
//  - from_double: NaN -> 0, +/-inf and |v| >= 10^36 saturate; values finer than 10^-30 round.
#include "ingest/decimal.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>

namespace sakip {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

constexpr int kMaxScale = 30;

constexpr std::array<i128, 39> make_pow10() {
  std::array<i128, 39> p{};
  p[0] = 1;
  for (size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}
constexpr std::array<i128, 39> kPow10 = make_pow10();
constexpr i128 kMaxUnits = kPow10[36] - 1;

// kMaxUnits / 10^d for d <= 36 (scale_up's limit without a 128-bit division each time).
constexpr std::array<i128, 37> make_unit_limits() {
  std::array<i128, 37> l{};
  for (size_t d = 0; d < l.size(); ++d) l[d] = kMaxUnits / kPow10[d];
  return l;
}
constexpr std::array<i128, 37> kUnitLimit = make_unit_limits();

// Units that fit 64 bits: their arithmetic needs no 128-bit division (a library call).
bool fits64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

i128 abs128(i128 v) { return v < 0 ? -v : v; }

i128 saturate(i128 v) {
  if (v > kMaxUnits) return kMaxUnits;
  if (v < -kMaxUnits) return -kMaxUnits;
  return v;
}

// units * 10^d if it stays within range.
bool scale_up(i128 units, int d, i128& out) {
  if (d < 0) return false;
  if (units == 0) {
    out = 0;
    return true;
  }
  if (d > 36) return false;
  if (abs128(units) > kUnitLimit[d]) return false;
  out = units * kPow10[d];
  return true;
}

// Rounds units at `scale` to `decimals` places, half away from zero.
i128 round_units(i128 units, int scale, int decimals) {
  if (decimals >= scale) return units;
  int d = scale - decimals;
  if (d > 38) return 0;
  i128 p = kPow10[d];
  i128 q = units / p;
  i128 r = abs128(units % p);
  if (r >= p - r) q += units < 0 ? -1 : 1;  // r*2 >= p without overflow
  return q;
}

// Aligns a and b to one scale; rounds the finer one when exact alignment leaves the range.
void align(Decimal& a, Decimal& b) {
  while (a.scale != b.scale) {
    Decimal& lo = a.scale < b.scale ? a : b;
    Decimal& hi = a.scale < b.scale ? b : a;
    i128 up;
    if (scale_up(lo.units, hi.scale - lo.scale, up)) {
      lo.units = up;
      lo.scale = hi.scale;
      return;
    }
    hi.units = round_units(hi.units, hi.scale, hi.scale - 1);
    hi.scale -= 1;
  }
}

// Digits of |units| into buf (right-aligned); returns the count. buf needs 40 chars.
int digits_of(i128 units, char* end) {
  u128 v = units < 0 ? static_cast<u128>(-(units + 1)) + 1 : static_cast<u128>(units);
  int n = 0;
  do {
    *--end = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
    ++n;
  } while (v != 0);
  return n;
}

// Renders a decimal with `decimals` places (>= d.scale, already rounded), given separators.
std::string render(const Decimal& d, int decimals, char group, char point) {
  char buf[48];
  char* end = buf + sizeof buf;
  int n = digits_of(d.units, end);
  const char* digits = end - n;
  int scale = d.scale;
  // Integer part digits and fractional digits (with leading zeros when n <= scale).
  int int_len = n > scale ? n - scale : 0;
  std::string out;
  out.reserve(static_cast<size_t>(int_len + int_len / 3 + decimals + 4));
  if (d.units < 0) out.push_back('-');
  if (int_len == 0) {
    out.push_back('0');
  } else {
    for (int i = 0; i < int_len; ++i) {
      if (group != 0 && i > 0 && (int_len - i) % 3 == 0) out.push_back(group);
      out.push_back(digits[i]);
    }
  }
  if (decimals > 0) {
    out.push_back(point);
    // fractional digits present: scale of them
    int lead_zeros = scale > n ? scale - n : 0;
    for (int i = 0; i < lead_zeros && i < decimals; ++i) out.push_back('0');
    const char* frac = digits + int_len;
    int frac_have = scale - lead_zeros;
    for (int i = 0; i < frac_have; ++i) out.push_back(frac[i]);
    for (int i = scale; i < decimals; ++i) out.push_back('0');
  }
  return out;
}

std::string format_with(const Decimal& d, int decimals, char group, char point) {
  Decimal v = d;
  if (decimals < 0) {
    v = d.normalized();
    decimals = v.scale;
  } else {
    if (decimals > kMaxScale) decimals = kMaxScale;
    v = d.rounded(decimals);
  }
  return render(v, decimals, group, point);
}

// Parses plain ASCII decimal text; `round_fine` rounds beyond 30 decimals instead of failing and
// saturates beyond the range (used for doubles).
std::optional<Decimal> parse_plain(std::string_view s, bool round_fine) {
  size_t i = 0, n = s.size();
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  // Mantissa: digits [. digits]
  i128 mant = 0;
  int sig = 0;            // significant digits accumulated in mant
  int dropped_int = 0;    // integer digits beyond the precision (only with round_fine)
  int frac_digits = 0;    // fractional digits accumulated in mant
  int ndigits = 0;
  bool round_up = false;  // first dropped digit >= 5
  bool any_dropped = false;
  auto take = [&](char c, bool frac) -> bool {
    int dv = c - '0';
    ++ndigits;
    if (sig == 0 && dv == 0) {
      if (frac) ++frac_digits;
      return true;
    }
    if (sig >= 36) {
      if (!round_fine) {
        // Trailing zeros beyond the precision are still exact.
        if (dv != 0) return false;
        if (!frac) ++dropped_int;
        return true;
      }
      if (!any_dropped) round_up = dv >= 5;
      any_dropped = true;
      if (!frac) ++dropped_int;
      return true;
    }
    mant = mant * 10 + dv;
    ++sig;
    if (frac) ++frac_digits;
    return true;
  };
  while (i < n && s[i] >= '0' && s[i] <= '9') {
    if (!take(s[i], false)) return std::nullopt;
    ++i;
  }
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (!take(s[i], true)) {
        // a nonzero digit beyond 36 significant: not exactly representable
        return std::nullopt;
      }
      ++i;
    }
  }
  if (ndigits == 0) return std::nullopt;
  long exp = 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      ++i;
    }
    size_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (exp < 100000) exp = exp * 10 + (s[i] - '0');
      ++i;
    }
    if (i == start) return std::nullopt;
    if (eneg) exp = -exp;
  }
  if (i != n) return std::nullopt;
  if (round_up) mant += 1;  // may add a digit; range check below
  if (mant == 0) return Decimal{0, 0};
  // value = mant * 10^(dropped_int + exp - frac_digits)
  long scale = static_cast<long>(frac_digits) - dropped_int - exp;
  // Strip trailing zeros when the scale is too large.
  while (scale > kMaxScale && mant % 10 == 0) {
    mant /= 10;
    --scale;
  }
  if (scale > kMaxScale) {
    if (!round_fine) return std::nullopt;
    long d = scale - kMaxScale;
    mant = d > 38 ? 0 : round_units(mant, static_cast<int>(d), 0);
    scale = kMaxScale;
  }
  if (scale < 0) {
    i128 up;
    if (!scale_up(mant, static_cast<int>(-scale < 100 ? -scale : 100), up)) {
      if (!round_fine) return std::nullopt;
      up = kMaxUnits;
    }
    mant = up;
    scale = 0;
  }
  if (mant > kMaxUnits) {
    if (!round_fine) return std::nullopt;
    mant = kMaxUnits;
  }
  return Decimal{neg ? -mant : mant, static_cast<int>(scale)};
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) { return parse_plain(text, false); }

Decimal Decimal::from_double(double v) {
  if (v != v) return Decimal{};
  if (v == __builtin_huge_val()) return Decimal{kMaxUnits, 0};
  if (v == -__builtin_huge_val()) return Decimal{-kMaxUnits, 0};
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  if (res.ec != std::errc()) return Decimal{};
  auto d = parse_plain(std::string_view(buf, static_cast<size_t>(res.ptr - buf)), true);
  return d ? *d : Decimal{};
}

std::string Decimal::to_string() const { return format_with(*this, -1, 0, '.'); }

std::string Decimal::to_string_fixed(int decimals) const {
  if (decimals < 0) decimals = 0;
  return format_with(*this, decimals, 0, '.');
}

double Decimal::to_double() const {
  std::string s = to_string();
  return std::strtod(s.c_str(), nullptr);
}

Decimal Decimal::rescaled(int new_scale) const {
  if (new_scale > kMaxScale) new_scale = kMaxScale;
  if (new_scale <= scale) return *this;
  i128 up;
  if (scale_up(units, new_scale - scale, up)) return Decimal{up, new_scale};
  // Out of range: keep the largest scale that fits (value unchanged).
  Decimal r = *this;
  while (r.scale < new_scale && scale_up(r.units, 1, up)) {
    r.units = up;
    ++r.scale;
  }
  return r;
}

Decimal Decimal::rounded(int decimals) const {
  if (decimals < 0) decimals = 0;
  if (decimals >= scale) return *this;
  return Decimal{round_units(units, scale, decimals), decimals};
}

Decimal Decimal::truncated(int decimals) const {
  if (decimals < 0) decimals = 0;
  if (decimals >= scale) return *this;
  return Decimal{units / kPow10[scale - decimals], decimals};
}

Decimal Decimal::normalized() const {
  if (units == 0) return Decimal{0, 0};
  if (fits64(units)) {  // the same loop in 64 bits
    int64_t u = static_cast<int64_t>(units);
    int sc = scale;
    while (sc > 0 && u % 10 == 0) {
      u /= 10;
      --sc;
    }
    return Decimal{u, sc};
  }
  Decimal r = *this;
  while (r.scale > 0 && r.units % 10 == 0) {
    r.units /= 10;
    --r.scale;
  }
  return r;
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  Decimal x = a, y = b;
  align(x, y);
  return Decimal{saturate(x.units + y.units), x.scale};  // |x|,|y| < 10^36: no i128 overflow
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  Decimal x = a, y = b;
  align(x, y);
  return Decimal{saturate(x.units - y.units), x.scale};
}

Decimal operator-(const Decimal& a) { return Decimal{-a.units, a.scale}; }

Decimal operator*(const Decimal& a, const Decimal& b) {
  Decimal x = a.normalized(), y = b.normalized();
  if (x.units == 0 || y.units == 0) return Decimal{0, 0};
  for (;;) {
    u128 ax = static_cast<u128>(abs128(x.units)), ay = static_cast<u128>(abs128(y.units));
    // Below 2^59 each, the product is below 2^118 < kMaxUnits: no division to know it fits.
    constexpr u128 kSmall = u128(1) << 59;
    bool fits = (ax < kSmall && ay < kSmall) || ax <= static_cast<u128>(kMaxUnits) / ay;
    if (fits && x.scale + y.scale <= kMaxScale) {
      i128 p = x.units * y.units;
      return Decimal{p, x.scale + y.scale}.normalized();
    }
    // Drop one decimal from the operand with more of them.
    Decimal& hi = x.scale >= y.scale ? x : y;
    if (hi.scale == 0) {
      if (!fits) {
        bool neg = (x.units < 0) != (y.units < 0);
        return Decimal{neg ? -kMaxUnits : kMaxUnits, 0};
      }
      // scale sum too large with both at 0 cannot happen
      return Decimal{0, 0};
    }
    hi.units = round_units(hi.units, hi.scale, hi.scale - 1);
    hi.scale -= 1;
    if (hi.units == 0) return Decimal{0, 0};
  }
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int sa = a.scale < 0 ? 0 : (a.scale > 38 ? 38 : a.scale);
  int sb = b.scale < 0 ? 0 : (b.scale > 38 ? 38 : b.scale);
  // One scale: the units order the values. 64-bit units at scales up to 19 apart: both at the
  // larger scale exactly (|units| < 2^63 times 10^19 < 2^64 stays below 2^127).
  if (sa == sb) return a.units <=> b.units;
  if (fits64(a.units) && fits64(b.units) && (sa > sb ? sa - sb : sb - sa) <= 19)
    return sa < sb ? a.units * kPow10[sb - sa] <=> b.units : a.units <=> b.units * kPow10[sa - sb];
  i128 qa = a.units / kPow10[sa], ra = a.units % kPow10[sa];
  i128 qb = b.units / kPow10[sb], rb = b.units % kPow10[sb];
  if (qa != qb) return qa <=> qb;
  // Same integer part (sign of remainders follows the units): compare the fractions at one scale.
  int s = sa > sb ? sa : sb;
  // |r| < 10^sa, times 10^(s-sa) stays < 10^s <= 10^38: fits.
  i128 fa = ra * kPow10[s - sa];
  i128 fb = rb * kPow10[s - sb];
  return fa <=> fb;
}

std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int decimals) {
  if (b.units == 0) return std::nullopt;
  if (decimals < 0) decimals = 0;
  if (decimals > kMaxScale) decimals = kMaxScale;
  bool neg = (a.units < 0) != (b.units < 0);
  u128 num = static_cast<u128>(abs128(a.units));
  u128 den = static_cast<u128>(abs128(b.units));
  // a/b = (num/den) * 10^(b.scale - a.scale); we want `decimals` places of it.
  int n = decimals + b.scale - a.scale;  // fractional digits of num/den to produce
  u128 q = num / den, r = num % den;
  const u128 max = static_cast<u128>(kMaxUnits);
  if (n < 0) {
    q = -n > 38 ? 0 : q / static_cast<u128>(kPow10[-n]);
  } else {
    for (int i = 0; i < n; ++i) {
      if (q > max / 10) return std::nullopt;
      r *= 10;  // r < den <= 10^36: fits
      q = q * 10 + r / den;
      r %= den;
    }
  }
  if (q > max) return std::nullopt;
  i128 u = static_cast<i128>(q);
  return Decimal{neg ? -u : u, decimals};
}

Decimal abs(const Decimal& d) { return Decimal{abs128(d.units), d.scale}; }

std::string format_id(const Decimal& d, int decimals) { return format_with(d, decimals, '.', ','); }

std::string format_en(const Decimal& d, int decimals) { return format_with(d, decimals, ',', '.'); }

std::string format_plain(const Decimal& d, int decimals, char point) { return format_with(d, decimals, 0, point); }

}  // namespace sakip
