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

// Evaluasi Renja (Permendagri 86/2017 form, Deli Serdang 2025): each numbered column is a K / Rp
// pair under one label; "14 = 7 + 13" holds for Rp too. Row 2 is the real AE64 (=M64+AF64 adds
// the % column instead of AC): 81.825.657 + 96.043.226 = 177.868.883, written 81.825.849.
const std::vector<Col> kEval = {{ColumnRole::Indikator, "Indikator", false, 0, false, "4"},
                                {ColumnRole::Satuan, "Satuan", false, 0, false, "5"},
                                {ColumnRole::Realisasi, "K", false, 2024, false, "7"},
                                {ColumnRole::RealisasiAnggaran, "Rp.", true, 2024},
                                {ColumnRole::Realisasi, "K", false, 0, false, "13"},
                                {ColumnRole::RealisasiAnggaran, "Rp.", true},
                                {ColumnRole::Realisasi, "K", false, 2025, false, "14 = 7 + 13"},
                                {ColumnRole::RealisasiAnggaran, "Rp.", true, 2025}};

TEST(SumPeriod, DeclaredFormulaCoversTheGroupsRupiahColumn) {
  auto t = make_table(TableKind::Capaian, "Evaluasi Renja", kEval,
                      {{{"Dokumen", "Dok", "3", "100000", "1", "50000", "4", "150000"}},
                       {{"Persentase rekomendasi", "Dok", "2", "81825657", "1", "96043226", "3", "81825849"}}});
  auto f = run({t}, {"sum.period"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "I6");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(177868883));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(81825849));
}

TEST(SumPeriod, PercentIndicatorSummedAcrossYearsIsFlagged) {
  // Deli Serdang AD14 = L14 + AB14 = 100 + 100 = 200 (%); AD27 = 0 + 100 is not flagged (one
  // part only), nor is a % row whose sum stays at 100.
  auto t = make_table(TableKind::Capaian, "Evaluasi Renja", kEval,
                      {{{"Persentase dokumen", "%", "100", "", "100", "", "200", ""}},
                       {{"Persentase laporan", "%", "0", "", "100", "", "100", ""}},
                       {{"Persentase kajian", "%", "40", "", "60", "", "100", ""}},
                       {{"Jumlah dokumen", "Dok", "3", "", "4", "", "7", ""}}});
  auto f = run({t}, {"sum.period"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "H5");
  EXPECT_EQ(f[0].severity, Severity::Warning);
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(200));
}

}  // namespace
}  // namespace sakip::test
