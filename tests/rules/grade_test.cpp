// grade.scale (G-14: 'B (85)', 'B (80)', 'B(75,50)' against the SAKIP scale) and grade.predikat
// (Permendagri 86/2017 classes as printed in 000 Tabel 3.1).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

TEST(GradeScale, LettersAgainstScores) {
  std::vector<Col> c = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2021", false, 2021},
                        {ColumnRole::Target, "2022", false, 2022}, {ColumnRole::Target, "2024", false, 2024},
                        {ColumnRole::Target, "2025", false, 2025}};
  auto t = make_table(TableKind::Renstra, "Tabel 2.3", c,
                      {{{"Nilai SAKIP OPD", "B (85)", "B (80)", "B(75,50)", "A (85)"}},
                       {{"Nilai SAKIP (batas)", "BB (80)", "CC (60)", "CC (50,01)", "A (80,01)"}},
                       {{"IPP", "B (3,75)", "C (2,77)", "", ""}}});
  auto f = run({t}, {"grade.scale"});
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].cell, "C5");
  EXPECT_EQ(f[0].expected.text, "A");
  EXPECT_EQ(f[0].actual.text, "B");
  EXPECT_EQ(f[1].cell, "D5");
  EXPECT_EQ(f[1].expected.text, "BB");  // A is "> 80": 80 itself is BB
  EXPECT_EQ(f[2].cell, "E5");
  EXPECT_EQ(f[2].expected.text, "BB");
}

TEST(GradePredikat, KriteriaAgainstCapaian) {
  std::vector<Col> c = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Capaian, "%"}, {ColumnRole::Kriteria, "Kriteria (kode)"}};
  auto t = make_table(TableKind::Capaian, "Tabel 3.2", c,
                      {{{"IPP", "64,42%", "Rendah"}},
                       {{"IPP 2", "73,72%", "sedang"}},
                       {{"IKM", "97,11%", "Sangat Tinggi (Biru muda)"}},
                       {{"Batas", "90%", "Tinggi"}},
                       {{"Salah", "100%", "Tinggi"}},
                       {{"Salah 2", "50%", "Rendah"}}});
  auto f = run({t}, {"grade.predikat"});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].cell, "D9");
  EXPECT_EQ(f[0].expected.text, "Sangat Tinggi");
  EXPECT_EQ(f[1].cell, "D10");
  EXPECT_EQ(f[1].expected.text, "Sangat Rendah");
}

}  // namespace
}  // namespace sakip::test
