// sum.period: T-C.27 kondisi akhir Rp = Σ yearly Rp (domain.md §1.2, true on all 19 money rows
// of the Sumedang table), and columns declared as sums ("12 = 8+9+10+11").
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

TEST(SumPeriod, EndOfPeriodRpEqualsTheYears) {
  std::vector<Col> cols = {{ColumnRole::Uraian, "Program"},
                           {ColumnRole::Anggaran, "2019 / Rp", true, 2019},
                           {ColumnRole::Anggaran, "2020 / Rp", true, 2020},
                           {ColumnRole::Anggaran, "2021 / Rp", true, 2021},
                           {ColumnRole::Anggaran, "Kondisi akhir / Rp", true, 0, true}};
  auto good = make_table(TableKind::Renstra, "T-C.27", cols, {{{"Program A", "100.000", "200.000", "300.000", "600.000"}}});
  EXPECT_TRUE(run({good}, {"sum.period"}).empty());
  auto bad = make_table(TableKind::Renstra, "T-C.27", cols, {{{"Program A", "100.000", "200.000", "300.000", "610.000"}}});
  auto f = run({bad}, {"sum.period"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "F5");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(600000));
}

TEST(SumPeriod, DeclaredQuarterSum) {
  std::vector<Col> cols = {{ColumnRole::Indikator, "Indikator", false, 0, false, "1"},
                           {ColumnRole::Realisasi, "TW I", false, 0, false, "8"},
                           {ColumnRole::Realisasi, "TW II", false, 0, false, "9"},
                           {ColumnRole::Realisasi, "TW III", false, 0, false, "10"},
                           {ColumnRole::Realisasi, "TW IV", false, 0, false, "11"},
                           {ColumnRole::Realisasi, "Realisasi", false, 0, false, "12 = 8+9+10+11"}};
  auto t = make_table(TableKind::Capaian, "Evaluasi Renja", cols,
                      {{{"Dokumen", "1", "1", "1", "1", "4"}}, {{"Laporan", "2", "3", "3", "4", "11"}}});
  auto f = run({t}, {"sum.period"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "G6");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(12));
}

}  // namespace
}  // namespace sakip::test
