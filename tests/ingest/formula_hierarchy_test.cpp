// Parents from the sheet's SUM formulas, on a sheet shaped like the Deli Serdang evaluasi Renja
// form (realdata README): no codes, no level words; bidang > program > kegiatan told apart only
// by =SUM(...) cells, one of which (R of the bidang row) also adds a sibling bidang.
#include <gtest/gtest.h>

#include <string>

#include "ingest/cell_ref.h"
#include "ingest/formula_hierarchy.h"
#include "ingest/table.h"
#include "ingest/workbook.h"
#include "tests/support/workbook_builder.h"

namespace sakip {
namespace {

TEST(FormulaHierarchy, SummedRowsOfAFormula) {
  const uint32_t K = 10;  // column K
  EXPECT_EQ(summed_rows("SUM(K15:K18)", K), (std::vector<uint32_t>{14, 15, 16, 17}));
  EXPECT_EQ(summed_rows("=SUM(K14+K22+K27)", K), (std::vector<uint32_t>{13, 21, 26}));
  EXPECT_EQ(summed_rows("SUM(K85,K87:K88)", K), (std::vector<uint32_t>{84, 86, 87}));
  EXPECT_EQ(summed_rows("K13+K55+K70", K), (std::vector<uint32_t>{12, 54, 69}));
  EXPECT_EQ(summed_rows("SUM($K$92)", K), (std::vector<uint32_t>{91}));
  // A bare reference is a sum of one row (Deli Serdang K108 = K109, a kegiatan and its only
  // sub kegiatan).
  EXPECT_EQ(summed_rows("=K109", K), (std::vector<uint32_t>{108}));
  // Not a plain same-column sum: another column, constants, other operators, another sheet,
  // another function.
  EXPECT_TRUE(summed_rows("M109", K).empty());
  EXPECT_TRUE(summed_rows("SUM(M13:M20)", K).empty());
  EXPECT_TRUE(summed_rows("20906000-K15", K).empty());
  EXPECT_TRUE(summed_rows("M15+AC15", K).empty());
  EXPECT_TRUE(summed_rows("SUM(K13:K20)*2", K).empty());
  EXPECT_TRUE(summed_rows("SUM(Sheet2!K13:K20)", K).empty());
  EXPECT_TRUE(summed_rows("AVERAGE(K13:K20)", K).empty());
}

using test::WorkbookBuilder;

using test::row_at;

TEST(FormulaHierarchy, SumFormulasGiveTheParents) {
  // Row 4 (all) = rows 5 + 10; row 5 (bidang A) = programs 6 + 8 in C, but its D adds the
  // sibling bidang row 10 too; programs 6 and 8 sum their kegiatan rows 7 and 9.
  WorkbookBuilder s;
  s.text("A1", "Evaluasi Terhadap Hasil Renja Tahun 2025")
      .text("A3", "No").text("B3", "Program/Kegiatan").text("C3", "Anggaran (Rp)").text("D3", "Realisasi (Rp)")
      .num("A4", 1).text("B4", "Urusan").num("C4", 60, "SUM(C5+C10)").num("D4", 57, "SUM(D5+D10)")
      .num("A5", 2).text("B5", "Bidang A").num("C5", 50, "SUM(C6+C8)").num("D5", 51, "SUM(D6+D8+D10)")
      .num("A6", 3).text("B6", "Satu").num("C6", 30, "SUM(C7:C7)").num("D6", 25, "SUM(D7:D7)")
      .num("A7", 4).text("B7", "Satu satu").num("C7", 30).num("D7", 25)
      .num("A8", 5).text("B8", "Dua").num("C8", 20, "SUM(C9)").num("D8", 20, "SUM(D9)")
      .num("A9", 6).text("B9", "Dua satu").num("C9", 20).num("D9", 20)
      .num("A10", 7).text("B10", "Bidang B").num("C10", 10).num("D10", 6);
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 7u);
  EXPECT_EQ(row_at(t, 4)->parent, -1);
  EXPECT_EQ(row_at(t, 5)->parent, 0);
  EXPECT_EQ(row_at(t, 6)->parent, 1);
  EXPECT_EQ(row_at(t, 7)->parent, 2);
  EXPECT_EQ(row_at(t, 8)->parent, 1);
  EXPECT_EQ(row_at(t, 9)->parent, 4);
  // Row 10 is referenced by row 4 in both its formulas and by row 5 in one of two: row 4's.
  EXPECT_EQ(row_at(t, 10)->parent, 0);
  EXPECT_EQ(row_at(t, 7)->depth, 3);
  for (const Column& c : t.columns) {
    const bool sums = c.col == 2 || c.col == 3;
    EXPECT_EQ(c.sums_rows, sums) << column_letters(c.col);
  }
}

TEST(FormulaHierarchy, RowsBelowAShortRangeAndLevelsFromTheFormulas) {
  // Deli Serdang rows 70-106 in small: the kegiatan 'Bidang Infrastruktur dan Kewilayahan' sums
  // only its first two sub kegiatan (K84 = SUM(K85:K88)); the two Kewilayahan rows below it
  // (89-90) are its sub kegiatan too. The next Program is not, nor what follows it. No names
  // carry a level word except the programs: the formulas tell kegiatan from sub kegiatan.
  WorkbookBuilder s;
  s.text("A1", "Evaluasi Renja 2025")
      .text("A3", "Program/Kegiatan/Sub Kegiatan").text("B3", "Anggaran (Rp)")
      .text("A4", "Program Koordinasi Perencanaan").num("B4", 100, "SUM(B5+B8)")
      .text("A5", "Koordinasi Bidang Pemerintahan").num("B5", 30, "SUM(B6:B7)")
      .text("A6", "Penyusunan Dokumen Bidang Pemerintahan").num("B6", 10)
      .text("A7", "Monitoring Bidang Pemerintahan").num("B7", 20)
      .text("A8", "Koordinasi Bidang Infrastruktur dan Kewilayahan").num("B8", 70, "SUM(B9:B10)")
      .text("A9", "Penyusunan Dokumen Bidang Infrastruktur").num("B9", 30)
      .text("A10", "Penyusunan Dokumen Bidang Kewilayahan").num("B10", 40)
      .text("A11", "Monitoring Bidang Kewilayahan").num("B11", 5)
      .text("A12", "Sinergitas Bidang Kewilayahan").num("B12", 6)
      .text("A13", "Program Riset dan Inovasi Daerah").num("B13", 100)
      .text("A14", "Fasilitasi Riset").num("B14", 100);
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 11u);
  EXPECT_EQ(row_at(t, 8)->parent, 0);
  EXPECT_EQ(row_at(t, 10)->parent, 4);
  EXPECT_EQ(row_at(t, 11)->parent, 4);
  EXPECT_EQ(row_at(t, 12)->parent, 4);
  EXPECT_EQ(row_at(t, 12)->depth, 2);
  EXPECT_EQ(row_at(t, 13)->parent, -1);
  // Row 14 follows the Program of row 13, which sums nothing and which no formula claims: its
  // row (Deli Serdang 108/110 under 106), not the kegiatan of row 8's.
  EXPECT_EQ(row_at(t, 14)->parent, 9);
  EXPECT_EQ(row_at(t, 4)->level, RowLevel::Program);
  EXPECT_EQ(row_at(t, 5)->level, RowLevel::Kegiatan);
  EXPECT_EQ(row_at(t, 8)->level, RowLevel::Kegiatan);
  for (uint32_t r : {6u, 7u, 9u, 10u, 11u, 12u}) EXPECT_EQ(row_at(t, r)->level, RowLevel::SubKegiatan) << "row " << r;
  EXPECT_EQ(row_at(t, 13)->level, RowLevel::Program);
}

