// Decimal's fast paths (64-bit normalisation, products known to fit without a division,
// comparisons at one scale or of 64-bit units without the integer / fraction split, scale_up's
// limits from a table) against the general 128-bit algorithms they shortcut, copied here as
// they were written first (ingest/decimal.cpp before the fast paths): equal results, field by
// field, over random values from every size class (zero, small, around 2^59 and 2^63, up to
// the 10^36 range limit) at every scale.
#include <gtest/gtest.h>

#include <array>
#include <compare>
#include <random>

#include "ingest/decimal.h"

namespace sakip {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

// --- the reference algorithms -------------------------------------------------------------
constexpr int kMaxScale = 30;
constexpr std::array<i128, 39> make_pow10() {
  std::array<i128, 39> p{};
  p[0] = 1;
  for (size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}
constexpr std::array<i128, 39> kPow10 = make_pow10();
constexpr i128 kMaxUnits = kPow10[36] - 1;

i128 abs128(i128 v) { return v < 0 ? -v : v; }
i128 saturate(i128 v) { return v > kMaxUnits ? kMaxUnits : v < -kMaxUnits ? -kMaxUnits : v; }

bool scale_up(i128 units, int d, i128& out) {
  if (d < 0) return false;
  if (units == 0) {
    out = 0;
    return true;
  }
  if (d > 36) return false;
  i128 limit = kMaxUnits / kPow10[d];
  if (abs128(units) > limit) return false;
  out = units * kPow10[d];
  return true;
}

i128 round_units(i128 units, int scale, int decimals) {
  if (decimals >= scale) return units;
  int d = scale - decimals;
  if (d > 38) return 0;
  i128 p = kPow10[d];
  i128 q = units / p;
  i128 r = abs128(units % p);
  if (r >= p - r) q += units < 0 ? -1 : 1;
  return q;
}

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

Decimal ref_normalized(const Decimal& d) {
  if (d.units == 0) return Decimal{0, 0};
  Decimal r = d;
  while (r.scale > 0 && r.units % 10 == 0) {
    r.units /= 10;
    --r.scale;
  }
  return r;
}

Decimal ref_plus(const Decimal& a, const Decimal& b) {
  Decimal x = a, y = b;
  align(x, y);
  return Decimal{saturate(x.units + y.units), x.scale};
}

Decimal ref_minus(const Decimal& a, const Decimal& b) {
  Decimal x = a, y = b;
  align(x, y);
  return Decimal{saturate(x.units - y.units), x.scale};
}

Decimal ref_times(const Decimal& a, const Decimal& b) {
  Decimal x = ref_normalized(a), y = ref_normalized(b);
  if (x.units == 0 || y.units == 0) return Decimal{0, 0};
  for (;;) {
    u128 ax = static_cast<u128>(abs128(x.units)), ay = static_cast<u128>(abs128(y.units));
    bool fits = ax <= static_cast<u128>(kMaxUnits) / ay;
    if (fits && x.scale + y.scale <= kMaxScale) {
      i128 p = x.units * y.units;
      return ref_normalized(Decimal{p, x.scale + y.scale});
    }
    Decimal& hi = x.scale >= y.scale ? x : y;
    if (hi.scale == 0) {
      if (!fits) {
        bool neg = (x.units < 0) != (y.units < 0);
        return Decimal{neg ? -kMaxUnits : kMaxUnits, 0};
      }
      return Decimal{0, 0};
    }
    hi.units = round_units(hi.units, hi.scale, hi.scale - 1);
    hi.scale -= 1;
    if (hi.units == 0) return Decimal{0, 0};
  }
}

std::strong_ordering ref_compare(const Decimal& a, const Decimal& b) {
  int sa = a.scale < 0 ? 0 : (a.scale > 38 ? 38 : a.scale);
  int sb = b.scale < 0 ? 0 : (b.scale > 38 ? 38 : b.scale);
  i128 qa = a.units / kPow10[sa], ra = a.units % kPow10[sa];
  i128 qb = b.units / kPow10[sb], rb = b.units % kPow10[sb];
  if (qa != qb) return qa <=> qb;
  int s = sa > sb ? sa : sb;
  i128 fa = ra * kPow10[s - sa];
  i128 fb = rb * kPow10[s - sb];
  return fa <=> fb;
}

Decimal ref_rescaled(const Decimal& d, int new_scale) {
  if (new_scale > kMaxScale) new_scale = kMaxScale;
  if (new_scale <= d.scale) return d;
  i128 up;
  if (scale_up(d.units, new_scale - d.scale, up)) return Decimal{up, new_scale};
  Decimal r = d;
  while (r.scale < new_scale && scale_up(r.units, 1, up)) {
    r.units = up;
    ++r.scale;
  }
  return r;
}

// --- random values of every size class ----------------------------------------------------
Decimal random_decimal(std::mt19937_64& rng) {
  const u128 r = (u128(rng()) << 64) | rng();
  i128 u = 0;
  switch (rng() % 9) {
    case 0: u = 0; break;
    case 1: u = static_cast<i128>(rng() % 1000); break;                          // small
    case 2: u = static_cast<i128>(rng() % 100000000000ULL) * 100; break;        // money in sen, trailing zeros
    case 3: u = static_cast<i128>((u128(1) << 59) - 8 + rng() % 16); break;     // around 2^59
    case 4: u = static_cast<i128>((u128(1) << 63) - 8 + rng() % 16); break;     // around 2^63
    case 5: u = static_cast<i128>(rng() >> 1); break;                           // any 63-bit
    case 6: u = static_cast<i128>(r % static_cast<u128>(kMaxUnits + 1)); break; // up to the limit
    case 7: u = kMaxUnits - static_cast<i128>(rng() % 4); break;                // at the limit
    default: u = static_cast<i128>(rng() % 10) * kPow10[rng() % 20]; break;     // powers of ten
  }
  if (rng() % 2) u = -u;
  return Decimal{u, static_cast<int>(rng() % (kMaxScale + 1))};
}

void expect_same(const Decimal& got, const Decimal& want, const char* op) {
  EXPECT_TRUE(got.units == want.units && got.scale == want.scale)
      << op << ": got " << got.to_string() << " (scale " << got.scale << "), want " << want.to_string() << " (scale "
      << want.scale << ")";
}

TEST(DecimalFastPaths, EqualTheGeneralAlgorithms) {
  std::mt19937_64 rng(20261123);
  for (int i = 0; i < 400000; ++i) {
    Decimal a = random_decimal(rng), b = random_decimal(rng);
    if (rng() % 4 == 0) b.scale = a.scale;  // one scale: the comparison's shortcut
    expect_same(a.normalized(), ref_normalized(a), "normalized");
    expect_same(a * b, ref_times(a, b), "*");
    expect_same(a + b, ref_plus(a, b), "+");
    expect_same(a - b, ref_minus(a, b), "-");
    const int s = static_cast<int>(rng() % (kMaxScale + 1));
    expect_same(a.rescaled(s), ref_rescaled(a, s), "rescaled");
    EXPECT_TRUE((a <=> b) == ref_compare(a, b)) << a.to_string() << " <=> " << b.to_string();
    EXPECT_EQ(a == b, ref_compare(a, b) == 0);
    // The same value at another scale compares equal.
    const Decimal n = a.normalized();
    EXPECT_TRUE((n <=> a) == std::strong_ordering::equal) << a.to_string();
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace sakip
