// BIFF8 record parsing on hand-built Workbook streams (record layouts from [MS-XLS] 2.4), and
// on the LibreOffice-written fixture whose content tools/make_crossformat_fixture.cpp defines.
#include "ingest/biff_records.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "ingest/ole_container.h"
#include "ingest/read_error.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

struct Stream {
  std::string b;
  Stream& u8(uint8_t v) { b.push_back(static_cast<char>(v)); return *this; }
  Stream& u16(uint16_t v) { return u8(v & 0xFF).u8(v >> 8); }
  Stream& u32(uint32_t v) { return u16(v & 0xFFFF).u16(v >> 16); }
  Stream& rec(uint16_t type, const std::string& data) {
    u16(type).u16(static_cast<uint16_t>(data.size()));
    b += data;
    return *this;
  }
};

std::string data(std::initializer_list<uint16_t> words) {
  Stream s;
  for (uint16_t w : words) s.u16(w);
  return s.b;
}

std::string bof() { return data({0x0600, 0x0005, 0, 0, 0, 0, 0, 0}); }  // BIFF8, globals

// A workbook with one FORMAT (id 164 "0.000"), three XFs (0: General, 1: 164, 2: builtin 10
// "0.00%"), sheets "Data" (visible) and "Tersembunyi" (hidden), 1904 dates.
std::string globals(uint32_t sheet1_offset, uint32_t sheet2_offset) {
  Stream g;
  g.rec(0x0809, bof());
  g.rec(0x0022, data({1}));  // 1904
  Stream fmt;
  fmt.u16(164).u16(5).u8(0);
  fmt.b += "0.000";
  g.rec(0x041E, fmt.b);
  for (uint16_t ifmt : {0, 164, 10}) g.rec(0x00E0, data({0, ifmt, 0, 0, 0, 0, 0, 0, 0, 0}));
  Stream bs1;
  bs1.u32(sheet1_offset).u8(0).u8(0).u8(4).u8(0);
  bs1.b += "Data";
  g.rec(0x0085, bs1.b);
  Stream bs2;
  bs2.u32(sheet2_offset).u8(1).u8(0).u8(11).u8(0);
  bs2.b += "Tersembunyi";
  g.rec(0x0085, bs2.b);
  g.rec(0x000A, "");
  return g.b;
}

std::string sheet_stream() {
  Stream s;
  s.rec(0x0809, data({0x0600, 0x0010, 0, 0, 0, 0, 0, 0}));
  // ROW 3 (index 2) hidden (fDyZero 0x20) with outline level 1
  Stream row;
  row.u16(2).u16(0).u16(3).u16(255).u16(0).u16(0).u32(0x20 | 0x01);
  s.rec(0x0208, row.b);
  // COLINFO: columns C..D hidden
  s.rec(0x007D, data({2, 3, 2000, 0, 0x0001, 0}));
  // NUMBER A1 = 1.5 with XF 1 ("0.000")
  Stream num;
  num.u16(0).u16(0).u16(1);
  const double v = 1.5;
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  num.u32(static_cast<uint32_t>(bits)).u32(static_cast<uint32_t>(bits >> 32));
  s.rec(0x0203, num.b);
  // RK B1 = 12.34 (integer 1234, x100), XF 2 (percent)
  Stream rk;
  rk.u16(0).u16(1).u16(2).u32((1234u << 2) | 0x3);
  s.rec(0x027E, rk.b);
  // BOOLERR C1 = TRUE, D1 = #DIV/0!
  s.rec(0x0205, data({0, 2, 0}) + std::string("\x01\x00", 2));
  s.rec(0x0205, data({0, 3, 0}) + std::string("\x07\x01", 2));
  // MULBLANK A2..C2 with XF 1
  s.rec(0x00BE, data({1, 0, 1, 1, 1, 2}));
  // FORMULA A4 with a string result, then its STRING record
  Stream f;
  f.u16(3).u16(0).u16(0).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u16(0xFFFF).u16(0).u32(0).u16(0);
  s.rec(0x0006, f.b);
  Stream str;
  str.u16(5).u8(0);
  str.b += "Jumla";
  s.rec(0x0207, str.b);
  // FORMULA B4 with a boolean result (FALSE)
  Stream fb;
  fb.u16(3).u16(1).u16(0).u8(1).u8(0).u8(0).u8(0).u8(0).u8(0).u16(0xFFFF).u16(0).u32(0).u16(0);
  s.rec(0x0006, fb.b);
  // MERGEDCELLS: A5:B5 and one single-cell "merge" that must be dropped
  s.rec(0x00E5, data({2, 4, 4, 0, 1, 6, 6, 0, 0}));
  s.rec(0x000A, "");
  return s.b;
}

