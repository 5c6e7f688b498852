// sum.total: Jumlah rows against the rows they close. Numbers from seed-audit.md §2.2 (PK
// budget lists) and §2.7 (SDM).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kPk = {{ColumnRole::No, "No"}, {ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true}};

TEST(SumTotal, ConsistentPkBudgetListPasses) {
  // 000 PK awal: 3.676.351.730 + 783.265.540 + 689.906.800 + 200.332.200 + 32.274.500 = 5.382.130.770.
  auto t = make_table(TableKind::PkAnggaran, "PK 2025", kPk,
                      {{{"1", "Program Penunjang", "Rp. 3.676.351.730,00"}},
                       {{"2", "Program Penyelenggaraan", "Rp. 783.265.540,00"}},
                       {{"3", "Program Pemberdayaan", "Rp. 689.906.800,00"}},
                       {{"4", "Program Ketentraman", "Rp. 200.332.200,00"}},
                       {{"5", "Program Koordinasi", "Rp. 32.274.500,00"}},
                       {{"", "Jumlah", "Rp. 5.382.130.770,00"}, RowType::Total}});
  EXPECT_TRUE(run({t}, {"sum"}).empty());
}

TEST(SumTotal, LampiranTypoIsReportedOnTheJumlahCell) {
  // 001 PK lampiran (K-04): 238.432.400 instead of 236.432.400; Σ = 4.669.506.655 ≠ 4.667.506.655.
  auto t = make_table(TableKind::PkAnggaran, "PK lampiran", kPk,
                      {{{"1", "Program Penunjang", "3.160.652.155,00"}},
                       {{"2", "Program Penyelenggaraan", "893.700.000,00"}},
                       {{"3", "Program Pemberdayaan", "376.722.100,00"}},
                       {{"4", "Program Koordinasi", "238.432.400,00"}},
                       {{"", "Jumlah", "4.667.506.655,00"}, RowType::Total}});
  auto f = run({t}, {"sum.total"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D9");
  EXPECT_EQ(f[0].severity, Severity::Error);
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("4669506655"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("4667506655"));
  EXPECT_EQ(f[0].related.size(), 4u);
  EXPECT_NE(f[0].message_id.find("4.669.506.655"), std::string::npos);
  EXPECT_NE(f[0].message_id.find("-2.000.000"), std::string::npos);
  EXPECT_NE(f[0].message_en.find("4,669,506,655"), std::string::npos);
}

TEST(SumTotal, CountColumnsOfACompositionTable) {
  // 001 Tabel 1.1 (K-07): Jumlah S1 '7' but the column sums to 6; the other columns agree.
  std::vector<Col> cols = {{ColumnRole::Uraian, "Jabatan"}, {ColumnRole::Unknown, "Bezetting / SMA"},
                           {ColumnRole::Unknown, "Bezetting / S1"}};
  auto t = make_table(TableKind::Unknown, "Tabel 1.1", cols,
                      {{{"Camat", "", "1"}}, {{"Pengawas", "1", "2"}}, {{"Pelaksana", "11", "3"}},
                       {{"Jumlah", "12", "7"}, RowType::Total}});
  auto f = run({t}, {"sum.total"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D8");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(6));
}

TEST(SumTotal, RowOfACompositionTableAgainstItsCategoryColumns) {
  // 001 Tabel 1.1 L215 (K-07): Pelaksana Bezetting Σ 18, but SD 1 + SMA 11 + D3 2 + S1 3 = 17.
  // Kebutuhan 16 = SMA 11 + S1 5 holds; Pengawas holds in both groups; L / P (no group) and
  // blank '-' categories are not part of any identity.
  std::vector<Col> cols = {{ColumnRole::Uraian, "Jabatan"},        {ColumnRole::Jumlah, "Kebutuhan / Σ"},
                           {ColumnRole::Komponen, "Kebutuhan / SMA"}, {ColumnRole::Komponen, "Kebutuhan / S1"},
                           {ColumnRole::Jumlah, "Bezetting / Σ"},     {ColumnRole::Komponen, "Bezetting / SD"},
                           {ColumnRole::Komponen, "Bezetting / SMA"}, {ColumnRole::Komponen, "Bezetting / D3"},
                           {ColumnRole::Komponen, "Bezetting / S1"},  {ColumnRole::Komponen, "L"},
                           {ColumnRole::Komponen, "P"}};
  auto t = make_table(TableKind::Komposisi, "Tabel 1.1 Komposisi SDM", cols,
                      {{{"Jabatan Administrasi", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"}},
                       {{"2. Pengawas", "5", "1", "4", "3", "-", "1", "-", "2", "3", "1"}},
                       {{"3. Pelaksana", "16", "11", "5", "18", "1", "11", "2", "3", "16", "2"}}});
  auto f = run({t}, {"sum.total"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "F7");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(17));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(18));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"G7", "H7", "I7", "J7"}));
  EXPECT_NE(f[0].message_en.find("category columns add up to 17"), std::string::npos);
  // The same row in a table not recognised as a composition table: no row identity is assumed.
  t.kind = TableKind::Unknown;
  EXPECT_TRUE(run({t}, {"sum.total"}).empty());
}

TEST(SumTotal, SubtotalsCloseTheirBlockAndTheTotalSumsSubtotals) {
  std::vector<Col> cols = {{ColumnRole::Uraian, "Uraian"}, {ColumnRole::Unknown, "Jumlah"}};
  auto t = make_table(TableKind::Unknown, "Sarpras", cols,
                      {{{"Meja", "10"}}, {{"Kursi", "19"}}, {{"Sub Total", "29"}, RowType::Subtotal},
                       {{"Mobil", "2"}}, {{"Motor", "8"}}, {{"Sub Total", "10"}, RowType::Subtotal},
                       {{"JUMLAH", "39"}, RowType::Total}});
  EXPECT_TRUE(run({t}, {"sum.total"}).empty());
  // One item wrong: only its subtotal disagrees (the total still equals the subtotals).
  auto bad = make_table(TableKind::Unknown, "Sarpras", cols,
                        {{{"Meja", "10"}}, {{"Kursi", "18"}}, {{"Sub Total", "29"}, RowType::Subtotal},
                         {{"Mobil", "2"}}, {{"Motor", "8"}}, {{"Sub Total", "10"}, RowType::Subtotal},
                         {{"JUMLAH", "39"}, RowType::Total}});
  auto f = run({bad}, {"sum.total"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "C7");
}

TEST(SumTotal, TotalOfAHierarchySumsOnlyTheTopLevel) {
  std::vector<Col> cols = {{ColumnRole::Kode, "Kode"}, {ColumnRole::Uraian, "Uraian"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto t = make_table(TableKind::RealisasiAnggaran, "Realisasi", cols,
                      {{{"1", "PROGRAM A", "300"}, RowType::Data, -1, "1", RowLevel::Program},
                       {{"1.1", "Kegiatan A1", "100"}, RowType::Data, 0, "1.1", RowLevel::Kegiatan},
                       {{"1.2", "Kegiatan A2", "200"}, RowType::Data, 0, "1.2", RowLevel::Kegiatan},
                       {{"2", "PROGRAM B", "50"}, RowType::Data, -1, "2", RowLevel::Program},
                       {{"", "Jumlah", "350"}, RowType::Total}});
  EXPECT_TRUE(run({t}, {"sum.total"}).empty());
}

TEST(SumTotal, PercentColumnsAreNotSummedAndRoundedDecimalsGetSlack) {
  std::vector<Col> cols = {{ColumnRole::Uraian, "Uraian"}, {ColumnRole::Serapan, "%"}, {ColumnRole::Unknown, "Nilai"}};
  // 3 parts shown with 2 decimals (each possibly rounded by ±0,005): 0,01 off is rounding.
  auto t = make_table(TableKind::Unknown, "T", cols,
                      {{{"a", "50%", "3,33"}}, {{"b", "60%", "3,33"}}, {{"c", "70%", "3,33"}},
                       {{"Jumlah", "180%", "10,00"}, RowType::Total}});
  EXPECT_TRUE(run({t}, {"sum.total"}).empty());
}

TEST(SumTotal, BlankParentRowsAreSummedThroughTheirChildren) {
  // 001 'tabel 3.7' efisiensi (K-03): sasaran rows carry no amounts, their indicator rows do;
  // the 4th indicator repeats the 3rd (143.419.500) instead of Program 4 (68.661.200), so the
  // rows add up to 3.995.450.160,40 against JUMLAH 3.920.691.860,40.
  std::vector<Col> cols = {{ColumnRole::Uraian, "Sasaran dan Indikator"}, {ColumnRole::Anggaran, "Anggaran / Target", true}};
  auto t = make_table(TableKind::Efisiensi, "tabel 3.7", cols,
                      {{{"Sasaran 1"}, RowType::Data, -1},
                       {{"Indikator : IKM", "Rp2.911.311.160,40"}, RowType::Data, 0},
                       {{"Sasaran 2"}, RowType::Data, -1},
                       {{"Indikator : Fasilitasi", "Rp797.300.000,00"}, RowType::Data, 2},
                       {{"Sasaran 3"}, RowType::Data, -1},
                       {{"Indikator : Pemberdayaan", "Rp143.419.500,00"}, RowType::Data, 4},
                       {{"Sasaran 4"}, RowType::Data, -1},
                       {{"Indikator : Trantib", "Rp143.419.500,00"}, RowType::Data, 6},
                       {{"JUMLAH", "Rp3.920.691.860,40"}, RowType::Total}});
  auto f = run({t}, {"sum.total"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "C13");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("3995450160.4"));
  EXPECT_EQ(f[0].related.size(), 4u);
}

}  // namespace
}  // namespace sakip::test
