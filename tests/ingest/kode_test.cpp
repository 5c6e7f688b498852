// Codes as text: canonical form and parent by prefix (domain.md §2.4, realdata README).
#include "ingest/kode.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(Kode, Canonical) {
  EXPECT_EQ(canonical_code("2,01"), "2.01");  // Sumedang T-C.27: Excel turned 2.01 into 2,01
  EXPECT_EQ(canonical_code("1.01 . 1.01.01 . 01 . 07 . 5 . 2 . 1 . 01 . 01"), "1.01.1.01.01.01.07.5.2.1.01.01");  // Bantul
  EXPECT_EQ(canonical_code("1.20 . 1.20.03 . 00.00 . 4.1.2.02.01 "), "1.20.1.20.03.00.00.4.1.2.02.01");  // Kulon Progo
  EXPECT_EQ(canonical_code("2.1. 1"), "2.1.1");  // 000 Tabel 2.9
  EXPECT_EQ(canonical_code("1.4."), "1.4");
  EXPECT_EQ(canonical_code("1..2"), "1.2");
  EXPECT_EQ(canonical_code("x.xx.01"), "X.XX.01");
  EXPECT_EQ(canonical_code("1.01.01.2.01.0001"), "1.01.01.2.01.0001");
  EXPECT_EQ(canonical_code("(1)"), "");
  EXPECT_EQ(canonical_code("Program"), "");
  EXPECT_EQ(canonical_code(""), "");
  EXPECT_EQ(canonical_code("."), "");
}

TEST(Kode, DotlessAccounts) {
  EXPECT_EQ(expand_dotless_account("4"), "4");
  EXPECT_EQ(expand_dotless_account("41"), "4.1");
  EXPECT_EQ(expand_dotless_account("4101"), "4.1.01");
  EXPECT_EQ(expand_dotless_account("5101"), "5.1.01");
  EXPECT_EQ(expand_dotless_account("510201"), "5.1.02.01");
  EXPECT_EQ(expand_dotless_account("51020101"), "5.1.02.01.01");
  EXPECT_EQ(expand_dotless_account("510201010024"), "5.1.02.01.01.0024");
  EXPECT_EQ(expand_dotless_account("5102010124"), "");  // 10 digits fit no prefix of 1.1.2.2.2.4
  EXPECT_EQ(expand_dotless_account("510"), "");
  EXPECT_EQ(expand_dotless_account("5.1"), "");
}

TEST(Kode, Prefixes) {
  EXPECT_TRUE(code_is_prefix("1.01", "1.01.02"));
  EXPECT_FALSE(code_is_prefix("1.01", "1.010"));
  EXPECT_FALSE(code_is_prefix("1.01", "1.01"));
  EXPECT_FALSE(code_is_prefix("", "1.01"));
  EXPECT_EQ(code_parent("1.01.02"), "1.01");
  EXPECT_EQ(code_parent("5"), "");
  EXPECT_EQ(code_segments("5.1.02.01.01.0024"), 6);
  EXPECT_EQ(code_segments(""), 0);
}

TEST(Kode, LevelFromShape) {
  EXPECT_EQ(level_from_code_shape("1.01.01"), RowLevel::Program);
  EXPECT_EQ(level_from_code_shape("1.01.01.2.01"), RowLevel::Kegiatan);
  EXPECT_EQ(level_from_code_shape("1.01.01.2.01.0001"), RowLevel::SubKegiatan);
  EXPECT_EQ(level_from_code_shape("4.02.01.2.06.01"), RowLevel::SubKegiatan);  // 2-digit tail (2021-22)
  EXPECT_EQ(level_from_code_shape("5.1.02.01.01.0024"), RowLevel::Rekening);
  EXPECT_EQ(level_from_code_shape("1.1.2"), RowLevel::None);  // numbering, not a program code
}

TEST(Kode, LeadingCodeInALabel) {
  auto [code, rest] = split_leading_code("1.01.01 Program Penunjang Urusan");
  EXPECT_EQ(code, "1.01.01");
  EXPECT_EQ(rest, "Program Penunjang Urusan");
  EXPECT_EQ(split_leading_code("Program Penunjang").first, "");
  EXPECT_EQ(split_leading_code("2025 Target").first, "");  // a year is not a code
}

}  // namespace
}  // namespace sakip
