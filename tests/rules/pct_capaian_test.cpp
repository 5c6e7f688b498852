// pct.capaian: realisasi / target × 100, lower-is-better indicators, graded targets, target 0.
// Values from seed-audit.md §2.4 and §3 (K-02 '35,24%' vs 35,2941; 001 truncations).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::Indikator, "Indikator"},
                                {ColumnRole::Target, "Target"},
                                {ColumnRole::Realisasi, "Realisasi"},
                                {ColumnRole::Capaian, "%"}};

TEST(PctCapaian, RoundingBoundaryBothSides) {
  auto t = make_table(TableKind::Capaian, "Capaian 2025", kCols,
                      {{{"IPP r2", "4,3", "2,77", "64,42%"}},
                       {{"IPP t2", "4,3", "2,77", "64,41%"}},
                       {{"IPP wrong", "4,3", "2,77", "64,40%"}},
                       {{"IKM t2", "92,5", "92,33", "99,81%"}},
                       {{"Typo", "17", "6", "35,24%"}}});
  auto f = run({t}, {"pct.capaian"});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].cell, "E7");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("64.42"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("64.4"));
  EXPECT_EQ(f[1].cell, "E9");
  EXPECT_EQ(f[1].expected.number, *Decimal::parse("35.29"));
  EXPECT_NE(f[1].message_id.find("35,29"), std::string::npos);
  EXPECT_NE(f[1].message_id.find("realisasi 6 / target 17 × 100"), std::string::npos);
}

TEST(PctCapaian, GradedTargetsUseTheirScore) {
  // SAKIP 81,22 / 85 = 95,5529 -> '95,55%' (000 Ikhtisar).
  auto t = make_table(TableKind::Capaian, "Capaian", kCols,
                      {{{"Nilai SAKIP", "A (85)", "A (81,22)", "95,55%"}},
                       {{"Nilai SAKIP grade only", "B", "B", "100%"}}});
  EXPECT_TRUE(run({t}, {"pct.capaian"}).empty());
  auto bad = make_table(TableKind::Capaian, "Capaian", kCols, {{{"Nilai SAKIP", "A (85)", "A (81,22)", "96,55%"}}});
  EXPECT_EQ(run({bad}, {"pct.capaian"}).size(), 1u);
}

TEST(PctCapaian, TargetZeroIsInfoNotArithmetic) {
  // 000 'Tabel 3.6' rows with target 0, realisasi 0, '0%'.
  auto t = make_table(TableKind::Capaian, "Kontribusi", kCols, {{{"Jumlah kegiatan", "0", "0", "0%"}}});
  auto f = run({t}, {"pct.capaian"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::Info);
  EXPECT_NE(f[0].message_id.find("tidak dapat dihitung"), std::string::npos);
  EXPECT_EQ(f[0].expected.kind, ReportValue::Kind::None);
}

TEST(PctCapaian, NegativeIndicatorDefaultFormulaAndAlternative) {
  // Lower is better: target 10, realisasi 15 -> (2·10 − 15)/10 × 100 = 50; T/R = 66,67.
  auto t = make_table(TableKind::Capaian, "Capaian", kCols, {{{"Persentase Penduduk Miskin", "10", "15", "50%"}}});
  EXPECT_TRUE(run({t}, {"pct.capaian"}).empty());
  Config alt = Config::defaults();
  alt.negative_formula = NegativeFormula::TOverR;
  auto f = run({t}, {"pct.capaian"}, alt);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("66.67"));
  EXPECT_NE(f[0].message_id.find("indikator negatif"), std::string::npos);
  auto ok_alt = make_table(TableKind::Capaian, "Capaian", kCols, {{{"Persentase Penduduk Miskin", "10", "15", "66,67%"}}});
  EXPECT_TRUE(run({ok_alt}, {"pct.capaian"}, alt).empty());
}

TEST(PctCapaian, NegativeIndicatorComputedAsPositiveIsAWarningThatSaysSo) {
  auto t = make_table(TableKind::Capaian, "Capaian", kCols, {{{"Prevalensi stunting", "10", "15", "150%"}}});
  auto f = run({t}, {"pct.capaian"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::Warning);
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(50));
  EXPECT_NE(f[0].message_en.find("lower-is-better"), std::string::npos);
}

TEST(PctCapaian, DeclaredFormulaPairsTheEndTargetColumn) {
  // 000 Tabel 3.2 numbering: 4 target, 5 realisasi, 6 = 5/4*100, 11 target akhir, 12 = 5/11*100.
  std::vector<Col> cols = {{ColumnRole::Indikator, "Indikator", false, 0, false, "3"},
                           {ColumnRole::Target, "Target", false, 2025, false, "4"},
                           {ColumnRole::Realisasi, "Realisasi", false, 2025, false, "5"},
                           {ColumnRole::Capaian, "%", false, 2025, false, "6 = 5/4*100"},
                           {ColumnRole::Realisasi, "Realisasi 2024", false, 2024, false, "10"},
                           {ColumnRole::Target, "Target Akhir Renstra", false, 2026, true, "11"},
                           {ColumnRole::Capaian, "Capaian s/d 2025 terhadap target 2026", false, 0, false, "12=5/11*100"}};
  auto t = make_table(TableKind::Capaian, "Tabel 3.2", cols,
                      {{{"IKM", "95", "95", "100%", "81,01", "98", "96,94%"}},
                       {{"Nilai SAKIP", "A (85)", "A (81,22)", "95,55%", "70.05", "A (88)", "92,30"}},
                       {{"Fasilitasi", "86%", "86%", "100%", "84%", "88%", "97,73%"}}});
  EXPECT_TRUE(run({t}, {"pct.capaian"}).empty());
}

TEST(PctCapaian, FractionWithoutPercentSignIsTheSameNumber) {
  auto t = make_table(TableKind::Capaian, "Capaian", kCols, {{{"IKM", "98", "95", "0,9694"}}});
  EXPECT_TRUE(run({t}, {"pct.capaian"}).empty());
}

}  // namespace
}  // namespace sakip::test
