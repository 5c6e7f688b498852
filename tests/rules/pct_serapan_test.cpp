// pct.serapan: realisasi / anggaran × 100. G-01 (000 Tabel 3.10): 21.838.500 / 22.740.870 =
// 96,0319 % but the cell says 87,72 %; 1.652.800 / 1.660.000 = 99,5663 -> '99,57%' is right.
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan"},
                                {ColumnRole::Anggaran, "Anggaran (Rp)", true},
                                {ColumnRole::RealisasiAnggaran, "Realisasi (Rp)", true},
                                {ColumnRole::Serapan, "% Serapan Anggaran"}};

TEST(PctSerapan, G01IsAnErrorWithBothNumbers) {
  auto t = make_table(TableKind::RealisasiAnggaran, "Tabel 3.10 Realisasi Anggaran pada tahun 2025", kCols,
                      {{{"Penyediaan Jasa Pemeliharaan Kendaraan", "22.740.870", "21.838.500", "87,72%"}},
                       {{"Penyediaan Bahan", "1.660.000", "1.652.800", "99,57%"}},
                       {{"Penyediaan Listrik", "18.935.400", "18.935.000", "100%"}},
                       {{"Gaji", "2.588.027.430", "1.984.301.339", "76,67%"}}});
  auto f = run({t}, {"pct.serapan"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "pct.serapan");
  EXPECT_EQ(f[0].cell, "E5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("96.03"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("87.72"));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"D5", "C5"}));
  EXPECT_NE(f[0].message_id.find("87,72"), std::string::npos);
  EXPECT_NE(f[0].message_id.find("96,03"), std::string::npos);
  EXPECT_NE(f[0].message_en.find("96.03"), std::string::npos);
}

TEST(PctSerapan, ZeroBudgetIsInfo) {
  // 001 Tabel 3.13: anggaran '0,00', realisasi '0,00', % '0'.
  auto t = make_table(TableKind::RealisasiAnggaran, "Tabel 3.13", kCols, {{{"Pengadaan BMD", "0,00", "0,00", "0"}}});
  auto f = run({t}, {"pct.serapan"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::Info);
}

TEST(PctSerapan, EfisiensiMoneyTripleUnderCapaianRole) {
  // 000 Tabel 3.7: Kinerja (Target | realisasi | %) then Anggaran (Target | realisasi | %):
  // 60.610.200 / 63.446.600 = 95,5295; '9553%' is the missing-comma typo G-05.
  std::vector<Col> cols = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Kinerja / Target"},
                           {ColumnRole::Realisasi, "Kinerja / realisasi"}, {ColumnRole::Capaian, "Kinerja / %"},
                           {ColumnRole::Target, "Anggaran / Target", true}, {ColumnRole::Realisasi, "Anggaran / realisasi", true},
                           {ColumnRole::Capaian, "Anggaran / %"}};
  auto t = make_table(TableKind::Efisiensi, "Tabel 3.7", cols,
                      {{{"Trantib", "100%", "100%", "100 %", "Rp 63.446.600", "Rp 60.610.200", "9553%"}},
                       {{"IKM", "95", "95", "100 %", "Rp. 744.112.000", "Rp 741.619.000", "99.66 %"}}});
  auto f = run({t}, {"pct"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "pct.serapan");
  EXPECT_EQ(f[0].cell, "H5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("95.53"));
}

TEST(PctSerapan, DeclaredFormulaAppliesToTheRpSubColumnOfItsGroup) {
  // Evaluasi Renja (Deli Serdang 2025 layout): "15 = 14 / 6 x 100" over a K | Rp header group.
  // The Rp sub-column is Rp of 14 / Rp of 6, not whatever money column sits nearest.
  const std::string h6 = "Target Renstra (Akhir Periode)", h13 = "Realisasi Renja", h14 = "Realisasi s/d 2025",
                    h15 = "Tingkat Capaian s/d 2030 (%)";
  std::vector<Col> cols = {{ColumnRole::Uraian, "Program", false, 0, false, "3"},
                           {ColumnRole::Target, h6, false, 2030, true, "6"},
                           {ColumnRole::Anggaran, h6, true, 2030, true, ""},
                           {ColumnRole::Realisasi, h13, false, 0, false, "13"},
                           {ColumnRole::RealisasiAnggaran, h13, true, 0, false, ""},
                           {ColumnRole::Realisasi, h14, false, 2025, false, "14"},
                           {ColumnRole::RealisasiAnggaran, h14, true, 2025, false, ""},
                           {ColumnRole::Capaian, h15, false, 2030, false, "15 = 14 / 6 x 100"},
                           {ColumnRole::Capaian, h15, false, 2030, false, ""}};
  // Rp: 12.023.973.159 s/d 2025 / 19.869.930.990 = 60,51 %, where 13 (this year only) would be 30,26 %.
  auto t = make_table(TableKind::Capaian, "Evaluasi Renja 2025", cols,
                      {{{"Program Penunjang", "100", "19.869.930.990", "50", "6.011.986.580", "100", "12.023.973.159", "100",
                         "60,51"}},
                       {{"Program Perencanaan", "100", "1.000.000", "40", "400.000", "90", "900.000", "90", "80"}}});
  auto f = run({t}, {"pct"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "pct.serapan");
  EXPECT_EQ(f[0].cell, "J6");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(90));
}

}  // namespace
}  // namespace sakip::test
