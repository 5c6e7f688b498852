// Rounding-aware comparison: the examples recomputed by hand in seed-audit.md §2.4 / §3B K-17.
#include "rules/compare.h"

#include <gtest/gtest.h>

#include "ingest/value.h"

namespace sakip {
namespace {

Decimal D(const char* s) { return *Decimal::parse(s); }

TEST(Compare, RoundedAndTruncatedDisplaysBothAgree) {
  // IPP 2,77 / 4,3 × 100 = 64,4186...: r2 gives 64,42, t2 gives 64,41; both pass, 64,40 fails.
  EXPECT_TRUE(ratio_agrees(D("2.77"), D("4.3"), D("100"), parse_value("64,42%")));
  EXPECT_TRUE(ratio_agrees(D("2.77"), D("4.3"), D("100"), parse_value("64,41%")));
  EXPECT_FALSE(ratio_agrees(D("2.77"), D("4.3"), D("100"), parse_value("64,40%")));
  EXPECT_FALSE(ratio_agrees(D("2.77"), D("4.3"), D("100"), parse_value("64,43%")));
}

TEST(Compare, TruncatedKencongValuesPassAndTyposFail) {
  // 92,33 / 92,5 = 99,8162 shown 99,81 (t2): passes.
  EXPECT_TRUE(ratio_agrees(D("92.33"), D("92.5"), D("100"), parse_value("99,81%")));
  // 80,41 / 86 = 93,50 shown '93%' (whole number, truncated): passes.
  EXPECT_TRUE(ratio_agrees(D("80.41"), D("86"), D("100"), parse_value("93%")));
  // 35,24 against exact 35,2941: fails (K-02, a typo).
  EXPECT_FALSE(ratio_agrees(D("6"), D("17"), D("100"), parse_value("35,24%")));
  EXPECT_TRUE(ratio_agrees(D("6"), D("17"), D("100"), parse_value("35,29%")));
}

TEST(Compare, WholeNumberDisplayUsesOneUnit) {
  // 12/13 = 92,3077 shown '92%'; 80,41/67 = 120,0149 shown '120%'.
  EXPECT_TRUE(ratio_agrees(D("12"), D("13"), D("100"), parse_value("92%")));
  EXPECT_TRUE(ratio_agrees(D("80.41"), D("67"), D("100"), parse_value("120%")));
  EXPECT_FALSE(ratio_agrees(D("12"), D("13"), D("100"), parse_value("94%")));
}

TEST(Compare, RatioValueRoundsHalfUp) {
  EXPECT_EQ(*ratio_value(D("21838500"), D("22740870"), D("100"), 2), D("96.03"));
  EXPECT_EQ(*ratio_value(D("2.77"), D("4.3"), D("100"), 2), D("64.42"));
  EXPECT_FALSE(ratio_value(D("1"), D("0"), D("100"), 2).has_value());
}

TEST(Compare, MoneyIsExactAtSen) {
  Config cfg = Config::defaults();
  EXPECT_TRUE(money_equal(D("3920691860.40"), D("3920691860.4"), cfg));
  EXPECT_FALSE(money_equal(D("3920691860.40"), D("3920691860.00"), cfg));  // K-01: 0,40 matters
  EXPECT_TRUE(money_equal(D("2911311160.3999996"), D("2911311160.40"), cfg));  // float noise of a cached sum
  cfg.money_tolerance = D("1");
  EXPECT_TRUE(money_equal(D("100"), D("101"), cfg));
  EXPECT_FALSE(money_equal(D("100"), D("102"), cfg));
}

TEST(Compare, MoneyAtTheSameScaleComparesUnits) {
  // Amounts written in whole rupiah or sen at the same scale (the usual case): equal only when
  // the units are; a negative amount is not equal to its absolute value.
  const Config cfg = Config::defaults();
  EXPECT_TRUE(money_equal(D("2113389339"), D("2113389339"), cfg));
  EXPECT_FALSE(money_equal(D("2113389339"), D("2113389338"), cfg));
  EXPECT_TRUE(money_equal(D("-8091400.50"), D("-8091400.50"), cfg));
  EXPECT_FALSE(money_equal(D("-8091400.50"), D("8091400.50"), cfg));
  EXPECT_TRUE(money_equal(D("0"), D("-0"), cfg));
  // Sen below the compared decimals still round: 0,004 and 0 agree at sen.
  EXPECT_TRUE(money_equal(D("0.004"), D("0.000"), cfg));
}

TEST(Compare, ExactCountsHaveNoSlack) {
  // SDM Bezetting: 1 + 11 + 2 + 3 = 17, stated 18 (K-07): an error even with 0 decimals shown.
  EXPECT_FALSE(exact_agrees(D("17"), parse_value("18")));
  EXPECT_TRUE(exact_agrees(D("17"), parse_value("17")));
  // Decimal parts that may be rounded get half a unit each.
  EXPECT_TRUE(exact_agrees(D("10.01"), parse_value("10,00"), D("0.01")));
}

}  // namespace
}  // namespace sakip
