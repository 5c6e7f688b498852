// Table recognition on small workbooks built in code, each shaped like a layout the seeds or
// the real files show (seed-audit.md §1, realdata README): the expected results are what a
// person reading the sheet sees.
#include <gtest/gtest.h>

#include "ingest/cell_ref.h"
#include "ingest/table.h"
#include "ingest/table_finder.h"
#include "ingest/workbook.h"
#include "tests/support/workbook_builder.h"

namespace sakip {
namespace {

using test::WorkbookBuilder;

std::vector<ColumnRole> roles(const Table& t) {
  std::vector<ColumnRole> r;
  for (const Column& c : t.columns) r.push_back(c.role);
  return r;
}

TEST(TableRecognizer, HeaderBandWithMergesAndNumberingRow) {
  // 000 G18 (Tabel 3.2): two header rows, the group "Capaian Tahun 2025" merged over three columns.
  Workbook wb = WorkbookBuilder()
                    .text("A1", "Tabel 3.2 Capaian Kinerja Tahun 2025")
                    .text("A3", "No").merge("A3:A4")
                    .text("B3", "Indikator").merge("B3:B4")
                    .text("C3", "Capaian Tahun 2025").merge("C3:E3")
                    .text("C4", "Target").text("D4", "Realisasi").text("E4", "%")
                    .row(5, {"1", "2", "3", "4", "6 = 5/4*100"})
                    .row(6, {"1", "Indeks Kepuasan Masyarakat", "85", "87,16", "102,54%"})
                    .row(7, {"2", "Nilai SAKIP", "A (85)", "A (81,22)", "95,55 %"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Capaian);
  EXPECT_EQ(t.title, "Tabel 3.2 Capaian Kinerja Tahun 2025");
  EXPECT_EQ(t.header_rows, (std::vector<uint32_t>{2, 3}));
  ASSERT_TRUE(t.numbering_row);
  EXPECT_EQ(*t.numbering_row, 4u);
  EXPECT_EQ(roles(t), (std::vector<ColumnRole>{ColumnRole::No, ColumnRole::Indikator, ColumnRole::Target,
                                               ColumnRole::Realisasi, ColumnRole::Capaian}));
  EXPECT_EQ(t.columns[2].year, 2025);
  EXPECT_EQ(t.columns[4].numbering, "6 = 5/4*100");
  EXPECT_EQ(t.columns[2].header, "Capaian Tahun 2025 / Target");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].label, "Indeks Kepuasan Masyarakat");
  const Value& pct = t.rows[0].values[4];
  EXPECT_EQ(pct.kind, ValueKind::Percent);
  ASSERT_TRUE(pct.number);
  EXPECT_EQ(pct.number->to_string(), "102.54");
  EXPECT_EQ(t.rows[0].refs[4], (CellRef{5, 4}));
  EXPECT_EQ(to_a1(t.range), "A1:E7");
}

TEST(TableRecognizer, RepeatedHeaderContinuationRowAndCodeHierarchy) {
  // 000 G16 (Tabel 2.9): numbering 1 / 1.1 / 1.1.1, the header and column-number rows repeated
  // after a page break, and a continuation row carrying the tail of a name.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"No", "Program/ Kegiatan/ Sub Kegiatan", "Anggaran Awal (Rp)", "Pergeseran anggaran (Rp)",
                             "Anggaran Perubahan (Rp)", "Bertambah/ Berkurang (Rp)"})
                    .row(2, {"1", "2", "3", "4", "5", "6 (= 5-4)"})
                    .row(3, {"1", "PROGRAM PENUNJANG URUSAN", "3.676.351.730", "3.313.824.948", "3.297.504.548", "-16.320.400"})
                    .row(4, {"1.4", "Administrasi Barang Milik Daerah", "10.000.000", "10.000.000", "10.000.000", "0"})
                    .row(5, {"1.4.2", "Pengadaan Peralatan", "5.000.000", "5.000.000", "5.000.000", "0"})
                    .row(6, {"No", "Program/ Kegiatan/ Sub Kegiatan", "Anggaran Awal (Rp)", "Pergeseran anggaran (Rp)",
                             "Anggaran Perubahan (Rp)", "Bertambah/ Berkurang (Rp)"})
                    .row(7, {"1", "2", "3", "4", "5", "6 (= 5-4)"})
                    .row(8, {"", "dan Perlengkapan Kantor", "", "", "", ""})
                    .row(9, {"1.4.3", "Pemeliharaan Gedung", "5.000.000", "5.000.000", "5.000.000", "0"})
                    .row(10, {"2", "PROGRAM PEMERINTAHAN", "1.000.000", "1.000.000", "1.000.000", "0"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Pergeseran);
  EXPECT_EQ(t.header_rows, (std::vector<uint32_t>{0, 5, 6}));
  EXPECT_EQ(roles(t), (std::vector<ColumnRole>{ColumnRole::No, ColumnRole::Uraian, ColumnRole::Sebelum,
                                               ColumnRole::Pergeseran, ColumnRole::Sesudah, ColumnRole::Selisih}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[2].label, "Pengadaan Peralatan dan Perlengkapan Kantor");
  EXPECT_EQ(t.rows[2].continuation, (std::vector<uint32_t>{7}));
  EXPECT_EQ(t.rows[0].code, "1");
  EXPECT_EQ(t.rows[2].code, "1.4.2");
  EXPECT_EQ(t.rows[0].parent, -1);
  EXPECT_EQ(t.rows[1].parent, 0);
  EXPECT_EQ(t.rows[2].parent, 1);
  EXPECT_EQ(t.rows[3].parent, 1);
  EXPECT_EQ(t.rows[4].parent, -1);
  EXPECT_EQ(t.rows[0].level, RowLevel::Program);
  EXPECT_EQ(t.rows[1].level, RowLevel::Kegiatan);
  EXPECT_EQ(t.rows[2].level, RowLevel::SubKegiatan);
  EXPECT_EQ(t.rows[2].depth, 2);
  const Value& awal = t.rows[0].values[2];
  ASSERT_TRUE(awal.number);
  EXPECT_EQ(awal.number->to_string(), "3676351730");
  ASSERT_TRUE(t.rows[0].values[5].number);
  EXPECT_EQ(t.rows[0].values[5].number->to_string(), "-16320400");
}

TEST(TableRecognizer, SignatureBlockIsFooterNotData) {
  Workbook wb = WorkbookBuilder()
                    .row(1, {"No", "Program/ Kegiatan/ Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Serapan Anggaran"})
                    .row(2, {"1", "Program Penunjang", "100.000", "90.000", "90%"})
                    .row(3, {"", "Jumlah", "100.000", "90.000", "90%"})
                    .row(5, {"", "", "", "Jember, 10 Februari 2025"})
                    .row(6, {"", "", "", "CAMAT GUMUKMAS"})
                    .row(9, {"", "", "", "NAMA CAMAT"})
                    .row(10, {"", "", "", "NIP. 19000101 200001 1 001"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::RealisasiAnggaran);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].type, RowType::Total);
  EXPECT_EQ(t.footer_cells.size(), 4u);
  EXPECT_EQ(t.footer_cells.front(), (CellRef{4, 3}));
}

