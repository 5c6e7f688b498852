// Exact decimals: the arithmetic every consistency rule relies on. Expected values are worked
// out by hand (or are the literal figures of the seed documents).
#include "ingest/decimal.h"

#include <gtest/gtest.h>

#include <limits>
#include <ostream>

using sakip::Decimal;

namespace sakip {
// Readable failure messages.
void PrintTo(const Decimal& d, std::ostream* os) { *os << d.to_string() << " (scale " << d.scale << ")"; }
}  // namespace sakip

namespace {

Decimal D(const char* s) {
  auto d = Decimal::parse(s);
  EXPECT_TRUE(d.has_value()) << s;
  return d.value_or(Decimal{});
}

__int128 pow10(int n) {
  __int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

}  // namespace

TEST(Decimal, ParsePlainText) {
  auto d = Decimal::parse("3297504548.25");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->units, static_cast<__int128>(329750454825LL));
  EXPECT_EQ(d->scale, 2);
  d = Decimal::parse("-12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->units, -12);
  EXPECT_EQ(d->scale, 0);
  d = Decimal::parse("+0.50");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->units, 50);
  EXPECT_EQ(d->scale, 2);  // decimals as written are kept
  EXPECT_TRUE(Decimal::parse(".5"));
  EXPECT_EQ(*Decimal::parse(".5"), D("0.5"));
  EXPECT_EQ(*Decimal::parse("5."), D("5"));
}

TEST(Decimal, ParseExponentAsXlsxStores) {
  EXPECT_EQ(D("1.5E-3").to_string(), "0.0015");
  EXPECT_EQ(D("1.5E-3").scale, 4);
  EXPECT_EQ(D("2.5e+3").to_string(), "2500");
  EXPECT_EQ(D("6.4418604651162795E-1").to_string(), "0.64418604651162795");
  EXPECT_EQ(D("1E10").to_string(), "10000000000");
  EXPECT_EQ(D("0E-50").to_string(), "0");
}

TEST(Decimal, ParseRejectsEverythingElse) {
  for (const char* bad : {"", "-", "+", ".", "1,5", "1.2.3", "1 000", " 1", "1 ", "Rp1", "1e",
                          "1e+", "e5", "0x10", "1.5%", "nan", "inf", "--1", "1-", "١٢"}) {
    EXPECT_FALSE(Decimal::parse(bad)) << bad;
  }
}

TEST(Decimal, ParseRangeGuard) {
  // 36 digits fit; 37 significant digits do not.
  EXPECT_TRUE(Decimal::parse("999999999999999999999999999999999999"));
  EXPECT_FALSE(Decimal::parse("1000000000000000000000000000000000000"));
  EXPECT_FALSE(Decimal::parse("1e36"));
  EXPECT_TRUE(Decimal::parse("1e35"));
  // Scale above 30 that is not just trailing zeros cannot be held exactly.
  EXPECT_FALSE(Decimal::parse("1e-31"));
  EXPECT_TRUE(Decimal::parse("1e-30"));
  EXPECT_TRUE(Decimal::parse("1.000000000000000000000000000000000000000"));
  EXPECT_FALSE(Decimal::parse("1e99999999999999999999"));
  EXPECT_EQ(D("0e99999999999999999999"), Decimal{});
}

TEST(Decimal, EqualityIsByValue) {
  EXPECT_EQ(D("1.50"), D("1.5"));
  EXPECT_EQ(D("100"), D("100.000"));
  EXPECT_NE(D("1.51"), D("1.5"));
  EXPECT_LT(D("-1.5"), D("-1.49"));
  EXPECT_LT(D("0.999"), D("1"));
  EXPECT_GT(D("2.717264931"), D("2.71726493"));
  EXPECT_EQ(D("2.717264930"), D("2.71726493"));
  EXPECT_LT(D("-0.001"), D("0"));
  // Extreme scales compare without overflow.
  Decimal big{pow10(36) - 1, 0};
  Decimal tiny{1, 30};
  EXPECT_GT(big, tiny);
  EXPECT_LT(-big, tiny);
}

