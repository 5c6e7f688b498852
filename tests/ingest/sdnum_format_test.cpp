// LibreOffice sdnum attribute -> number format code. Inputs are attribute values seen in the
// Sumedang export (/work/shared/realdata) and LibreOffice's HTML export.
#include "ingest/sdnum_format.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(SdnumFormat, CodeAfterTheSecondSemicolon) {
  EXPECT_EQ(sdnum_format_code("1057;1033;0%"), "0%");
  EXPECT_EQ(sdnum_format_code("1033;0;#,##0"), "#,##0");
  EXPECT_EQ(sdnum_format_code("1033;0;_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-"),
            "_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-");
}

TEST(SdnumFormat, DefaultsAreGeneral) {
  EXPECT_EQ(sdnum_format_code("1033;"), "");
  EXPECT_EQ(sdnum_format_code("1033;0"), "");
  EXPECT_EQ(sdnum_format_code("1033;1033;General"), "");
  EXPECT_EQ(sdnum_format_code("1031;1031;Standard"), "");
  EXPECT_EQ(sdnum_format_code("garbage"), "");
}

TEST(SdnumFormat, TwoPartFormWithACode) { EXPECT_EQ(sdnum_format_code("1033;0.00%"), "0.00%"); }

}  // namespace
}  // namespace sakip