TEST(TableRecognizer, TwoTablesInOneSheetWithTitles) {
  Workbook wb = WorkbookBuilder()
                    .text("A1", "Tabel 2.7 Perjanjian Kinerja")
                    .row(3, {"NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"})
                    .row(4, {"1", "Meningkatnya kinerja", "Nilai SAKIP", "A (85)"})
                    .row(5, {"2", "Meningkatnya pelayanan", "IKM", "86%"})
                    .text("A8", "Tabel 3.10 Realisasi Anggaran")
                    .row(9, {"Program/ Kegiatan/ Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Serapan Anggaran"})
                    .row(10, {"PROGRAM PENUNJANG", "3.676.351.730", "3.297.504.548", "89,70%"})
                    .row(11, {"Jumlah", "3.676.351.730", "3.297.504.548", "89,70%"})
                    // A third table beside the second, after an empty column.
                    .text("G9", "Sasaran").text("H9", "% Capaian Kinerja").text("I9", "% Serapan Anggaran")
                    .text("J9", "Tingkat Efisiensi")
                    .text("G10", "Sasaran 1").text("H10", "97%").text("I10", "73%").text("J10", "Efisien")
                    .text("G11", "Sasaran 2").text("H11", "100%").text("I11", "81,3%").text("J11", "Efisien")
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[0].kind, TableKind::Pk);
  EXPECT_EQ(tables[0].title, "Tabel 2.7 Perjanjian Kinerja");
  EXPECT_EQ(to_a1(tables[0].range), "A1:D5");
  EXPECT_EQ(tables[1].kind, TableKind::RealisasiAnggaran);
  EXPECT_EQ(tables[1].title, "Tabel 3.10 Realisasi Anggaran");
  EXPECT_EQ(to_a1(tables[1].range), "A8:D11");
  EXPECT_EQ(tables[2].kind, TableKind::Efisiensi);
  EXPECT_EQ(to_a1(tables[2].range), "G9:J11");
  EXPECT_EQ(roles(tables[2]), (std::vector<ColumnRole>{ColumnRole::Sasaran, ColumnRole::Capaian,
                                                       ColumnRole::Serapan, ColumnRole::Kriteria}));
}

