#include "ingest/number_format.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(NumberFormat, General) {
  auto f = describe_number_format("General");
  EXPECT_FALSE(f.percent);
  EXPECT_FALSE(f.date);
  EXPECT_EQ(f.decimals, -1);
}

TEST(NumberFormat, PercentAndDecimals) {
  EXPECT_TRUE(describe_number_format("0.00%").percent);
  EXPECT_EQ(describe_number_format("0.00%").decimals, 2);
  EXPECT_EQ(describe_number_format("0%").decimals, 0);
  EXPECT_EQ(describe_number_format("#,##0").decimals, 0);
  EXPECT_TRUE(describe_number_format("#,##0").grouping);
  EXPECT_EQ(describe_number_format("#,##0.00;(#,##0.00)").decimals, 2);
  EXPECT_EQ(describe_number_format("0.0").decimals, 1);
  // the '%' inside quotes is a literal, not a percent format
  EXPECT_FALSE(describe_number_format("0\" %\"").percent);
  EXPECT_TRUE(describe_number_format("@").text);
}

TEST(NumberFormat, CurrencyBlocksAreNotDates) {
  auto f = describe_number_format("[$Rp-421]#,##0.00");
  EXPECT_FALSE(f.date);
  EXPECT_EQ(f.decimals, 2);
  EXPECT_TRUE(f.grouping);
  auto g = describe_number_format("_-\"Rp\"* #,##0_-;\\-\"Rp\"* #,##0_-;_-\"Rp\"* \"-\"_-;_-@_-");
  EXPECT_FALSE(g.date);
  EXPECT_EQ(g.decimals, 0);
}

TEST(NumberFormat, Dates) {
  EXPECT_TRUE(describe_number_format("dd/mm/yyyy").date);
  EXPECT_TRUE(describe_number_format("mm-dd-yy").date);
  EXPECT_TRUE(describe_number_format("[h]:mm:ss").date);
  EXPECT_TRUE(describe_number_format("[$-421]dd mmmm yyyy").date);
  EXPECT_FALSE(describe_number_format("0.00E+00").date);
  EXPECT_FALSE(describe_number_format("[Red]0.00").date);
}

TEST(NumberFormat, Builtins) {
  EXPECT_EQ(builtin_number_format(10), "0.00%");
  EXPECT_EQ(builtin_number_format(14), "mm-dd-yy");
  EXPECT_FALSE(builtin_number_format(5));
  EXPECT_FALSE(builtin_number_format(164));
}

}  // namespace
}  // namespace sakip