TEST(FormulaHierarchy, GrandTotalBareReferenceMergedLineAndAProgramWithoutFormulas) {
  // Deli Serdang rows 96-113 in small. Row 7 is a Program holding a constant (no formula), its
  // name merged over row 8, the Program's second indicator (A7:A8, C7:C8). Row 9 repeats its only
  // sub kegiatan with a bare reference (=C10), row 11 sums rows 12-13. Row 14 has no label and
  // adds up the top rows 4 and 7: the grand total.
  WorkbookBuilder s;
  s.text("A1", "Evaluasi Renja 2025")
      .text("A3", "Program/Kegiatan/Sub Kegiatan").text("B3", "Indikator").text("C3", "Anggaran (Rp)").text("D3", "Target")
      .text("A4", "Penelitian dan Pengembangan").num("C4", 40, "SUM(C5)").num("D4", 100)
      .text("A5", "Program Penelitian dan Pengembangan").text("B5", "Persentase Kajian").num("C5", 40, "SUM(C6)").num("D5", 100)
      .text("A6", "Fasilitasi Kajian").text("B6", "Jumlah Laporan").num("C6", 40).num("D6", 1)
      .text("A7", "Program Riset dan Inovasi Daerah").text("B7", "Persentase Kebijakan").num("C7", 30).num("D7", 100)
      .text("B8", "Indeks Inovasi Daerah").num("D8", 63)
      .text("A9", "Penelitian, Pengembangan dan Penerapan").text("B9", "Persentase Penelitian").num("C9", 10, "C10").num("D9", 100)
      .text("A10", "Fasilitasi dan Pembinaan Penelitian").text("B10", "Jumlah Laporan").num("C10", 10).num("D10", 1)
      .text("A11", "Invensi dan Inovasi").text("B11", "Persentase Invensi").num("C11", 20, "SUM(C12:C13)").num("D11", 100)
      .text("A12", "Fasilitasi Invensi").text("B12", "Jumlah Laporan").num("C12", 5).num("D12", 1)
      .text("A13", "Fasilitasi Inovasi").text("B13", "Jumlah Laporan").num("C13", 15).num("D13", 1)
      .num("C14", 70, "SUM(C4+C7)")
      .merge("A7:A8")
      .merge("C7:C8");
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 11u);
  EXPECT_EQ(row_at(t, 14)->type, RowType::Total);
  EXPECT_EQ(row_at(t, 14)->parent, -1);
  EXPECT_EQ(row_at(t, 14)->level, RowLevel::None);
  EXPECT_EQ(row_at(t, 7)->parent, -1);  // no formula of row 4 adds it
  EXPECT_EQ(row_at(t, 8)->parent, 3);   // row 7, by the merge
  EXPECT_EQ(row_at(t, 8)->level, RowLevel::Indikator);
  EXPECT_EQ(row_at(t, 9)->parent, 3);
  EXPECT_EQ(row_at(t, 10)->parent, 5);  // row 9, by its bare reference
  EXPECT_EQ(row_at(t, 11)->parent, 3);
  EXPECT_EQ(row_at(t, 13)->parent, 7);
  EXPECT_EQ(row_at(t, 9)->level, RowLevel::Kegiatan);
  EXPECT_EQ(row_at(t, 11)->level, RowLevel::Kegiatan);
  EXPECT_EQ(row_at(t, 10)->level, RowLevel::SubKegiatan);
  EXPECT_EQ(row_at(t, 12)->level, RowLevel::SubKegiatan);
}

