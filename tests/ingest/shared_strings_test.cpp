// sharedStrings.xml as Excel, LibreOffice and odd generators write it.
#include "ingest/shared_strings.h"

#include <gtest/gtest.h>

#include "ingest/read_error.h"

namespace sakip {
namespace {

constexpr const char* kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

std::vector<std::string> read(const std::string& body, const ReadLimits& limits = ReadLimits::defaults()) {
  StringPool pool;
  const std::string xml = std::string("<sst ") + kNs + " count=\"99\" uniqueCount=\"1\">" + body + "</sst>";
  std::vector<std::string> out;
  for (uint32_t id : parse_shared_strings(xml, pool, limits)) out.emplace_back(pool.get(id));
  return out;
}

TEST(SharedStrings, PlainRichAndPhonetic) {
  const auto s = read(
      "<si><t>Dinas Pendidikan</t></si>"
      "<si><r><t>Belanja </t></r><r><rPr><b/></rPr><t>Langsung</t></r></si>"
      "<si><t>Kab.</t><rPh sb=\"0\" eb=\"4\"><t>KABUPATEN</t></rPh><phoneticPr fontId=\"1\"/></si>");
  ASSERT_EQ(s.size(), 3u);  // uniqueCount="1" is not trusted
  EXPECT_EQ(s[0], "Dinas Pendidikan");
  EXPECT_EQ(s[1], "Belanja Langsung");
  EXPECT_EQ(s[2], "Kab.");
}

TEST(SharedStrings, EscapesEmptyEntriesAndWhitespace) {
  const auto s = read(
      "<si><t>baris1_x000D_\nbaris2</t></si><si/><si><t/></si>"
      "<si><t>_x005F_x000D_</t></si><si><t xml:space=\"preserve\"> a </t></si>"
      "<si><t><![CDATA[x < y]]></t></si><si><t>a &amp; b</t></si>");
  ASSERT_EQ(s.size(), 7u);
  EXPECT_EQ(s[0], "baris1\r\nbaris2");
  EXPECT_EQ(s[1], "");
  EXPECT_EQ(s[2], "");
  EXPECT_EQ(s[3], "_x000D_");
  EXPECT_EQ(s[4], " a ");
  EXPECT_EQ(s[5], "x < y");
  EXPECT_EQ(s[6], "a & b");
}

TEST(SharedStrings, RepeatsOnlyOnceInThePoolPerEntry) {
  StringPool pool;
  const std::string xml = std::string("<sst ") + kNs + "><si><t>A</t></si><si><t>B</t></si></sst>";
  const auto ids = parse_shared_strings(xml, pool, ReadLimits::defaults());
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(pool.bytes(), 2u);
}

TEST(SharedStrings, CountIsCappedByMaxStrings) {
  ReadLimits l = ReadLimits::defaults();
  l.max_strings = 2;
  try {
    read("<si><t>1</t></si><si><t>2</t></si><si><t>3</t></si>", l);
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
  EXPECT_EQ(read("<si><t>1</t></si><si><t>2</t></si>", l).size(), 2u);
}

TEST(SharedStrings, LongStringIsCutToTheCellLimit) {
  ReadLimits l = ReadLimits::defaults();
  l.max_cell_bytes = 5;
  StringPool pool;
  SharedStringsParser p(pool, l, "xl/sharedStrings.xml");
  const std::string xml = std::string("<sst ") + kNs + "><si><t>abcdefgh</t></si></sst>";
  p.feed(xml.data(), xml.size());
  const auto ids = p.finish();
  EXPECT_EQ(pool.get(ids.at(0)), "abcde");
  EXPECT_EQ(p.truncated(), 1u);
}

TEST(SharedStrings, CorruptXmlNamesPartAndLine) {
  try {
    read("<si><t>a</si>");
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXml);
    EXPECT_NE(e.detail().find("xl/sharedStrings.xml:1"), std::string::npos) << e.detail();
  }
}

TEST(SharedStrings, StreamedInSmallPiecesGivesTheSameStrings) {
  StringPool pool;
  SharedStringsParser p(pool, ReadLimits::defaults(), "sst");
  const std::string xml = std::string("<sst ") + kNs + "><si><t>Pendapatan_x000D_ Asli</t></si><si><r><t>Da</t></r><r><t>erah</t></r></si></sst>";
  for (char c : xml) p.feed(&c, 1);
  const auto ids = p.finish();
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(pool.get(ids[0]), "Pendapatan\r Asli");
  EXPECT_EQ(pool.get(ids[1]), "Daerah");
}

}  // namespace
}  // namespace sakip
