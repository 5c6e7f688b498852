// Encoding detection and conversion for text exports. Expected strings are written by hand
// from the bytes each test builds (e.g. 0x96 is the en dash U+2013 in Windows-1252, per the
// code page table).
#include "ingest/text_decode.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

std::string utf16le(std::string_view ascii) {
  std::string s;
  for (char c : ascii) {
    s.push_back(c);
    s.push_back('\0');
  }
  return s;
}

TEST(TextDecode, Utf8ValidityRejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_TRUE(is_valid_utf8("Kecamatan \xE2\x80\x93 Rp"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));  // 5-byte form
  EXPECT_FALSE(is_valid_utf8("ab\xE2\x80"));         // truncated
  EXPECT_TRUE(is_valid_utf8("ab\xE2\x80", /*allow_truncated_tail=*/true));
  EXPECT_FALSE(is_valid_utf8("Rp 1.234,50 \x96 Kecamatan"));  // a Windows-1252 dash
}

TEST(TextDecode, BomsDecide) {
  EXPECT_EQ(detect_encoding("\xEF\xBB\xBFKode").encoding, TextEncoding::Utf8);
  EXPECT_EQ(detect_encoding("\xEF\xBB\xBFKode").bom_bytes, 3u);
  EXPECT_EQ(detect_encoding(std::string("\xFF\xFEK\0", 4)).encoding, TextEncoding::Utf16LE);
  EXPECT_EQ(detect_encoding(std::string("\xFE\xFF\0K", 4)).encoding, TextEncoding::Utf16BE);
}

TEST(TextDecode, BomlessUtf16IsRecognisedByNulPattern) {
  const std::string le = utf16le("Kode;Uraian\r\n1;Belanja\r\n");
  EXPECT_EQ(detect_encoding(le).encoding, TextEncoding::Utf16LE);
  EXPECT_EQ(decode_text(le).text, "Kode;Uraian\r\n1;Belanja\r\n");
  std::string be;
  for (char c : std::string_view("Kode;Uraian\n")) {
    be.push_back('\0');
    be.push_back(c);
  }
  EXPECT_EQ(detect_encoding(be).encoding, TextEncoding::Utf16BE);
  EXPECT_EQ(decode_text(be).text, "Kode;Uraian\n");
}

TEST(TextDecode, InvalidUtf8IsWindows1252) {
  const DecodedText d = decode_text("Rp 1.234,50 \x96 Kecamatan");
  EXPECT_EQ(d.guess.encoding, TextEncoding::Windows1252);
  EXPECT_EQ(d.text, "Rp 1.234,50 \xE2\x80\x93 Kecamatan");  // U+2013 EN DASH
}

TEST(TextDecode, Utf8WithBomLosesTheBom) {
  const DecodedText d = decode_text("\xEF\xBB\xBFKode;Uraian");
  EXPECT_EQ(d.text, "Kode;Uraian");
}

TEST(TextDecode, Utf16WithBomAndNonAscii) {
  // "Rp – 5" in UTF-16LE with BOM: U+2013 is 13 20 little endian
  const std::string bytes("\xFF\xFER\0p\0 \0\x13\x20 \0" "5\0", 14);
  EXPECT_EQ(decode_text(bytes).text, "Rp \xE2\x80\x93 5");
}

TEST(TextDecode, ControlCharRatio) {
  EXPECT_DOUBLE_EQ(control_char_ratio("a;b\r\n\tc"), 0.0);
  EXPECT_DOUBLE_EQ(control_char_ratio(std::string("a\0b\x01", 4)), 0.5);
}

}  // namespace
}  // namespace sakip

namespace sakip {
namespace {

TEST(TextDecode, CompletePrefixDropsAHalfCharacter) {
  EXPECT_EQ(utf8_complete_prefix("abc"), 3u);
  EXPECT_EQ(utf8_complete_prefix("ab\xC3"), 2u);          // first byte of 'é'
  EXPECT_EQ(utf8_complete_prefix("ab\xC3\xA9"), 4u);      // whole 'é'
  EXPECT_EQ(utf8_complete_prefix("a\xE2\x80"), 1u);       // 2 of 3 bytes of '–'
  EXPECT_EQ(utf8_complete_prefix("a\xF0\x9F\x98\x80"), 5u);  // whole 4-byte emoji
  EXPECT_EQ(utf8_complete_prefix(""), 0u);
}

TEST(TextDecode, OwnedTextGivesTheSameResult) {
  EXPECT_EQ(decode_owned_text(std::string("\xEF\xBB\xBFKode;Uraian")).text, "Kode;Uraian");
  EXPECT_EQ(decode_owned_text(std::string("Rp \x96")).text, "Rp \xE2\x80\x93");
}

}  // namespace
}  // namespace sakip
