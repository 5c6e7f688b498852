// sum.hierarchy: parent = Σ children. 001 Tabel 2.9 Program 1 'Pergeseran' (K-01, off by 0,40)
// and 000 Tabel 3.10 G-02 (Kegiatan realisasi ≠ Σ sub kegiatan).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::Kode, "No"},
                                {ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan"},
                                {ColumnRole::Anggaran, "Anggaran (Rp)", true},
                                {ColumnRole::RealisasiAnggaran, "Realisasi (Rp)", true}};

TEST(SumHierarchy, KegiatanAgainstItsSubKegiatan) {
  // G-02: 1.984.301.339 + 128.320.000 + 768.000 = 2.113.389.339, stated 2.045.527.738.
  auto t = make_table(TableKind::RealisasiAnggaran, "Tabel 3.10", kCols,
                      {{{"1.2", "Administrasi Keuangan", "2.649.011.430", "2.045.527.738"}, RowType::Data, -1, "1.2"},
                       {{"1.2.1", "Penyediaan Gaji", "2.588.027.430", "1.984.301.339"}, RowType::Data, 0, "1.2.1"},
                       {{"1.2.2", "Penyediaan Administrasi", "60.000.000", "128.320.000"}, RowType::Data, 0, "1.2.2"},
                       {{"1.2.3", "Koordinasi", "984.000", "768.000"}, RowType::Data, 0, "1.2.3"}});
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "E5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("2113389339"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("2045527738"));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"E6", "E7", "E8"}));
}

TEST(SumHierarchy, SenMatterAndParentsComeFromCodesWhenNotGiven) {
  // K-01 shape: program 2.911.311.160,00 stated, kegiatan sum 2.911.311.160,40. No parent
  // indexes: the hierarchy comes from the codes 1 > 1.1, 1.2.
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", kCols,
                      {{{"1", "PROGRAM PENUNJANG", "2.911.311.160,00", ""}, RowType::Data, -1, "1"},
                       {{"1.1", "Perencanaan", "2.255.289.160,40", ""}, RowType::Data, -1, "1.1"},
                       {{"1.2", "Keuangan", "656.022.000,00", ""}, RowType::Data, -1, "1.2"},
                       {{"2", "PROGRAM LAIN", "10", ""}, RowType::Data, -1, "2"},
                       {{"2.1", "K", "10", ""}, RowType::Data, -1, "2.1"}});
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("2911311160.4"));
}

TEST(SumHierarchy, ParentWithoutMoneyOrWithConsistentChildrenPasses) {
  auto t = make_table(TableKind::Renstra, "T-C.27", kCols,
                      {{{"1", "PROGRAM", "", ""}, RowType::Data, -1, "1"},
                       {{"1.1", "Kegiatan", "100", "90"}, RowType::Data, 0, "1.1"},
                       {{"2", "PROGRAM 2", "30", "25"}, RowType::Data, -1, "2"},
                       {{"2.1", "Kegiatan", "10", "5"}, RowType::Data, 2, "2.1"},
                       {{"2.2", "Kegiatan", "20", "20"}, RowType::Data, 2, "2.2"}});
  EXPECT_TRUE(run({t}, {"sum.hierarchy"}).empty());
}

TEST(SumHierarchy, LevelsGiveTheHierarchyWithoutCodes) {
  auto t = make_table(TableKind::RealisasiAnggaran, "Realisasi", kCols,
                      {{{"", "Program A", "30", ""}, RowType::Data, -1, "", RowLevel::Program},
                       {{"", "Kegiatan A1", "10", ""}, RowType::Data, -1, "", RowLevel::Kegiatan},
                       {{"", "Sub A1a", "10", ""}, RowType::Data, -1, "", RowLevel::SubKegiatan},
                       {{"", "Kegiatan A2", "21", ""}, RowType::Data, -1, "", RowLevel::Kegiatan}});
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D5");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(31));
}