TEST(Decimal, AddSubtractAlignScalesExactly) {
  // Seed budget: 744.112.000,00 + 1.234,5 = 744.113.234,5
  EXPECT_EQ(D("744112000.00") + D("1234.5"), D("744113234.5"));
  EXPECT_EQ((D("0.1") + D("0.2")), D("0.3"));  // binary floating point gets this wrong
  EXPECT_EQ(D("3297504548") - D("3297504548.01"), D("-0.01"));
  EXPECT_EQ(-D("5.25"), D("-5.25"));
  Decimal s = D("1.005") + D("2");
  EXPECT_EQ(s.scale, 3);
  EXPECT_EQ(s.to_string(), "3.005");
}

TEST(Decimal, AddSaturatesInsteadOfOverflowing) {
  Decimal big{pow10(36) - 1, 0};
  Decimal r = big + big;
  EXPECT_EQ(r.units, pow10(36) - 1);
  r = -big - big;
  EXPECT_EQ(r.units, -(pow10(36) - 1));
  // Aligning a huge integer with a 30-decimal value drops decimals instead of overflowing.
  Decimal t = Decimal{pow10(35), 0} + Decimal{1, 30};
  EXPECT_EQ(t, Decimal(Decimal{pow10(35), 0}));
}

TEST(Decimal, MultiplyExact) {
  EXPECT_EQ(D("1.5") * D("1.5"), D("2.25"));
  EXPECT_EQ(D("-0.6442") * D("100"), D("-64.42"));
  EXPECT_EQ(D("123456789.123") * D("1000"), D("123456789123"));
  Decimal big{pow10(30), 0};
  Decimal r = big * big;  // saturates
  EXPECT_EQ(r.units, pow10(36) - 1);
  Decimal n = Decimal{-pow10(30), 0} * big;
  EXPECT_EQ(n.units, -(pow10(36) - 1));
  // Too many decimals: rounded, not overflowed.
  Decimal f = Decimal{1, 20} * Decimal{5, 20};
  EXPECT_EQ(f.scale <= 30, true);
}

TEST(Decimal, DivideTruncatesTowardZero) {
  // realisasi / anggaran x 100: 2 / 3 = 0.66 (truncated), not 0.67.
  auto q = sakip::divide(D("2"), D("3"), 2);
  ASSERT_TRUE(q);
  EXPECT_EQ(*q, D("0.66"));
  EXPECT_EQ(q->scale, 2);
  EXPECT_EQ(*sakip::divide(D("-2"), D("3"), 2), D("-0.66"));
  EXPECT_EQ(*sakip::divide(D("2"), D("-3"), 3), D("-0.666"));
  EXPECT_EQ(*sakip::divide(D("10"), D("4"), 0), D("2"));
  EXPECT_EQ(*sakip::divide(D("1.5"), D("0.25"), 1), D("6"));
  EXPECT_EQ(*sakip::divide(D("0.001"), D("1000"), 2), D("0"));
  // 277/430 as in the seed capaian 64,42%
  EXPECT_EQ(*sakip::divide(D("27700"), D("430"), 2), D("64.41"));
  EXPECT_FALSE(sakip::divide(D("1"), D("0"), 2));
  EXPECT_FALSE(sakip::divide(Decimal{pow10(36) - 1, 0}, Decimal{1, 30}, 2));
}

TEST(Decimal, RoundingHalfAwayFromZero) {
  EXPECT_EQ(D("64.425").rounded(2), D("64.43"));
  EXPECT_EQ(D("-64.425").rounded(2), D("-64.43"));
  EXPECT_EQ(D("64.424999").rounded(2), D("64.42"));
  EXPECT_EQ(D("2.5").rounded(0), D("3"));
  EXPECT_EQ(D("-2.5").rounded(0), D("-3"));
  EXPECT_EQ(D("0.5").rounded(0), D("1"));
  EXPECT_EQ(D("1.25").rounded(5), D("1.25"));
  EXPECT_EQ(D("9.999").rounded(2), D("10"));
  EXPECT_EQ(D("64.429").truncated(2), D("64.42"));
  EXPECT_EQ(D("-64.429").truncated(2), D("-64.42"));
}

