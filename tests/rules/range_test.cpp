// range.*: plausibility checks.
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

TEST(Range, RealisasiAboveAnggaranAndNegativeMoney) {
  std::vector<Col> c = {{ColumnRole::Uraian, "Uraian"}, {ColumnRole::Anggaran, "Anggaran", true},
                        {ColumnRole::RealisasiAnggaran, "Realisasi", true}, {ColumnRole::Serapan, "%"}};
  auto t = make_table(TableKind::RealisasiAnggaran, "Realisasi", c,
                      {{{"A", "100", "90", "90%"}}, {{"B", "100", "120", "120%"}}, {{"C", "-5", "0", ""}},
                       {{"D", "", "", "101%"}}, {{"E", "100", "100", "101%"}}});
  auto f = run({t}, {"range"});
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].rule, "range.realisasi_anggaran");
  EXPECT_EQ(f[0].cell, "D6");
  EXPECT_EQ(f[1].rule, "range.negative_money");
  EXPECT_EQ(f[1].cell, "C7");
  // 101 % with nothing to compute it from; on row E the % is pct.serapan's business.
  EXPECT_EQ(f[2].rule, "range.serapan");
  EXPECT_EQ(f[2].cell, "E8");
}

TEST(Range, CapaianOutsidePlausible) {
  std::vector<Col> c = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"},
                        {ColumnRole::Realisasi, "Realisasi"}, {ColumnRole::Capaian, "%"}};
  auto t = make_table(TableKind::Capaian, "Capaian", c,
                      {{{"A", "10", "25", "250%"}}, {{"B", "10", "12", "120%"}}, {{"C", "10", "-1", "-10%"}}});
  auto f = run({t}, {"range.capaian"});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].cell, "E5");
  EXPECT_EQ(f[1].cell, "E7");
}

}  // namespace
}  // namespace sakip::test