BiffWorkbook parse_sample() {
  const std::string g0 = globals(0, 0);
  const std::string sh = sheet_stream();
  const uint32_t off1 = static_cast<uint32_t>(g0.size());
  const uint32_t off2 = off1 + static_cast<uint32_t>(sh.size());
  Stream empty_sheet;
  empty_sheet.rec(0x0809, data({0x0600, 0x0010, 0, 0, 0, 0, 0, 0})).rec(0x000A, "");
  const std::string stream = globals(off1, off2) + sh + empty_sheet.b;
  return parse_biff_workbook(stream, ReadLimits::defaults());
}

TEST(BiffRecords, DecodeRk) {
  EXPECT_DOUBLE_EQ(decode_rk(0x3FF00000u), 1.0);           // IEEE high word of 1.0
  EXPECT_DOUBLE_EQ(decode_rk(0x3FF00000u | 0x1), 0.01);    // same, divided by 100
  EXPECT_DOUBLE_EQ(decode_rk((42u << 2) | 0x2), 42.0);     // 30-bit integer
  EXPECT_DOUBLE_EQ(decode_rk((1234u << 2) | 0x3), 12.34);  // integer / 100
  EXPECT_DOUBLE_EQ(decode_rk(static_cast<uint32_t>(-5 * 4) | 0x2), -5.0);
}

TEST(BiffRecords, GlobalsSheetsFormats) {
  const BiffWorkbook wb = parse_sample();
  EXPECT_FALSE(wb.encrypted);
  EXPECT_TRUE(wb.date1904);
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_EQ(wb.sheets[0].name, "Data");
  EXPECT_EQ(wb.sheets[0].state, 0);
  EXPECT_EQ(wb.sheets[1].name, "Tersembunyi");
  EXPECT_EQ(wb.sheets[1].state, 1);
  EXPECT_EQ(wb.format_code(0), "General");
  EXPECT_EQ(wb.format_code(1), "0.000");
  EXPECT_EQ(wb.format_code(2), "0.00%");  // built-in id 10
  EXPECT_EQ(wb.format_code(99), "General");  // no such XF
}

TEST(BiffRecords, SheetCellsMergesHidden) {
  const BiffWorkbook wb = parse_sample();
  const BiffSheet& s = wb.sheets[0];
  EXPECT_TRUE(s.problem.empty()) << s.problem;
  ASSERT_EQ(s.cells.size(), 9u);  // A1 B1 C1 D1, A2 B2 C2, A4 B4 (sorted)
  EXPECT_EQ(s.cells[0].kind, BiffCellKind::Number);
  EXPECT_DOUBLE_EQ(s.cells[0].number, 1.5);
  EXPECT_EQ(s.cells[0].xf, 1);
  EXPECT_DOUBLE_EQ(s.cells[1].number, 12.34);
  EXPECT_EQ(s.cells[1].xf, 2);
  EXPECT_EQ(s.cells[2].kind, BiffCellKind::Boolean);
  EXPECT_EQ(s.cells[2].number, 1);
  EXPECT_EQ(s.cells[3].kind, BiffCellKind::Error);
  EXPECT_EQ(biff_error_text(s.cells[3].error), "#DIV/0!");
  for (int i = 4; i < 7; ++i) {
    EXPECT_EQ(s.cells[i].kind, BiffCellKind::Blank);
    EXPECT_EQ(s.cells[i].row, 1u);
    EXPECT_EQ(s.cells[i].col, static_cast<uint32_t>(i - 4));
  }
  EXPECT_EQ(s.cells[7].kind, BiffCellKind::Text);
  EXPECT_TRUE(s.cells[7].formula);
  ASSERT_EQ(s.cells[7].text, 1u);
  EXPECT_EQ(s.texts[0], "Jumla");
  EXPECT_EQ(s.cells[8].kind, BiffCellKind::Boolean);
  EXPECT_EQ(s.cells[8].number, 0);
  ASSERT_EQ(s.merges.size(), 1u);
  EXPECT_EQ(to_a1(s.merges[0]), "A5:B5");
  EXPECT_EQ(s.hidden_rows, std::vector<uint32_t>({2}));
  EXPECT_EQ(s.hidden_cols, std::vector<uint32_t>({2, 3}));
  ASSERT_EQ(s.row_outline.size(), 1u);
  EXPECT_EQ(s.row_outline[0], std::make_pair(2u, uint8_t{1}));
  EXPECT_TRUE(wb.sheets[1].cells.empty());
}

