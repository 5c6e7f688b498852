// Codes as text: canonical form and parent by prefix (domain.md §2.4, realdata README).
#include "ingest/kode.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

namespace sakip {
namespace {

// The definitions as first written (a string per call, a list of segments): references for the
// allocation-free versions, which must agree on every input.
std::string reference_canonical_code(std::string_view text) {
  std::string out;
  bool digit = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) continue;
    if (std::isdigit(u)) {
      out.push_back(c);
      digit = true;
    } else if (c == 'x' || c == 'X') {
      out.push_back('X');
    } else if (c == '.' || c == ',') {
      if (out.empty() || out.back() == '.') continue;
      out.push_back('.');
    } else {
      return {};
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (!digit) return {};
  return out;
}

RowLevel reference_level_from_code_shape(std::string_view code) {
  std::vector<std::string_view> seg;
  size_t i = 0;
  while (i <= code.size()) {
    size_t j = code.find('.', i);
    if (j == std::string_view::npos) j = code.size();
    seg.push_back(code.substr(i, j - i));
    i = j + 1;
  }
  if (seg.size() < 2 || seg[0].size() != 1) return RowLevel::None;
  if (seg[1].size() == 2) {
    if (seg.size() == 3 && seg[2].size() == 2) return RowLevel::Program;
    if (seg.size() == 5 && seg[3].size() == 1 && seg[4].size() == 2) return RowLevel::Kegiatan;
    if (seg.size() == 6 && seg[3].size() == 1 && seg[4].size() == 2 && seg[5].size() >= 2 && seg[5].size() <= 4)
      return RowLevel::SubKegiatan;
    return RowLevel::None;
  }
  if (seg[1].size() == 1 && (seg[0] == "4" || seg[0] == "5" || seg[0] == "6") && seg.size() >= 3 &&
      seg[2].size() == 2)
    return RowLevel::Rekening;
  return RowLevel::None;
}

TEST(Kode, AllocationFreeVersionsAgreeWithTheReference) {
  std::mt19937 rng(20261123);
  const std::string alphabet = "0123456789..........,, xX\t-a(";
  std::string buffer = "a previous, longer content of the reused buffer";
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    const int len = static_cast<int>(rng() % 20);
    for (int i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    const std::string expected = reference_canonical_code(s);
    ASSERT_EQ(canonical_code(s), expected) << "input: [" << s << "]";
    canonical_code_into(s, buffer);  // the buffer keeps what the previous input left
    ASSERT_EQ(buffer, expected) << "input: [" << s << "]";
    ASSERT_EQ(level_from_code_shape(expected), reference_level_from_code_shape(expected)) << expected;
    ASSERT_EQ(level_from_code_shape(s), reference_level_from_code_shape(s)) << s;
  }
}

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
