// The fast id-ID grammar on its own: the strict form, the lean entry point's affixes, and the
// separator rules of classify_number_token (seed audit §4.8.1–4.8.2). Expected values by hand.
#include "ingest/number_id.h"

#include <gtest/gtest.h>

#include "ingest/value.h"

using sakip::Decimal;
using sakip::FastKind;
using sakip::FastNumber;
using sakip::NumberToken;

namespace {
Decimal D(const char* s) { return *Decimal::parse(s); }
}  // namespace

TEST(NumberId, StrictGrammar) {
  EXPECT_EQ(*sakip::parse_id_decimal("3.297.504.548"), D("3297504548"));
  EXPECT_EQ(*sakip::parse_id_decimal("-8.091.400,00"), D("-8091400"));
  EXPECT_EQ(sakip::parse_id_decimal("2.911.311.160,40")->scale, 2);  // decimals as written
  EXPECT_EQ(*sakip::parse_id_decimal("1234567,5"), D("1234567.5"));
  EXPECT_EQ(*sakip::parse_id_decimal("4.300"), D("4300"));
  for (const char* bad : {"4.30", "70.05", "1,234.5", "4,231,208,525", "1.234,", "", "-", "+1", "1 234"})
    EXPECT_FALSE(sakip::parse_id_decimal(bad)) << bad;
}

TEST(NumberId, LeanEntryPointAffixes) {
  FastNumber info;
  auto d = sakip::parse_id_number("Rp. 744.112.000,00", &info);
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, D("744112000"));
  EXPECT_EQ(info.kind, FastKind::Money);
  EXPECT_EQ(info.decimals, 2);
  d = sakip::parse_id_number("Rp.4.068.968.525,-", &info);
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, D("4068968525"));
  EXPECT_EQ(info.decimals, 0);
  d = sakip::parse_id_number("64,42%", &info);
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, D("64.42"));
  EXPECT_EQ(info.kind, FastKind::Percent);
  d = sakip::parse_id_number("95,55\xC2\xA0%", &info);
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, D("95.55"));
  EXPECT_FALSE(sakip::parse_id_number("Rp 12%"));
  EXPECT_FALSE(sakip::parse_id_number("98.28%"));  // dot decimal: not the strict grammar
  EXPECT_FALSE(sakip::parse_id_number("Rp  1.000"));  // one space at most
}

TEST(NumberId, ClassifyCommaDecimalDocument) {
  NumberToken t;
  ASSERT_TRUE(sakip::classify_number_token("70.05", true, t));
  EXPECT_EQ(t.value, D("70.05"));
  EXPECT_TRUE(t.flags & sakip::kFlagDotDecimal);
  ASSERT_TRUE(sakip::classify_number_token("847.500", true, t));
  EXPECT_EQ(t.value, D("847500"));
  EXPECT_TRUE(t.flags & sakip::kFlagAmbiguousSeparator);
  ASSERT_TRUE(sakip::classify_number_token("0.500", true, t));  // "0" cannot lead a group
  EXPECT_EQ(t.value, D("0.5"));
  EXPECT_FALSE(t.flags & sakip::kFlagAmbiguousSeparator);
  ASSERT_TRUE(sakip::classify_number_token("1234.567", true, t));  // 4 digits cannot lead a group
  EXPECT_EQ(t.value, D("1234.567"));
  ASSERT_TRUE(sakip::classify_number_token("4,231,208,525.50", true, t));
  EXPECT_EQ(t.value, D("4231208525.5"));
  EXPECT_TRUE(t.flags & sakip::kFlagEnglishGrouping);
  ASSERT_TRUE(sakip::classify_number_token("007", true, t));
  EXPECT_TRUE(t.leading_zero);
  for (const char* bad : {"1.1.1", "1.234.5678", "1,234,56", "1.234,5.6", "1..2", ".5", "5.", ""})
    EXPECT_FALSE(sakip::classify_number_token(bad, true, t)) << bad;
}

TEST(NumberId, ClassifyDotDecimalDocument) {
  NumberToken t;
  ASSERT_TRUE(sakip::classify_number_token("116600000.00", false, t));
  EXPECT_EQ(t.value, D("116600000"));
  EXPECT_EQ(t.decimals, 2);
  EXPECT_EQ(t.flags, 0u);
  ASSERT_TRUE(sakip::classify_number_token("4,300", false, t));
  EXPECT_EQ(t.value, D("4300"));
  EXPECT_TRUE(t.flags & sakip::kFlagAmbiguousSeparator);
  ASSERT_TRUE(sakip::classify_number_token("1.234,5", false, t));
  EXPECT_EQ(t.value, D("1234.5"));
}

TEST(NumberId, RangeGuard) {
  EXPECT_TRUE(sakip::parse_id_decimal(std::string(36, '9')));
  EXPECT_FALSE(sakip::parse_id_decimal(std::string(37, '9')));
  EXPECT_FALSE(sakip::parse_id_decimal("1," + std::string(31, '1')));
}