TEST(BiffRecords, FilePassMeansEncrypted) {
  Stream g;
  g.rec(0x0809, bof()).rec(0x002F, data({1, 0, 0})).rec(0x000A, "");
  EXPECT_TRUE(parse_biff_workbook(g.b, ReadLimits::defaults()).encrypted);
}

TEST(BiffRecords, BrokenStreams) {
  // not a BOF
  EXPECT_THROW(parse_biff_workbook(std::string("\x01\x02\x03\x04", 4), {}), ReadError);
  // a record claiming more bytes than the stream holds
  Stream g;
  g.rec(0x0809, bof());
  g.u16(0x00E0).u16(200).u16(0);
  try {
    parse_biff_workbook(g.b, {});
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXls);
  }
  // BIFF5 is refused as such
  Stream old;
  old.rec(0x0809, data({0x0500, 0x0005, 0, 0}));
  EXPECT_THROW(parse_biff_workbook(old.b, {}), ReadError);
}

TEST(BiffRecords, BrokenSheetKeepsWhatWasRead) {
  const std::string sh = sheet_stream();
  const std::string g0 = globals(0, 0);
  const uint32_t off1 = static_cast<uint32_t>(g0.size());
  // sheet 1 cut before its MERGEDCELLS; sheet 2 points far beyond the stream
  const std::string cut = sh.substr(0, sh.size() - 4 - 22);
  const BiffWorkbook wb = parse_biff_workbook(globals(off1, 0x7FFFFFFF) + cut, {});
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_FALSE(wb.sheets[0].problem.empty());
  EXPECT_EQ(wb.sheets[0].cells.size(), 9u);
  EXPECT_FALSE(wb.sheets[1].problem.empty());
}

