// The .xls reader against fixtures/crossformat/source.xls: written by LibreOffice 7.4
// (tools/convert_fixtures.sh) from source.xlsx, which tools/make_crossformat_fixture.cpp
// defines. Expected values come from that definition (and were seen the same by xlrd 1.2.0).
// Then broken files: truncations, garbage after the OLE header, FILEPASS.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

const std::string kSource = "crossformat/source.xls";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string write_temp(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::temp_directory_path() / "sakip_xls_reader_test";
  std::filesystem::create_directories(dir);
  const std::string p = (dir / name).string();
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

const Cell& at(const Sheet& s, const char* a1) {
  const auto ref = parse_a1(a1);
  const Cell* c = ref ? s.find(ref->row, ref->col) : nullptr;
  if (!c) {
    ADD_FAILURE() << "no cell " << a1 << " in " << s.name;
    static const Cell empty;
    return empty;
  }
  return *c;
}

class XlsReader : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { wb_ = new Workbook(read_workbook(test::fixture(kSource))); }
  static void TearDownTestSuite() { delete wb_; }
  static Workbook* wb_;
};
Workbook* XlsReader::wb_ = nullptr;

TEST_F(XlsReader, SheetsAndVisibility) {
  const Workbook& wb = *wb_;
  EXPECT_EQ(wb.format, FileFormat::Xls);
  EXPECT_EQ(wb.date_system, DateSystem::D1900);
  ASSERT_EQ(wb.sheets.size(), 3u);
  EXPECT_EQ(wb.sheets[0].name, "Capaian");
  EXPECT_EQ(wb.sheets[1].name, "Anggaran");
  EXPECT_EQ(wb.sheets[2].name, "Referensi");
  EXPECT_EQ(wb.sheets[0].state, SheetState::Visible);
  EXPECT_EQ(wb.sheets[1].state, SheetState::Visible);
  EXPECT_EQ(wb.sheets[2].state, SheetState::Hidden);
  EXPECT_TRUE(wb.diagnostics.empty());
}

TEST_F(XlsReader, TextIncludingLineBreak) {
  const Workbook& wb = *wb_;
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(wb.raw(at(s, "A1")), "Capaian Kinerja Dinas Pendidikan Tahun 2023");
  EXPECT_EQ(wb.raw(at(s, "B2")), "Indikator Kinerja");
  EXPECT_EQ(at(s, "B3").kind, CellKind::Text);
  EXPECT_EQ(wb.raw(at(s, "B3")), "Persentase sekolah terakreditasi\nminimal B");
  EXPECT_EQ(wb.raw(at(wb.sheets[1], "A2")), "1.01.01");  // a code stays text
  EXPECT_EQ(wb.raw(at(wb.sheets[2], "A2")), "Persen");
}

TEST_F(XlsReader, NumbersMoneyPercent) {
  const Workbook& wb = *wb_;
  const Sheet& s = wb.sheets[0];
  const Cell& a3 = at(s, "A3");
  EXPECT_EQ(a3.kind, CellKind::Number);
  EXPECT_EQ(wb.raw(a3), "1");
  EXPECT_EQ(wb.format_of(a3).code, "General");

  const Cell& c3 = at(s, "C3");
  EXPECT_EQ(wb.raw(c3), "1250000.5");
  EXPECT_EQ(wb.format_of(c3).code, "#,##0.00");
  EXPECT_EQ(wb.format_of(c3).decimals, 2);
  EXPECT_TRUE(wb.format_of(c3).grouping);

  const Cell& d3 = at(s, "D3");
  EXPECT_EQ(wb.raw(d3), "0.6442");  // the fraction, as stored
  EXPECT_DOUBLE_EQ(d3.number, 0.6442);
  EXPECT_EQ(wb.format_of(d3).code, "0.00%");
  EXPECT_TRUE(wb.format_of(d3).percent);
  EXPECT_EQ(wb.format_of(d3).decimals, 2);

  const Sheet& g = wb.sheets[1];
  EXPECT_EQ(wb.raw(at(g, "C2")), "573354470075");  // beyond FreeXL's 32-bit INT
  EXPECT_DOUBLE_EQ(at(g, "C2").number, 573354470075.0);
  EXPECT_EQ(wb.raw(at(g, "C3")), "-1234.5");
  EXPECT_EQ(wb.raw(at(g, "C4")), "42");
}