TEST(Decimal, ToStringAndFixed) {
  EXPECT_EQ(D("1234.5000").to_string(), "1234.5");
  EXPECT_EQ(D("-0.050").to_string(), "-0.05");
  EXPECT_EQ(D("100").to_string(), "100");
  EXPECT_EQ(D("0").to_string(), "0");
  EXPECT_EQ(D("64.425").to_string_fixed(2), "64.43");
  EXPECT_EQ(D("7").to_string_fixed(2), "7.00");
  EXPECT_EQ(D("-0.004").to_string_fixed(2), "0.00");
  EXPECT_EQ(D("0.05").to_string_fixed(3), "0.050");
  EXPECT_EQ(D("1e-30").to_string(), "0.000000000000000000000000000001");
}

TEST(Decimal, FormatIndonesianAndEnglish) {
  EXPECT_EQ(sakip::format_id(D("2717264930")), "2.717.264.930");
  EXPECT_EQ(sakip::format_id(D("64.42")), "64,42");
  EXPECT_EQ(sakip::format_id(D("744112000"), 2), "744.112.000,00");
  EXPECT_EQ(sakip::format_id(D("-8091400")), "-8.091.400");
  EXPECT_EQ(sakip::format_id(D("999")), "999");
  EXPECT_EQ(sakip::format_id(D("1000")), "1.000");
  EXPECT_EQ(sakip::format_id(D("0.6442")), "0,6442");
  EXPECT_EQ(sakip::format_en(D("2717264930")), "2,717,264,930");
  EXPECT_EQ(sakip::format_en(D("64.42")), "64.42");
  EXPECT_EQ(sakip::format_en(D("4231208525.5"), 2), "4,231,208,525.50");
  EXPECT_EQ(sakip::format_en(D("64.4186046511628"), 2), "64.42");
}

TEST(Decimal, FromDoubleShortestRoundTrip) {
  EXPECT_EQ(Decimal::from_double(0.1), D("0.1"));
  EXPECT_EQ(Decimal::from_double(0.644186046511628), D("0.644186046511628"));
  EXPECT_EQ(Decimal::from_double(3297504548.0), D("3297504548"));
  EXPECT_EQ(Decimal::from_double(-1.5e-3), D("-0.0015"));
  EXPECT_EQ(Decimal::from_double(1e20), D("100000000000000000000"));
  EXPECT_EQ(Decimal::from_double(0.0), D("0"));
  // Out of range: documented saturation / rounding, never UB.
  EXPECT_EQ(Decimal::from_double(1e300).units, pow10(36) - 1);
  EXPECT_EQ(Decimal::from_double(-std::numeric_limits<double>::infinity()).units, -(pow10(36) - 1));
  EXPECT_EQ(Decimal::from_double(std::numeric_limits<double>::quiet_NaN()), D("0"));
  EXPECT_EQ(Decimal::from_double(1e-40), D("0"));
  EXPECT_EQ(Decimal::from_double(5e-324), D("0"));
}

TEST(Decimal, ToDouble) {
  EXPECT_DOUBLE_EQ(D("64.42").to_double(), 64.42);
  EXPECT_DOUBLE_EQ(D("-0.0015").to_double(), -0.0015);
}

TEST(Decimal, RescaledIsExact) {
  Decimal d = D("1.5").rescaled(4);
  EXPECT_EQ(d.scale, 4);
  EXPECT_EQ(d.units, 15000);
  EXPECT_EQ(D("1.2345").rescaled(2), D("1.2345"));  // never loses digits
  Decimal big{pow10(35), 0};
  Decimal r = big.rescaled(10);  // would overflow: keeps the value
  EXPECT_EQ(r, big);
}

TEST(Decimal, Normalized) {
  Decimal n = D("12.3400").normalized();
  EXPECT_EQ(n.units, 1234);
  EXPECT_EQ(n.scale, 2);
  EXPECT_EQ(D("0.000").normalized().scale, 0);
  EXPECT_EQ(sakip::abs(D("-3.5")), D("3.5"));
}
