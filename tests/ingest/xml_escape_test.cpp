// OOXML "_xHHHH_" escapes, as ECMA-376 Part 1, 22.9.2.19 (ST_Xstring) defines them.
#include "ingest/xml_escape.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

std::string unescape(std::string_view s) {
  std::string out;
  append_ooxml_unescaped(s, out);
  return out;
}

TEST(XmlEscape, DecodesControlCharacters) {
  EXPECT_EQ(unescape("baris1_x000D_\nbaris2"), "baris1\r\nbaris2");
  EXPECT_EQ(unescape("a_x0009_b"), "a\tb");
  EXPECT_EQ(unescape("_x000a_"), "\n");  // hex digits in either case
}

TEST(XmlEscape, EscapedUnderscoreMakesALiteral) {
  EXPECT_EQ(unescape("_x005F_x000D_"), "_x000D_");
  EXPECT_EQ(unescape("_x005F_"), "_");
}

TEST(XmlEscape, NonEscapesAreCopied) {
  EXPECT_EQ(unescape("kode_rekening"), "kode_rekening");
  EXPECT_EQ(unescape("_x00D_"), "_x00D_");    // 3 digits
  EXPECT_EQ(unescape("_x000D"), "_x000D");    // no closing underscore
  EXPECT_EQ(unescape("_xZZZZ_"), "_xZZZZ_");
  EXPECT_EQ(unescape("akhir_"), "akhir_");
}

TEST(XmlEscape, NonAsciiAndSurrogates) {
  EXPECT_EQ(unescape("_x2013_"), "\xE2\x80\x93");                 // en dash
  EXPECT_EQ(unescape("_xD83D__xDE00_"), "\xF0\x9F\x98\x80");      // a surrogate pair
  EXPECT_EQ(unescape("_xD83D_"), "\xEF\xBF\xBD");                 // a lone surrogate
  EXPECT_EQ(unescape("_x0000_"), "\xEF\xBF\xBD");                 // NUL is not text
}

}  // namespace
}  // namespace sakip