TEST(SumHierarchy, AHierarchyBrokenByAPageBreakIsNotSummed) {
  // 000 Tabel 2.9 shape: code '1.4.' + '2' split over a page break leaves 1.4.3 and 1.5 with no
  // parent. Summing Program 1 over the children it still has would be a false alarm; the codes
  // show its family is incomplete, so it is skipped. Program 2 is intact and still checked.
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", kCols,
                      {{{"1", "PROGRAM 1", "100", ""}, RowType::Data, -1, "1"},
                       {{"1.4", "Administrasi Umum", "60", ""}, RowType::Data, 0, "1.4"},
                       {{"1.4.1", "Komponen Listrik", "10", ""}, RowType::Data, 1, "1.4.1"},
                       {{"1.4.3", "Peralatan Rumah Tangga", "50", ""}, RowType::Data, -1, "1.4.3"},
                       {{"1.5", "Pengadaan BMD", "40", ""}, RowType::Data, -1, "1.5"},
                       {{"2", "PROGRAM 2", "30", ""}, RowType::Data, -1, "2"},
                       {{"2.1", "K", "10", ""}, RowType::Data, 5, "2.1"},
                       {{"2.2", "K", "21", ""}, RowType::Data, 5, "2.2"}});
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D10");
}

TEST(SumHierarchy, SectionOfAnInventoryAgainstItsItems) {
  // 000 Tabel 1.2 Sarpras (G-08), shortened: section III states 414 / 421 over items that add
  // up to 413 / 461 in the source; here three items 16 + 163 + 3 = 182 / 16 + 200 + 3 = 219
  // against a stated 183 / 219. Section I holds. Sections have no level or code: the parent
  // comes from the roman numbering, which only composition tables are trusted with.
  std::vector<Col> cols = {{ColumnRole::No, "No"},
                           {ColumnRole::Uraian, "Sarana Prasarana"},
                           {ColumnRole::Jumlah, "Jumlah"},
                           {ColumnRole::Kondisi, "Kondisi"},
                           {ColumnRole::Jumlah, "Jumlah ideal"}};
  auto t = make_table(TableKind::Komposisi, "Tabel 1.2 Profil Sarana dan Prasarana", cols,
                      {{{"I", "TANAH :", "29", "", "29"}},
                       {{"1", "Tanah untuk bangunan", "1", "Baik", "1"}, RowType::Data, 0},
                       {{"2", "Tanah Untuk Jalan", "28", "Baik", "28"}, RowType::Data, 0},
                       {{"III", "PERALATAN DAN MESIN :", "183", "", "219"}},
                       {{"1", "A.C. Split", "16", "14 Baik dan 2 Rusak", "16"}, RowType::Data, 3},
                       {{"2", "Kursi Rapat", "163", "Baik", "200"}, RowType::Data, 3},
                       {{"3", "Kipas Angin", "3", "Rusak", "3"}, RowType::Data, 3}});
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D8");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(182));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(183));
  // Not a composition table: a level-less, code-less parent is not trusted as a budget parent.
  t.kind = TableKind::Unknown;
  EXPECT_TRUE(run({t}, {"sum.hierarchy"}).empty());
}

TEST(SumHierarchy, FormulaStatedHierarchyInACapaianTable) {
  // Deli Serdang evaluasi Renja (realdata README, R12): a capaian table whose parents come from
  // the sheet's SUM formulas (Column::sums_rows). Only those columns are checked, whatever the
  // rows' levels: the bidang row's realisasi TW I 1.971.343.265 against its programs' 1.938.579.751.
  // The % column next to it is a money-flagged ratio without row sums and is never summed.
  std::vector<Col> cols = {{ColumnRole::Uraian, "Program/Kegiatan"},
                           {ColumnRole::Target, "K"},
                           {ColumnRole::RealisasiAnggaran, "Realisasi TW I / Rp.", true},
                           {ColumnRole::Anggaran, "Tingkat Capaian (%) / Rp.", true}};
  auto t = make_table(TableKind::Capaian, "Evaluasi Renja", cols,
                      {{{"PERENCANAAN", "100", "1.971.343.265", "52"}, RowType::Data, -1, "", RowLevel::Sasaran},
                       {{"Program A", "100", "1.000.000.000", "10"}, RowType::Data, 0, "", RowLevel::Program},
                       {{"Program B", "100", "938.579.751", "30"}, RowType::Data, 0, "", RowLevel::Program}});
  EXPECT_TRUE(run({t}, {"sum.hierarchy"}).empty());  // no formula hierarchy: capaian tables are skipped
  t.columns[2].sums_rows = true;
  auto f = run({t}, {"sum.hierarchy"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("1938579751"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("1971343265"));
}

}  // namespace
}  // namespace sakip::test