TEST_F(XlsReader, DatesBackToSerials) {
  const Workbook& wb = *wb_;
  const Sheet& s = wb.sheets[0];
  const Cell& e3 = at(s, "E3");  // 2023-12-31 in the 1900 system
  EXPECT_EQ(e3.kind, CellKind::Number);
  EXPECT_DOUBLE_EQ(e3.number, 45291.0);
  EXPECT_EQ(wb.raw(e3), "45291");
  EXPECT_EQ(wb.format_of(e3).code, "dd/mm/yyyy");
  EXPECT_TRUE(wb.format_of(e3).date);
  EXPECT_DOUBLE_EQ(at(s, "E4").number, 45306.0);  // 2024-01-15
}

TEST_F(XlsReader, BooleansAndFormulaResults) {
  const Workbook& wb = *wb_;
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(at(s, "F3").kind, CellKind::Boolean);
  EXPECT_EQ(wb.raw(at(s, "F3")), "TRUE");
  EXPECT_EQ(at(s, "F4").kind, CellKind::Boolean);
  EXPECT_EQ(wb.raw(at(s, "F4")), "FALSE");
  // =SUM(C3:C4) and =AVERAGE(D3:D4): the cached values (FreeXL alone returns nothing here)
  const Cell& c6 = at(s, "C6");
  EXPECT_EQ(c6.kind, CellKind::Number);
  EXPECT_EQ(wb.raw(c6), "3750000.75");
  EXPECT_EQ(wb.format_of(c6).code, "#,##0.00");
  EXPECT_EQ(wb.raw(at(s, "D6")), "0.6971");
  EXPECT_TRUE(wb.format_of(at(s, "D6")).percent);
}

TEST_F(XlsReader, MergesAndEmptyRow) {
  const Workbook& wb = *wb_;
  const Sheet& s = wb.sheets[0];
  ASSERT_EQ(s.merges.size(), 2u);
  EXPECT_EQ(to_a1(s.merges[0].range), "A1:F1");
  EXPECT_EQ(to_a1(s.merges[1].range), "A6:B6");
  EXPECT_NE(s.merge_at(0, 5), nullptr);
  ASSERT_EQ(wb.sheets[1].merges.size(), 1u);
  EXPECT_EQ(to_a1(wb.sheets[1].merges[0].range), "A2:A3");
  // ROW and COLINFO records: Anggaran hides row 4 and column B (xlrd agrees)
  EXPECT_EQ(wb.sheets[1].hidden_rows, std::vector<uint32_t>({3}));
  EXPECT_EQ(wb.sheets[1].hidden_cols, std::vector<uint32_t>({1}));
  EXPECT_TRUE(s.hidden_rows.empty());
  EXPECT_TRUE(s.hidden_cols.empty());
  for (const Cell& c : s.cells) {
    EXPECT_NE(c.row, 4u) << "row 5 is empty in the source";
    EXPECT_FALSE(c.kind != CellKind::Blank && s.merge_at(c.row, c.col) &&
                 (s.merge_at(c.row, c.col)->range.first.row != c.row ||
                  s.merge_at(c.row, c.col)->range.first.col != c.col))
        << "a value inside a merge, off its anchor: " << to_a1(c.row, c.col);
  }
}

TEST_F(XlsReader, OnlySheet) {
  ReadOptions o;
  o.only_sheet = "Anggaran";
  const Workbook wb = read_workbook(test::fixture(kSource), o);
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "Anggaran");
}

