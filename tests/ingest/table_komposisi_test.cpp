// Composition tables (kind komposisi) on small sheets laid out as the seed reports print them:
// 000/001 Tabel 1.1 SDM (Kebutuhan / Bezetting by education), 000 Tabel 1.2 Sarpras (roman
// sections over numbered items), 002 Tabel 1.2 ASN by pangkat. The expected kinds, roles and
// parents are what a person reading the sheet sees.
#include <gtest/gtest.h>

#include <string>

#include "ingest/cell_ref.h"
#include "ingest/table.h"
#include "ingest/table_komposisi.h"
#include "ingest/workbook.h"
#include "tests/support/workbook_builder.h"

namespace sakip {
namespace {

using test::WorkbookBuilder;

std::vector<std::string> roles(const Table& t) {
  std::vector<std::string> r;
  for (const Column& c : t.columns) r.emplace_back(to_string(c.role));
  return r;
}

using test::row_at;

TEST(TableKomposisi, SarprasInventoryHasSectionsOverItems) {
  // 000 Tabel 1.2 (L199-L272), shortened: two sections, items numbered from 1 in each.
  Workbook wb = WorkbookBuilder()
                    .text(1, 0, "Tabel 1.2 Profil Sarana dan Prasarana Kecamatan Gumukmas Per 31 Desember 2025")
                    .row(3, {"No", "Sarana Prasarana", "Jumlah", "Kondisi", "Jumlah ideal"})
                    .row(4, {"I", "TANAH :", "#29", "", "#29"})
                    .row(5, {"#1", "Tanah untuk bangunan tempat kerja", "#1", "Baik", "#1"})
                    .row(6, {"#2", "Tanah Untuk Jalan", "#28", "Baik", "#28"})
                    .row(7, {"III", "PERALATAN DAN MESIN :", "#414", "", "#421"})
                    .row(8, {"#1", "A.C. Split", "#16", "14 Baik dan 2 Rusak", "#16"})
                    .row(9, {"#2", "Kursi Rapat", "#163", "Baik", "#200"})
                    .row(10, {"#3", "Kipas Angin", "#3", "Rusak", "#3"})
                    .row(11, {"", "JUMLAH", "#443", "", "#450"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Komposisi);
  EXPECT_EQ(roles(t), (std::vector<std::string>{"no", "uraian", "jumlah", "kondisi", "jumlah"}));
  ASSERT_EQ(t.rows.size(), 8u);
  // Items hang below their roman-numeral section; the sections and JUMLAH are top level.
  const Row* sec3 = row_at(t, 7);
  ASSERT_TRUE(sec3);
  EXPECT_EQ(sec3->parent, -1);
  for (uint32_t r : {8u, 9u, 10u}) {
    ASSERT_TRUE(row_at(t, r));
    EXPECT_EQ(row_at(t, r)->parent, 3) << "row " << r;
  }
  EXPECT_EQ(row_at(t, 5)->parent, 0);
  EXPECT_EQ(row_at(t, 11)->type, RowType::Total);
}

TEST(TableKomposisi, SdmGroupsGiveJumlahAndCategoryColumns) {
  // 001 Tabel 1.1 (L209-L217): Kebutuhan and Bezetting groups, Σ then SD..S2, then L / P.
  WorkbookBuilder s;
  s.text(1, 0, "Tabel 1.1 Komposisi SDM Kecamatan Kencong")
      .row(3, {"Jabatan", "Kebutuhan", "", "", "", "", "", "Bezetting", "", "", "", "", "", "L", "P"})
      .merge("B3:G3")
      .merge("H3:M3")
      .merge("A3:A4")
      .merge("N3:N4")
      .merge("O3:O4")
      .row(4, {"", "Σ", "SD", "SMA", "D3", "S1", "S2", "Σ", "SD", "SMA", "D3", "S1", "S2"})
      .row(5, {"Jabatan Administrasi", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"})
      .row(6, {"2. Pengawas", "#6", "-", "#1", "-", "#4", "#1", "#4", "-", "#1", "-", "#2", "#1", "#3", "#1"})
      .row(7, {"3. Pelaksana", "#16", "-", "#11", "-", "#5", "-", "#18", "#1", "#11", "#2", "#3", "-", "#16", "#2"})
      .row(8, {"Jumlah", "#22", "-", "#12", "-", "#9", "#1", "#22", "#1", "#12", "#2", "#5", "#1", "#19", "#3"});
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Komposisi);
  // "Kebutuhan / SD" and "/ D3" hold only '-': still categories of their group.
  EXPECT_EQ(roles(t), (std::vector<std::string>{"uraian", "jumlah", "komponen", "komponen", "komponen", "komponen",
                                                "komponen", "jumlah", "komponen", "komponen", "komponen", "komponen",
                                                "komponen", "komponen", "komponen"}));
  auto groups = composition_groups(t);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].total, 1u);
  EXPECT_EQ(groups[0].parts, (std::vector<size_t>{2, 3, 4, 5, 6}));
  EXPECT_EQ(groups[1].total, 7u);
  EXPECT_EQ(groups[1].parts, (std::vector<size_t>{8, 9, 10, 11, 12}));
}

TEST(TableKomposisi, AsnByPangkatHasOneJumlahColumn) {
  // 002 Tabel 1.2 (L213-L228): No | Pangkat | Golongan | Jumlah, a Jumlah row.
  Workbook wb = WorkbookBuilder()
                    .text(1, 0, "Tabel 1.2 Jumlah ASN berdasarkan Pangkat/ Golongan Ruang")
                    .row(3, {"No", "Pangkat", "Golongan", "Jumlah"})
                    .row(4, {"1.", "Pembina Tk.I", "IV/b", "#0"})
                    .row(5, {"2.", "Pembina", "IV/a", "#3"})
                    .row(6, {"3.", "Penata Tingkat I", "III/d", "#3"})
                    .row(7, {"4.", "Penata", "III/c", "#2"})
                    .row(8, {"", "Jumlah", "", "#8"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].kind, TableKind::Komposisi);
  EXPECT_EQ(roles(tables[0]), (std::vector<std::string>{"no", "uraian", "unknown", "jumlah"}));
  EXPECT_TRUE(composition_groups(tables[0]).empty());
}

TEST(TableKomposisi, CountsWithoutCompositionWordsOrWithMoneyAreNotKomposisi) {
  // An indicator list with whole numbers but no composition word, and a pegawai table whose
  // numbers are money (a budget per jabatan) stay what they were.
  Workbook a = WorkbookBuilder()
                   .text(1, 0, "Daftar Kegiatan")
                   .row(3, {"No", "Nama", "Jumlah"})
                   .row(4, {"1", "Rapat", "#4"})
                   .row(5, {"2", "Sosialisasi", "#2"})
                   .done();
  auto ta = recognize_tables(a);
  ASSERT_EQ(ta.size(), 1u);
  EXPECT_NE(ta[0].kind, TableKind::Komposisi);
  Workbook b = WorkbookBuilder()
                   .text(1, 0, "Belanja Pegawai per Jabatan")
                   .row(3, {"No", "Jabatan", "Jumlah"})
                   .row(4, {"1", "Camat", "Rp 12.500.000,50"})
                   .row(5, {"2", "Sekcam", "Rp 10.000.000,25"})
                   .done();
  auto tb = recognize_tables(b);
  ASSERT_EQ(tb.size(), 1u);
  EXPECT_NE(tb[0].kind, TableKind::Komposisi);
}

}  // namespace
}  // namespace sakip
