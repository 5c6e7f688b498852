#include "ingest/cell_ref.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(CellRef, ColumnLettersBothWays) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(701), "ZZ");
  EXPECT_EQ(column_letters(702), "AAA");
  EXPECT_EQ(column_letters(16383), "XFD");
  for (uint32_t c = 0; c < kMaxCols; ++c) ASSERT_EQ(column_from_letters(column_letters(c)), c);
  EXPECT_EQ(column_from_letters("xfd"), 16383u);
  EXPECT_FALSE(column_from_letters("XFE"));
  EXPECT_FALSE(column_from_letters("AAAA"));
  EXPECT_FALSE(column_from_letters(""));
  EXPECT_FALSE(column_from_letters("A1"));
}

TEST(CellRef, ParsesA1) {
  auto r = parse_a1("B7");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->row, 6u);
  EXPECT_EQ(r->col, 1u);
  EXPECT_EQ(parse_a1("$C$17"), (CellRef{16, 2}));
  EXPECT_EQ(parse_a1("XFD1048576"), (CellRef{1048575, 16383}));
  EXPECT_FALSE(parse_a1("XFD1048577"));
  EXPECT_FALSE(parse_a1("A0"));
  EXPECT_FALSE(parse_a1("A01"));
  EXPECT_FALSE(parse_a1("1A"));
  EXPECT_FALSE(parse_a1("A"));
  EXPECT_FALSE(parse_a1("A99999999999"));
  EXPECT_EQ(to_a1(16, 2), "C17");
  EXPECT_EQ(to_a1(1048575, 16383), "XFD1048576");
}

TEST(CellRef, Ranges) {
  auto r = parse_range("C3:A1");
  ASSERT_TRUE(r);
  EXPECT_EQ(to_a1(*r), "A1:C3");
  EXPECT_EQ(to_a1(*parse_range("B2")), "B2");
  EXPECT_FALSE(parse_range("A1:"));
}

TEST(CellRef, QuotesSheetNames) {
  EXPECT_EQ(quote_sheet_name("Sheet1"), "Sheet1");
  EXPECT_EQ(quote_sheet_name("PK Perubahan"), "'PK Perubahan'");
  EXPECT_EQ(quote_sheet_name("Tabel 3.10"), "'Tabel 3.10'");
  EXPECT_EQ(quote_sheet_name("O'Neil"), "'O''Neil'");
  EXPECT_EQ(quote_sheet_name("2025"), "'2025'");
}

}  // namespace
}  // namespace sakip