// Every truncation must end in a ReadError or a workbook with fewer cells: never a crash.
TEST(XlsReaderBroken, TruncatedAtSeveralOffsets) {
  const std::string bytes = slurp(test::fixture(kSource));
  ASSERT_GT(bytes.size(), 4096u);
  for (size_t cut : {size_t{8}, size_t{100}, size_t{511}, size_t{512}, size_t{1000}, size_t{2048},
                     size_t{4096}, bytes.size() / 2, bytes.size() - 512, bytes.size() - 1}) {
    const std::string p = write_temp("cut_" + std::to_string(cut) + ".xls", bytes.substr(0, cut));
    try {
      const Workbook wb = read_xls(p, {});
      // A read that succeeds must say that something is missing, or be complete.
      SCOPED_TRACE(cut);
      EXPECT_LE(wb.cell_count(), 33u);
    } catch (const ReadError& e) {
      EXPECT_EQ(e.code(), ReadErrorCode::CorruptXls) << "cut at " << cut << ": " << e.detail();
      EXPECT_FALSE(e.detail().empty());
    }
  }
}

TEST(XlsReaderBroken, TruncatedInTheMiddleIsCorruptXls) {
  const std::string bytes = slurp(test::fixture(kSource));
  const std::string p = write_temp("half.xls", bytes.substr(0, 1000));
  try {
    read_xls(p, {});
    FAIL() << "a 1000-byte prefix cannot be read";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXls);
    EXPECT_NE(e.detail().find("cfb:"), std::string::npos) << e.detail();
  }
}

TEST(XlsReaderBroken, GarbageAfterOleHeader) {
  const std::string bytes = slurp(test::fixture(kSource));
  std::string g = bytes.substr(0, 512);
  uint32_t x = 12345;
  for (size_t i = 0; i < 8192; ++i) {
    x = x * 1103515245u + 12345u;
    g.push_back(static_cast<char>(x >> 16));
  }
  const std::string p = write_temp("garbage.xls", g);
  try {
    read_xls(p, {});
    FAIL() << "garbage read as a workbook";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXls) << e.detail();
  }
  // through the sniffer it may already be refused as no known format; either way one error
  EXPECT_THROW(read_workbook(p), ReadError);
}

// A sheet's DIMENSIONS record only claims a box: cells are read sparsely from their records,
// so a 7 KB file claiming 65,536 x 256 cells per sheet (FreeXL 1.0.6 allocated that densely:
// 0.8 GB and 35 s) reads exactly the cells it holds.
TEST(XlsReaderBroken, HugeDimensionsAreOnlyAClaim) {
  std::string bytes = slurp(test::fixture(kSource));
  const Workbook plain = read_xls(test::fixture(kSource), {});
  const std::string dim("\x00\x02\x0e\x00", 4);  // DIMENSIONS, 14 bytes
  size_t n = 0;
  for (size_t at = bytes.find(dim); at != std::string::npos; at = bytes.find(dim, at + 4)) {
    const unsigned char box[12] = {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};  // rows 0..65536, cols 0..256
    for (int i = 0; i < 12; ++i) bytes[at + 4 + i] = static_cast<char>(box[i]);
    ++n;
  }
  ASSERT_EQ(n, 3u);  // one per sheet
  const Workbook wb = read_xls(write_temp("bigdim.xls", bytes), {});
  ASSERT_EQ(wb.sheets.size(), plain.sheets.size());
  for (size_t i = 0; i < wb.sheets.size(); ++i) EXPECT_EQ(wb.sheets[i].cells.size(), plain.sheets[i].cells.size());
}

TEST(XlsReaderBroken, FilePassIsEncrypted) {
  // Turn the record right after the globals' BOF into a FILEPASS (0x002F): the shape of a
  // password-protected workbook, whose records after FILEPASS are RC4-encrypted.
  std::string bytes = slurp(test::fixture(kSource));
  const std::string bof("\x09\x08\x10\x00\x00\x06", 6);
  const size_t at = bytes.find(bof);
  ASSERT_NE(at, std::string::npos);
  const size_t next = at + 4 + 16;
  bytes[next] = 0x2F;
  bytes[next + 1] = 0x00;
  const std::string p = write_temp("filepass.xls", bytes);
  try {
    read_xls(p, {});
    FAIL() << "FILEPASS must not be read as a plain workbook";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::Encrypted);
  }
}

}  // namespace
}  // namespace sakip
