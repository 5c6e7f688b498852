// CSV/TSV reader over the hand-made fixtures in fixtures/csv (see fixtures/csv/README.md).
// Every expected value is read off the fixture text itself (cat / od -c of the file).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"
#include "tests/support/temp_dir.h"

namespace sakip {
namespace {

using test::fixture;

Workbook read(const std::string& rel) { return read_workbook(fixture(rel)); }

std::string at(const Workbook& wb, const char* a1) {
  const auto ref = parse_a1(a1);
  const Cell* c = wb.sheets.at(0).find(ref->row, ref->col);
  return c ? std::string(wb.raw(*c)) : std::string("<none>");
}

size_t count_diag(const Workbook& wb, std::string_view code) {
  size_t n = 0;
  for (const auto& d : wb.diagnostics) n += d.code == code;
  return n;
}

TEST(CsvReader, SemicolonIdIdKeepsRawTextAndNamesSheetAfterFile) {
  const Workbook wb = read("csv/semicolon_idid.csv");
  EXPECT_EQ(wb.format, FileFormat::Csv);
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "semicolon_idid");
  EXPECT_EQ(at(wb, "C2"), "1.234.567,50");
  EXPECT_EQ(at(wb, "B3"), "Belanja Barang; Jasa");  // quoted ';'
  EXPECT_EQ(at(wb, "B4"), "Belanja Modal, Gedung");  // unquoted ','
  EXPECT_EQ(at(wb, "E4"), "0,00");
  EXPECT_EQ(wb.cell_count(), 20u);
  for (const Cell& c : wb.sheets[0].cells) EXPECT_EQ(c.kind, CellKind::Text);
}

TEST(CsvReader, CommaTabPipe) {
  const Workbook comma = read("csv/comma.csv");
  EXPECT_EQ(at(comma, "C2"), "1,234,567.50");
  EXPECT_EQ(at(comma, "B3"), "Belanja Barang, Jasa");
  const Workbook tab = read("csv/tab.tsv");
  EXPECT_EQ(tab.sheets[0].name, "tab");
  EXPECT_EQ(at(tab, "B2"), "Indeks Kepuasan, Masyarakat");
  EXPECT_EQ(at(tab, "D2"), "%");
  const Workbook pipe = read("csv/pipe.csv");
  EXPECT_EQ(at(pipe, "B2"), "Belanja; Pegawai, Tetap");
  EXPECT_EQ(at(pipe, "C3"), "200");
}

TEST(CsvReader, QuotesEscapedQuotesAndEmbeddedCrlf) {
  const Workbook wb = read("csv/quotes.csv");
  EXPECT_EQ(at(wb, "B2"), "Rapat \"Koordinasi\" Daerah");
  EXPECT_EQ(at(wb, "C2"), "baris satu\r\nbaris dua");  // the line break inside quotes is data
  EXPECT_EQ(at(wb, "A3"), "2");                         // one record per row, not per line
  EXPECT_EQ(at(wb, "B3"), "a,b");
  EXPECT_EQ(at(wb, "B4"), "<none>");                    // "" is an empty field
  EXPECT_EQ(at(wb, "C4"), "x");
}

TEST(CsvReader, EncodingsDecodeToTheSameText) {
  EXPECT_EQ(at(read("csv/bom_utf8.csv"), "A1"), "Kode");  // no BOM bytes in the first cell
  const Workbook le = read("csv/utf16le_bom.csv");
  EXPECT_EQ(le.format, FileFormat::Csv);
  EXPECT_EQ(at(le, "B2"), "Belanja Pegawai \xE2\x80\x93 Gaji");
  EXPECT_EQ(at(le, "C2"), "1.234,50");
  const Workbook nobom = read("csv/utf16le_nobom.csv");
  EXPECT_EQ(at(nobom, "A1"), "Kode");
  EXPECT_EQ(at(nobom, "B2"), "Belanja Pegawai \xE2\x80\x93 Gaji");
  EXPECT_EQ(at(read("csv/utf16be_bom.csv"), "B2"), "Sumber Dana \xE2\x80\x93 APBD");
}

TEST(CsvReader, Windows1252IsConvertedAndNoted) {
  const Workbook wb = read("csv/windows1252.csv");
  EXPECT_EQ(at(wb, "A2"), "Rp 1.234,50 \xE2\x80\x93 Kecamatan");
  EXPECT_EQ(at(wb, "A3"), "Caf\xC3\xA9 Kopi");
  EXPECT_EQ(count_diag(wb, "text.encoding"), 1u);
}

TEST(CsvReader, RaggedRowsAndBlankRowsKeepTheirPlace) {
  const Workbook wb = read("csv/ragged.csv");
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(at(wb, "B2"), "2");
  EXPECT_EQ(at(wb, "C2"), "<none>");
  EXPECT_EQ(at(wb, "D4"), "7");  // a longer row keeps its extra field
  EXPECT_EQ(at(wb, "A6"), "8");  // rows 3 (empty line) and 5 (";;") stay empty rows
  for (const Cell& c : s.cells) EXPECT_TRUE(c.row != 2 && c.row != 4);
  EXPECT_EQ(wb.cell_count(), 10u);
}

TEST(CsvReader, WrappedRecordsAreRecoveredIntoTheirColumns) {
  const Workbook wb = read("csv/wrapped_record.csv");
  // line 6: "5.2.2.01 ,""Belanja Perangko, Materai"",10.00,20.00,10.00,100.00";;;;;;
  EXPECT_EQ(at(wb, "A6"), "5.2.2.01 ");
  EXPECT_EQ(at(wb, "B6"), "Belanja Perangko, Materai");
  EXPECT_EQ(at(wb, "C6"), "10.00");
  EXPECT_EQ(at(wb, "F6"), "100.00");
  // line 7: a rincian line whose inner quoted text holds commas
  EXPECT_EQ(at(wb, "A7"), "<none>");
  EXPECT_EQ(at(wb, "G7"), "3 unit x 237.800.000,00 = 713.400.000,00");
  // line 8: hybrid; the code cell holds a comma record and the ';' fields repeat the amounts
  EXPECT_EQ(at(wb, "A8"), "5.2.2.02 ");
  EXPECT_EQ(at(wb, "B8"), "Belanja Sewa");
  EXPECT_EQ(at(wb, "E8"), "-10.00");
  EXPECT_EQ(at(wb, "F8"), "-25.00");
  EXPECT_EQ(at(wb, "G8"), "Perda Nomor 10, Tahun 2011");
  EXPECT_EQ(at(wb, "G9"), "Sumber Dana : ");
  // line 10: one text field with two commas is not a record and stays as it is
  EXPECT_EQ(at(wb, "A10"), "Catatan: a, b");
  EXPECT_EQ(at(wb, "B10"), "<none>");
  std::vector<std::string> ranges;
  for (const auto& d : wb.diagnostics)
    if (d.code == "csv.wrapped_record") {
      ranges.push_back(d.cell);
      EXPECT_EQ(d.sheet, "wrapped_record");
    }
  EXPECT_EQ(ranges, (std::vector<std::string>{"A6:F6", "A7:G7", "A8:G8", "A9:G9"}));
  bool hybrid_noted = false;
  for (const auto& d : wb.diagnostics)
    if (d.cell == "A8:G8") hybrid_noted = d.detail.find("hybrid") != std::string::npos;
  EXPECT_TRUE(hybrid_noted);
}

TEST(CsvReader, XlsNamedCsvIsReadAsCsv) {
  const Workbook wb = read("csv/csv_named.xls");
  EXPECT_EQ(wb.format, FileFormat::Csv);
  EXPECT_EQ(wb.sheets[0].name, "csv_named");
  EXPECT_EQ(at(wb, "C2"), "100");
}

TEST(CsvReader, UnterminatedQuoteKeepsTheDataWithADiagnostic) {
  const Workbook wb = read("csv/unterminated_quote.csv");
  EXPECT_EQ(at(wb, "B2"), "tidak ditutup\n2,x\n");
  ASSERT_EQ(count_diag(wb, "csv.unterminated_quote"), 1u);
}

TEST(CsvReader, NulBytesAreDroppedWithADiagnostic) {
  const Workbook wb = read("csv/nul_bytes.csv");
  EXPECT_EQ(at(wb, "B2"), "Belanja");
  EXPECT_EQ(count_diag(wb, "csv.nul_bytes"), 1u);
}

class TempDir : public sakip::test::TempDirTest {};

using CsvLimits = TempDir;

TEST_F(CsvLimits, OversizedFieldIsCutAtMaxCellBytesAndTheRestSurvives) {
  const std::string path =
      write("big.csv", "a;b\n1;\"" + std::string(1 << 20, 'x') + "\"\n2;Air bersih\n");
  ReadOptions opt;
  opt.limits.max_cell_bytes = 1000;
  const Workbook wb = read_workbook(path, opt);
  const Cell* big = wb.sheets[0].find(1, 1);
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(wb.raw(*big).size(), 1000u);
  const Cell* after = wb.sheets[0].find(2, 1);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(wb.raw(*after), "Air bersih");
  ASSERT_EQ(count_diag(wb, "csv.cell_truncated"), 1u);
  EXPECT_EQ(wb.diagnostics[0].cell, "B2");
}

TEST_F(CsvLimits, TruncationNeverSplitsACharacter) {
  // 'é' is 2 bytes; a cap of 5 bytes after "abcd" must not keep half of it
  const std::string path = write("utf.csv", "a;b\n1;abcd\xC3\xA9xyz\n");
  ReadOptions opt;
  opt.limits.max_cell_bytes = 5;
  const Workbook wb = read_workbook(path, opt);
  EXPECT_EQ(wb.raw(*wb.sheets[0].find(1, 1)), "abcd");
}

TEST_F(CsvLimits, ExcelSepHintLineIsNotARow) {
  const Workbook wb = read_workbook(write("sep.csv", "sep=;\r\nKode;Jumlah\r\n1,5;2\r\n"));
  EXPECT_EQ(wb.raw(*wb.sheets[0].find(0, 0)), "Kode");
  EXPECT_EQ(wb.raw(*wb.sheets[0].find(1, 0)), "1,5");
}

TEST_F(CsvLimits, MaxCellsIsAReadError) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "1;2;3\n";
  const std::string path = write("many.csv", text);
  ReadOptions opt;
  opt.limits.max_cells = 50;
  try {
    read_workbook(path, opt);
    FAIL() << "expected LimitExceeded";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
}

}  // namespace
}  // namespace sakip
