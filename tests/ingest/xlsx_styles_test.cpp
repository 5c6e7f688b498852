// styles.xml: which number format each cell style (cellXfs) shows.
#include "ingest/xlsx_styles.h"

#include <gtest/gtest.h>

#include "ingest/read_error.h"

namespace sakip {
namespace {

constexpr const char* kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$Rp-421]#,##0.00\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"  // not a cell style
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"3\"/>"
    "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"3\"/><xf numFmtId=\"200\"/></cellXfs>"
    "</styleSheet>";

TEST(XlsxStyles, MapsEveryCellXfToAWorkbookFormat) {
  Workbook wb;
  const XlsxStyles st = parse_styles(kStyles, wb, ReadLimits::defaults());
  ASSERT_EQ(st.xf_format.size(), 7u);
  EXPECT_EQ(wb.formats[st.format_of(0)].code, "General");
  EXPECT_EQ(wb.formats[st.format_of(1)].code, "0.00%");
  EXPECT_TRUE(wb.formats[st.format_of(1)].percent);
  EXPECT_EQ(wb.formats[st.format_of(1)].decimals, 2);
  EXPECT_EQ(wb.formats[st.format_of(2)].code, "#,##0");
  EXPECT_TRUE(wb.formats[st.format_of(2)].grouping);
  EXPECT_EQ(wb.formats[st.format_of(3)].code, "[$Rp-421]#,##0.00");
  EXPECT_EQ(wb.formats[st.format_of(3)].decimals, 2);
  EXPECT_TRUE(wb.formats[st.format_of(4)].date);
  EXPECT_EQ(st.format_of(5), st.format_of(2));  // same numFmtId -> same format entry
  EXPECT_EQ(st.format_of(6), 0u);               // unknown id shows as General
  EXPECT_EQ(st.unknown_ids, std::vector<uint32_t>{200});
  EXPECT_EQ(st.format_of(99), 0u);              // out of range s= is General, not a crash
}

TEST(XlsxStyles, CustomDefinitionOverridesABuiltinId) {
  Workbook wb;
  const XlsxStyles st = parse_styles(
      "<styleSheet><numFmts><numFmt numFmtId=\"3\" formatCode=\"0.000\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"3\"/></cellXfs></styleSheet>", wb, ReadLimits::defaults());
  EXPECT_EQ(wb.formats[st.format_of(0)].code, "0.000");
}

TEST(XlsxStyles, CorruptXml) {
  Workbook wb;
  EXPECT_THROW(parse_styles("<styleSheet><cellXfs>", wb, ReadLimits::defaults()), ReadError);
}

}  // namespace
}  // namespace sakip
