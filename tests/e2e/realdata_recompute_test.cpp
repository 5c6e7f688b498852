// The README of ../shared/realdata ("Known real defects", recomputed by a person) is the truth
// the real-data goldens (fixtures/expected-realdata) stand on. This test re-establishes it
// mechanically and independently of sakipcheck: tests/tools/realdata_recompute.py reads every
// real file with Python's own parsers (csv, openpyxl, xlrd, html.parser) and asserts every
// relation and count the README states (exit 0), e.g. Kulon Progo Angka = Sesudah - Sebelum on
// 1,645 rows, Bantul parent = sum of children on 594 / 486 parents, Deli Serdang AB51 = 0 vs 35.
// Absent real data fails the test (it is never skipped).
#include <gtest/gtest.h>

#include <string>

#include "tests/support/paths.h"

TEST(RealdataRecompute, ReadmeStatementsHold) {
  const std::string dir = sakip::test::realdata_dir();
  ASSERT_FALSE(dir.empty()) << "the real data (/work/shared/realdata, or $SAKIP_REALDATA) is absent";
  std::string out;
  const int code = sakip::test::run("/usr/bin/python3 '" + sakip::test::source_dir() +
                                        "/tests/tools/realdata_recompute.py' '" + dir + "' 2>&1",
                                    &out);
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("0 statement(s) failed"), std::string::npos) << out;
}