TEST(FormulaHierarchy, ANoLabelSumThatLeavesATopRowOutIsNoTotal) {
  // Deli Serdang row 113 = SUM(K12+K91+K96) beside program 106, which no formula adds (it
  // restates program 97, K106 = K97): a sum that leaves a top-level row of its block out is
  // not the table's total (else sum.total would add row 106 in).
  WorkbookBuilder s;
  s.text("A3", "Program/Kegiatan/Sub Kegiatan").text("B3", "Anggaran (Rp)")
      .text("A4", "Bidang A").num("B4", 10, "SUM(B5)")
      .text("A5", "Program Satu").num("B5", 10)
      .text("A6", "Bidang B").num("B6", 5, "SUM(B7)")
      .text("A7", "Program Dua").num("B7", 5, "SUM(B8)")
      .text("A8", "Kegiatan Dua").num("B8", 5)
      .text("A9", "Program Dua (nomenklatur baru)").num("B9", 5)
      .num("B10", 15, "SUM(B4+B6)");
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 7u);
  EXPECT_EQ(row_at(t, 8)->parent, 3);
  EXPECT_EQ(row_at(t, 9)->parent, -1);
  EXPECT_EQ(row_at(t, 10)->type, RowType::Data);
  EXPECT_EQ(row_at(t, 10)->parent, -1);
}

TEST(FormulaHierarchy, CodesKeepTheirHierarchy) {
  // Coded rows (1 > 1.1, 1.2) whose parent is also a SUM: the codes decide, the formulas are
  // not needed and no column is marked.
  WorkbookBuilder s;
  s.text("A3", "Kode").text("B3", "Uraian").text("C3", "Anggaran (Rp)")
      .text("A4", "1").text("B4", "PROGRAM A").num("C4", 30, "SUM(C5:C6)")
      .text("A5", "1.1").text("B5", "Kegiatan A1").num("C5", 10)
      .text("A6", "1.2").text("B6", "Kegiatan A2").num("C6", 20)
      .text("A7", "2").text("B7", "PROGRAM B").num("C7", 5, "SUM(C8)")
      .text("A8", "2.1").text("B8", "Kegiatan B1").num("C8", 5);
  Workbook wb = s.done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  for (const Column& c : tables[0].columns) EXPECT_FALSE(c.sums_rows);
  EXPECT_EQ(row_at(tables[0], 6)->parent, 0);
}

}  // namespace
}  // namespace sakip