TEST(BiffRecords, CellCapIsALimit) {
  const std::string g0 = globals(0, 0);
  const std::string sh = sheet_stream();
  const uint32_t off1 = static_cast<uint32_t>(g0.size());
  ReadLimits tight;
  tight.max_cells = 3;
  try {
    parse_biff_workbook(globals(off1, off1) + sh, tight);
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
}

TEST(BiffRecords, LibreOfficeFixture) {
  std::ifstream in(test::fixture("crossformat/source.xls"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  OleContainer ole(bytes);
  const auto stream = ole.stream("Workbook");
  ASSERT_TRUE(stream);
  const BiffWorkbook wb = parse_biff_workbook(*stream, {});
  EXPECT_FALSE(wb.date1904);
  ASSERT_EQ(wb.sheets.size(), 3u);
  EXPECT_EQ(wb.sheets[2].name, "Referensi");
  EXPECT_EQ(wb.sheets[2].state, 1);  // hidden in the source
  ASSERT_EQ(wb.sheets[0].merges.size(), 2u);
  EXPECT_EQ(to_a1(wb.sheets[0].merges[0]), "A1:F1");
  EXPECT_EQ(to_a1(wb.sheets[0].merges[1]), "A6:B6");
  EXPECT_EQ(wb.sheets[0].dim_rows, 6u);  // Capaian A1:F6
  EXPECT_EQ(wb.sheets[0].dim_cols, 6u);
  EXPECT_EQ(wb.sheets[1].hidden_rows, std::vector<uint32_t>({3}));  // Anggaran row 4
  EXPECT_EQ(wb.sheets[1].hidden_cols, std::vector<uint32_t>({1}));  // and column B
  // D3 holds 0.6442 formatted "0.00%"
  const BiffCell* d3 = nullptr;
  for (const BiffCell& c : wb.sheets[0].cells)
    if (c.row == 2 && c.col == 3) d3 = &c;
  ASSERT_NE(d3, nullptr);
  EXPECT_DOUBLE_EQ(d3->number, 0.6442);
  EXPECT_EQ(wb.format_code(d3->xf), "0.00%");
}

// The SST (MS-XLS 2.4.265): strings are XLUnicodeRichExtendedString; when one's characters
// run past a record they resume in the CONTINUE record after a fresh flags byte, which may
// switch between 8-bit and UTF-16. Rich-text runs and phonetic data are skipped, across
// records too.
TEST(BiffRecords, SharedStringsAcrossContinue) {
  Stream a;
  a.u32(4).u32(4);
  a.u16(5).u8(0);                   // "Rp 10", 8-bit
  a.b += "Rp 10";
  a.u16(6).u8(0x01);                // "Capaian" minus one char, UTF-16, split after 2 chars
  a.b += std::string("C\0a\0", 4);
  Stream c1;                        // CONTINUE: flags 0 -> the rest is 8-bit
  c1.u8(0x00);
  c1.b += "paia";
  c1.u16(3).u8(0x08).u16(1);        // rich (1 run), 8-bit "Rp." then its 4-byte run
  c1.b += "Rp.";
  c1.u16(0);                        // half of the run ...
  Stream c2;
  c2.u16(0);                        // ... the other half: no flags byte for non-characters
  c2.u16(2).u8(0x01);               // "é€" in UTF-16
  c2.u16(0xE9).u16(0x20AC);
  std::string problem;
  const auto sst = decode_sst({a.b, c1.b, c2.b}, ReadLimits::defaults(), problem);
  EXPECT_EQ(problem, "");
  ASSERT_EQ(sst.size(), 4u);
  EXPECT_EQ(sst[0], "Rp 10");
  EXPECT_EQ(sst[1], "Capaia");
  EXPECT_EQ(sst[2], "Rp.");
  EXPECT_EQ(sst[3], "\xC3\xA9\xE2\x82\xAC");
}

TEST(BiffRecords, SharedStringsThatLie) {
  // announces 2^31 strings, holds one: no giant reservation, a problem, the one string kept
  Stream a;
  a.u32(0x80000000u).u32(0x80000000u).u16(2).u8(0);
  a.b += "ok";
  std::string problem;
  auto sst = decode_sst({a.b}, ReadLimits::defaults(), problem);
  ASSERT_EQ(sst.size(), 1u);
  EXPECT_EQ(sst[0], "ok");
  EXPECT_NE(problem, "");
  // a string whose characters run past the last record
  Stream b;
  b.u32(1).u32(1).u16(50).u8(0);
  b.b += "short";
  problem.clear();
  sst = decode_sst({b.b}, ReadLimits::defaults(), problem);
  ASSERT_EQ(sst.size(), 1u);
  EXPECT_EQ(sst[0], "short");
  EXPECT_NE(problem, "");
  // the shared-string cap is a limit
  ReadLimits small = ReadLimits::defaults();
  small.max_strings = 1;
  Stream c;
  c.u32(2).u32(2).u16(1).u8(0).u8('a').u16(1).u8(0).u8('b');
  problem.clear();
  EXPECT_THROW(decode_sst({c.b}, small, problem), ReadError);
}

// LABELSST names an SST index (kept even when out of range: the reader reports it); LABEL and
// RSTRING carry their own XLUnicodeString.
TEST(BiffRecords, TextCells) {
  Stream g;
  g.rec(0x0809, bof());
  Stream sst;
  sst.u32(1).u32(1).u16(6).u8(0);
  sst.b += "Jumlah";
  g.rec(0x00FC, sst.b);
  Stream bs;
  const size_t bs_at = g.b.size() + 4;  // where the offset field will sit
  bs.u32(0).u8(0).u8(0).u8(1).u8(0);
  bs.b += "S";
  g.rec(0x0085, bs.b);
  g.rec(0x000A, "");
  const uint32_t off = static_cast<uint32_t>(g.b.size());
  for (int i = 0; i < 4; ++i) g.b[bs_at + i] = static_cast<char>((off >> (8 * i)) & 0xFF);
  Stream s;
  s.rec(0x0809, data({0x0600, 0x0010, 0, 0, 0, 0, 0, 0}));
  Stream l1;
  l1.u16(0).u16(0).u16(0).u32(0);
  s.rec(0x00FD, l1.b);  // A1 -> sst[0]
  Stream l2;
  l2.u16(0).u16(1).u16(0).u32(7);
  s.rec(0x00FD, l2.b);  // B1 -> sst[7], out of range
  Stream l3;
  l3.u16(1).u16(0).u16(0).u16(3).u8(1).u16('R').u16('p').u16(0x2019);
  s.rec(0x0204, l3.b);  // A2 LABEL "Rp’" in UTF-16
  s.rec(0x000A, "");
  const BiffWorkbook wb = parse_biff_workbook(g.b + s.b, ReadLimits::defaults());
  ASSERT_EQ(wb.sst, std::vector<std::string>({"Jumlah"}));
  ASSERT_EQ(wb.sheets.size(), 1u);
  const auto& cells = wb.sheets[0].cells;
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_TRUE(cells[0].from_sst);
  EXPECT_EQ(cells[0].sst, 0u);
  EXPECT_TRUE(cells[1].from_sst);
  EXPECT_EQ(cells[1].sst, 7u);
  EXPECT_FALSE(cells[2].from_sst);
  ASSERT_EQ(cells[2].text, 1u);
  EXPECT_EQ(wb.sheets[0].texts[0], "Rp\xE2\x80\x99");
}

}  // namespace
}  // namespace sakip