TEST(TableRecognizer, TotalsThatBorrowAChildCodeStayTotals) {
  // Bantul 2015 rows 7-13 (realdata README: BELANJA carries the code of Non Kegiatan's child).
  Workbook wb = WorkbookBuilder()
                    .row(1, {"Judul", "PENJABARAN APBD"})
                    .row(2, {"No. Rekening", "Uraian", "Jumlah", "Keterangan"})
                    .row(3, {"1.01 . 1.01.01 . 00 . 00 . 5", "BELANJA", "573082029200"})
                    .row(4, {"1.01 . 1.01.01 . 00 . 00 . 5 . 1", "BELANJA TIDAK LANGSUNG", "519652624000"})
                    .row(5, {"1.01 . 1.01.01 . 00 . 00", "Non Kegiatan", "519652624000", "Sumber Dana : "})
                    .row(6, {"1.01 . 1.01.01 . 00 . 00 . 5 . 1 . 1", "Belanja Pegawai", "519652624000"})
                    .row(7, {"1.01 . 1.01.01 . 00 . 00 . 5 . 1 . 1 . 01", "Belanja Gaji dan Tunjangan", "316254998000"})
                    .row(8, {"1.01 . 1.01.01 . 01", "Program Pelayanan Administrasi Perkantoran", "1219067500"})
                    .row(9, {"1.01 . 1.01.01 . 01 . 01", "Penyediaan jasa surat menyurat", "1000000"})
                    .row(10, {"", "SURPLUS / (DEFISIT)", "-573082029200"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Dpa);
  ASSERT_EQ(t.rows.size(), 8u);
  EXPECT_EQ(t.rows[0].type, RowType::Total);  // BELANJA
  EXPECT_EQ(t.rows[1].type, RowType::Total);  // BELANJA TIDAK LANGSUNG
  EXPECT_EQ(t.rows[2].type, RowType::Data);   // Non Kegiatan
  EXPECT_EQ(t.rows[2].parent, -1);
  EXPECT_EQ(t.rows[3].parent, 2);  // Belanja Pegawai under Non Kegiatan, not under BELANJA
  EXPECT_EQ(t.rows[4].parent, 3);
  EXPECT_EQ(t.rows[5].level, RowLevel::Program);
  EXPECT_EQ(t.rows[6].parent, 5);
  EXPECT_EQ(t.rows[6].level, RowLevel::Kegiatan);
  EXPECT_EQ(t.rows[7].type, RowType::Total);
  EXPECT_EQ(t.rows[3].code, "1.01.1.01.01.00.00.5.1.1");
  EXPECT_EQ(t.title, "Judul PENJABARAN APBD");
}

TEST(TableRecognizer, LabelPrefixHierarchy) {
  // 000 G19 Kontribusi: levels only from the name's first word.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"Program/ Kegiatan/ Sub Kegiatan", "Indikator", "Satuan", "Targ et", "Realis asi", "% capaian"})
                    .row(2, {"PROGRAM PENUNJANG", "Persentase capaian", "%", "100", "100", "100%"})
                    .row(3, {"Kegiatan Perencanaan", "Jumlah dokumen", "Dokumen", "6", "6", "100%"})
                    .row(4, {"Sub Kegiatan Penyusunan Renja", "Jumlah dokumen", "Dokumen", "2", "2", "100%"})
                    .row(5, {"Sub kegiatan Evaluasi", "Jumlah laporan", "Laporan", "4", "4", "100%"})
                    .row(6, {"Kegiatan Administrasi", "Jumlah laporan", "Laporan", "12", "12", "100%"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Capaian);
  EXPECT_EQ(roles(t), (std::vector<ColumnRole>{ColumnRole::Uraian, ColumnRole::Indikator, ColumnRole::Satuan,
                                               ColumnRole::Target, ColumnRole::Realisasi, ColumnRole::Capaian}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].level, RowLevel::Program);
  EXPECT_EQ(t.rows[1].parent, 0);
  EXPECT_EQ(t.rows[2].parent, 1);
  EXPECT_EQ(t.rows[2].level, RowLevel::SubKegiatan);
  EXPECT_EQ(t.rows[3].parent, 1);
  EXPECT_EQ(t.rows[4].parent, 0);
  EXPECT_EQ(t.rows[4].depth, 1);
}

TEST(TableRecognizer, VerticallyMergedTujuanIsTheParentOfItsSasaranRows) {
  // T-C.25: one Tujuan cell merged over the rows of its Sasaran.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Target Kinerja Tujuan/Sasaran Pada Tahun ke-"})
                    .merge("E1:I1")
                    .row(2, {"", "", "", "", "1 (2022)", "2 (2023)", "3 (2024)", "4 (2025)", "5 (2026)"})
                    .merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:D2")
                    .row(3, {"1", "Meningkatnya kualitas", "Meningkatnya akuntabilitas", "Nilai SAKIP", "B", "B", "BB", "BB", "A"})
                    .merge("B3:B4")
                    .row(4, {"", "", "Meningkatnya pelayanan", "IKM", "85", "86", "87", "88", "90"})
                    .row(5, {"", "", "", "Indeks Pelayanan Publik", "4", "4,1", "4,2", "4,3", "4,5"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.kind, TableKind::Tc25);
  EXPECT_EQ(t.header_rows, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(t.columns[4].period, 1);
  EXPECT_EQ(t.columns[4].year, 2022);
  EXPECT_EQ(t.columns[8].period, 5);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].level, RowLevel::Tujuan);
  EXPECT_EQ(t.rows[1].level, RowLevel::Sasaran);
  EXPECT_EQ(t.rows[1].parent, 0);
  EXPECT_EQ(t.rows[2].level, RowLevel::Indikator);
  EXPECT_EQ(t.rows[2].parent, 1);
  EXPECT_EQ(t.rows[1].refs[1], (CellRef{2, 1}));  // the merge anchor
}

TEST(TableRecognizer, NumberedRowsOfATujuanSasaranColumnAreTheTujuan) {
  // 001 Tabel 2.3 (K8, L351-L358): one 'Tujuan / Sasaran Strategis' column; the numbered rows
  // are the Tujuan, the unnumbered rows below them their Sasaran.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"No", "Tujuan / Sasaran Strategis", "Indikator", "Target Kinerja Sasaran pada Tahun"})
                    .merge("D1:F1")
                    .row(2, {"", "", "", "2021", "2022", "2023"})
                    .row(3, {"1.", "Meningkatnya kualitas pengelolaan keuangan", "Nilai SAKIP OPD", "B (63,17)", "B (64)", "B (65)"})
                    .row(4, {"", "Meningkatnya Efektifitas Pencapaian Target", "Persentase Indikator Program", "86,86%", "90%", "91%"})
                    .row(5, {"2.", "Meningkatnya penataan organisasi", "Jumlah Dokumen Penataan", "4 Dok", "4 Dok", "4 Dok"})
                    .row(6, {"", "Meningkatnya Kepuasan Masyarakat", "Indeks Kepuasan Masyarakat", "85", "86", "87"})
                    .row(7, {"", "Terjaganya ketertiban umum", "Persentase Tingkat Penyelesaian", "90%", "91%", "92%"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].level, RowLevel::Tujuan);
  EXPECT_EQ(t.rows[2].level, RowLevel::Tujuan);
  for (size_t i : {1u, 3u, 4u}) EXPECT_EQ(t.rows[i].level, RowLevel::Sasaran) << i;
  EXPECT_EQ(t.rows[1].parent, 0);
  EXPECT_EQ(t.rows[3].parent, 2);
  EXPECT_EQ(t.rows[4].parent, 2);
}

TEST(TableRecognizer, DotlessAccountCodesNestByTheirSegments) {
  // DJPK APBD export (domain.md §2.3): akun codes written without dots.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"Kode Rekening", "Uraian", "Anggaran (Rp)"})
                    .row(2, {"4", "PENDAPATAN", "1.000"})
                    .row(3, {"41", "Pendapatan Asli Daerah", "1.000"})
                    .row(4, {"4101", "Pajak Daerah", "600"})
                    .row(5, {"4102", "Retribusi Daerah", "400"})
                    .row(6, {"5", "BELANJA", "900"})
                    .row(7, {"51", "Belanja Operasi", "900"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[2].code, "4.1.01");
  EXPECT_EQ(t.rows[2].parent, 1);
  EXPECT_EQ(t.rows[3].parent, 1);
  EXPECT_EQ(t.rows[1].parent, 0);
  EXPECT_EQ(t.rows[5].parent, 4);
  EXPECT_EQ(t.rows[5].code, "5.1");
}

TEST(TableRecognizer, HeaderlessBlockIsKeptAsUnknown) {
  Workbook wb = WorkbookBuilder().row(1, {"a", "1"}).row(2, {"b", "2"}).row(3, {"c", "3"}).done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].kind, TableKind::Unknown);
  EXPECT_EQ(tables[0].rows.size(), 3u);
  EXPECT_TRUE(tables[0].header_rows.empty());
}

TEST(TableRecognizer, EachNameColumnIsALevelAndARowTheShallowestItFills) {
  // 002 'RKT Perubahan' in small (seeds/002/T22.tsv: "Hierarchy, by column: Tujuan PD > Sasaran
  // PD > Program > Kegiatan > Sub Kegiatan"). Row 5 fills Tujuan, Sasaran and Program, row 6 a
  // kegiatan with its sub kegiatan, row 7 a sub kegiatan alone, row 8 a Sasaran with its program,
  // row 9 a program with a sub kegiatan, row 10 a kegiatan name with no values (not a section).
  Workbook wb = WorkbookBuilder()
                    .text("A1", "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023")
                    .row(3, {"TUJUAN PD", "", "SASARAN PD", "", "", "PROGRAM/ KEGIATAN", "", "", "SUB KEGIATAN", "", ""})
                    .row(4, {"Uraian", "Indikator Tujuan", "Uraian", "Indikator Sasaran", "Target", "Nama Program Kegiatan",
                             "Indikator", "Target", "Nama Sub Kegiatan", "Indikator", "Anggaran"})
                    .merge("A3:B3")
                    .merge("C3:E3")
                    .merge("F3:H3")
                    .merge("I3:K3")
                    .row(5, {"Meningkatkan tata kelola", "IPP", "Meningkatnya pelayanan", "SKM", "#96",
                             "Program Penunjang Urusan", "Prosentase", "#100"})
                    .row(6, {"", "", "", "", "", "Administrasi Keuangan", "", "", "Penyediaan Gaji", "Jumlah orang", "#3141671233"})
                    .row(7, {"", "", "", "", "", "", "", "", "Penyediaan Jasa Pelayanan", "Laporan", "#1401350645"})
                    .row(8, {"", "", "Meningkatnya kemandirian", "Prosentase PBB", "#96",
                             "Program Penyelenggaraan Pemerintahan", "Prosentase", "#100"})
                    .row(9, {"", "", "", "", "", "Program Koordinasi Ketentraman", "Prosentase", "#100", "Koordinasi Sinergi",
                             "Terpenuhi", "#66858000"})
                    .row(10, {"", "", "", "", "", "Koordinasi Penerapan Peraturan Daerah"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  ASSERT_EQ(t.rows.size(), 6u);
  const RowLevel want[] = {RowLevel::Tujuan, RowLevel::Kegiatan, RowLevel::SubKegiatan,
                           RowLevel::Sasaran, RowLevel::Program, RowLevel::Kegiatan};
  const int parent[] = {-1, 0, 1, 0, 3, 4};
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(t.rows[i].level, want[i]) << "row " << t.rows[i].sheet_row + 1;
    EXPECT_EQ(t.rows[i].parent, parent[i]) << "row " << t.rows[i].sheet_row + 1;
    EXPECT_EQ(t.rows[i].type, RowType::Data) << "row " << t.rows[i].sheet_row + 1;
  }
}

TEST(TableRecognizer, AKegiatanRepeatedAfterAPageBreakHangsWhereItFirstDid) {
  // 002 'RKT Perubahan' L869 / L883: after the page break's repeated header, the first row
  // repeats kegiatan 'Pemeliharaan Barang Milik Daerah ...' of the first program with another
  // of its sub kegiatan, above the second program's own kegiatan.
  Workbook wb = WorkbookBuilder()
                    .text("A1", "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023")
                    .row(3, {"TUJUAN PD", "", "SASARAN PD", "", "", "PROGRAM/ KEGIATAN", "", "", "SUB KEGIATAN", "", ""})
                    .row(4, {"Uraian", "Indikator Tujuan", "Uraian", "Indikator Sasaran", "Target", "Nama Program Kegiatan",
                             "Indikator", "Target", "Nama Sub Kegiatan", "Indikator", "Anggaran"})
                    .row(5, {"Meningkatkan tata kelola", "IPP", "Meningkatnya pelayanan", "SKM", "#96",
                             "Program Penunjang Urusan", "Prosentase", "#100"})
                    .row(6, {"", "", "", "", "", "Pemeliharaan Barang Milik Daerah", "", "", "Kendaraan Perorangan Dinas",
                             "Unit", "#65815000"})
                    .row(7, {"", "", "Meningkatnya kemandirian", "Prosentase PBB", "#96",
                             "Program Penyelenggaraan Pemerintahan", "Prosentase", "#100"})
                    .row(8, {"TUJUAN PD", "", "SASARAN PD", "", "", "PROGRAM/ KEGIATAN", "", "", "SUB KEGIATAN", "", ""})
                    .row(9, {"Uraian", "Indikator Tujuan", "Uraian", "Indikator Sasaran", "Target", "Nama Program Kegiatan",
                             "Indikator", "Target", "Nama Sub Kegiatan", "Indikator", "Anggaran"})
                    .merge("A3:B3")
                    .merge("C3:E3")
                    .merge("F3:H3")
                    .merge("I3:K3")
                    .merge("A8:B8")
                    .merge("C8:E8")
                    .merge("F8:H8")
                    .merge("I8:K8")
                    .row(10, {"", "", "", "", "", "Pemeliharaan Barang Milik Daerah", "", "", "Kendaraan Dinas Operasional",
                              "Unit", "#10000000"})
                    .row(11, {"", "", "", "", "", "Koordinasi Penyelenggaraan Kegiatan Kecamatan", "", "", "Koordinasi Sinergi",
                              "Laporan", "#66858000"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  const Row* first = test::row_at(t, 6);
  const Row* repeat = test::row_at(t, 10);
  const Row* own = test::row_at(t, 11);
  ASSERT_TRUE(first && repeat && own);
  EXPECT_EQ(repeat->level, RowLevel::Kegiatan);
  EXPECT_EQ(repeat->parent, first->parent);  // the first program, as on the page before
  EXPECT_EQ(repeat->depth, first->depth);
  ASSERT_GE(own->parent, 0);
  EXPECT_EQ(t.rows[static_cast<size_t>(own->parent)].sheet_row + 1, 7u);  // the second program's own kegiatan
}

TEST(TableRecognizer, UnheadedFirstColumnOfListNumbersIsTheNoColumn) {
  // 000 'Lampiran PK' A15:D21: no header over the '1.', '2.' column.
  Workbook wb = WorkbookBuilder()
                    .row(1, {"", "Program", "Anggaran", "Keterangan"})
                    .row(2, {"1.", "Program Penunjang Urusan", "Rp. 3.676.351.730,00", "APBD"})
                    .row(3, {"2.", "Program Penyelenggaraan Pemerintahan", "Rp. 783.265.540,00", "APBD"})
                    .row(4, {"3.", "Program Pemberdayaan Masyarakat", "Rp. 689.906.800,00", "APBD"})
                    .row(5, {"", "Jumlah", "Rp. 5.149.524.070,00", "APBD"})
                    .done();
  auto tables = recognize_tables(wb);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_FALSE(tables[0].columns.empty());
  EXPECT_EQ(tables[0].columns[0].role, ColumnRole::No);
  EXPECT_EQ(tables[0].rows[0].label, "Program Penunjang Urusan");
  // An unheaded first column of names or years is not a No column.
  Workbook names = WorkbookBuilder()
                       .row(1, {"", "Anggaran"})
                       .row(2, {"Bidang A", "#10"})
                       .row(3, {"Bidang B", "#20"})
                       .row(4, {"2025", "#30"})
                       .done();
  auto other = recognize_tables(names);
  ASSERT_EQ(other.size(), 1u);
  EXPECT_NE(other[0].columns[0].role, ColumnRole::No);
}

TEST(TableFinder, ColumnNumbersFootersSeparators) {
  EXPECT_EQ(column_number("(3)"), 3);
  EXPECT_EQ(column_number("6 = 5/4*100"), 6);
  EXPECT_EQ(column_number("13 = 9 + 10 + 11 + 12"), 13);
  EXPECT_EQ(column_number("$\\frac{7}{6/5} \\times 100$"), 7);
  EXPECT_EQ(column_number("Program"), -1);
  EXPECT_EQ(column_number("3.676.351.730"), -1);
  EXPECT_TRUE(is_footer_text("Jember, 10 Februari 2025"));
  EXPECT_TRUE(is_footer_text("Jember, 17 April 2023"));
  EXPECT_TRUE(is_footer_text("NIP. 19000101 200001 1 001"));
  EXPECT_TRUE(is_footer_text("CAMAT GUMUKMAS"));
  EXPECT_TRUE(is_footer_text("Sumber Data: SAKIP"));
  EXPECT_FALSE(is_footer_text("Sumber Dana : "));
  EXPECT_FALSE(is_footer_text("Program Penunjang"));
  EXPECT_TRUE(is_separator_text("---"));
  EXPECT_TRUE(is_separator_text("-- | --"));
  EXPECT_FALSE(is_separator_text("-"));
}

}  // namespace
}  // namespace sakip
