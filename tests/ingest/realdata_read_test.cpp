// Every real file in /work/shared/realdata (see its README) must be read without error, with
// the non-empty cell count and a few values pinned. How each expectation was checked by hand,
// independently of our readers:
//  - CSV counts: /usr/bin/python3's csv module (delimiter ';', utf-8-sig), counting fields that
//    are not ''. For Kulon Progo the 150 wrapped records were unwrapped in that script with
//    csv.reader(..., delimiter=',') on the first field (149 whose other fields are all empty,
//    plus the hybrid line 13 merged by hand: inner code, outer Uraian, equal amounts, inner
//    Prosentase and Keterangan) -> 10457 fields. The README's "149 records ... line 13 is a
//    hybrid": the script finds 149 pure wrapped records (123 with 7 inner fields, 26 with 6)
//    and the hybrid on top, 150 recovered rows in all. 1645 amount rows (as the README says).
//  - CSV values: `sed -n 'Np'` of the raw file.
//  - HTML: Python's html.parser (every <td>/<th> whose whitespace-collapsed text is non-empty
//    or that has sdval) -> 451 cells, 222 with sdval; grid positions from the markup read by
//    hand (`awk 'NR>=290 && NR<=345'`: the 14th <tr> holds the rowspan=2 Sasaran cell, so the
//    15th row has 23 <td> and starts its second cell in column C).
//  - xlsx: openpyxl 3.0.9 (cells whose value is not None and not '', formulas included; with
//    data_only=True for cached values); xls: xlrd 1.2.0 (cell types other than EMPTY/BLANK).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <optional>
#include <regex>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

struct Pin {
  std::string sheet;
  std::string a1;
  std::string raw;
  std::optional<CellKind> kind;
  std::string format;  // number format code, when pinned
};

struct Expected {
  FileFormat format;
  std::map<std::string, size_t> nonempty;  // per sheet
  std::vector<Pin> pins;
};

const std::string kKp = "kulonprogo_2014_penjabaran_perubahan_apbd_1.20.03";
const std::string kRef = "ref_subkegiatan_nomenklatur_deliserdang";
const std::string kAcct = "_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-";

const std::map<std::string, Expected>& expectations() {
  static const std::map<std::string, Expected> e = {
      {kKp + ".csv",
       {FileFormat::Csv,
        {{kKp, 10457}},
        {{kKp, "A8", "No. Rekening", CellKind::Text, ""},
         {kKp, "B5", "Dinas Pendidikan", CellKind::Text, ""},
         {kKp, "C9", "116600000.00", CellKind::Text, ""},
         // line 13, the hybrid
         {kKp, "A13", "1.20 . 1.20.03 . 00.00 . 4.1.2.02.01 ", {}, ""},
         {kKp, "B13", "Retribusi Pemakaian Kekayaan Daerah", {}, ""},
         {kKp, "F13", "-85.51", {}, ""},
         // line 40, a wrapped record of 6 fields
         {kKp, "B40", "Belanja Perangko, Materai Dan Benda Pos Lainnya", {}, ""},
         {kKp, "E40", "900000.00", {}, ""},
         // line 156, a wrapped rincian line
         {kKp, "G156", "3 unit x 237.800.000,00 = 713.400.000,00", {}, ""},
         // the last line: SURPLUS / (DEFISIT) without a code
         {kKp, "B1999", "SURPLUS / (DEFISIT) ", {}, ""},
         {kKp, "C1999", "-18501421318.00", {}, ""}}}},
      {kRef + ".csv",
       {FileFormat::Csv,
        {{kRef, 25912}},
        {{kRef, "B2", "1.01.01.2.01.0001", CellKind::Text, ""},
         {kRef, "H2", "T", {}, ""},
         {kRef, "C14", "Pelaksanaan Penatausahaan dan\n\nPengujian/Verifikasi Keuangan SKPD", {}, ""},
         {kRef, "A3240", "3239", {}, ""},
         {kRef, "B3240", "X.XX.01.2.09.0010", {}, ""}}}},
      {"sumedang_renstra_tc27_bappppeda_2019-2023.html",
       {FileFormat::Html,
        {{"Table 1", 451}},
        {{"Table 1", "A1", "Tujuan", CellKind::Text, ""},
         {"Table 1", "K1", "Target Kinerja Program dan Kegiatan Pendanaan", {}, ""},
         {"Table 1", "B14", "Meningkatnya Kualitas Perencanaan Pembangunan Daerah", {}, ""},
         {"Table 1", "I14", "Persentase Keselerasan\nProgram Perencanaan\nPembangunan Daerah", {}, ""},
         {"Table 1", "L14", "0", CellKind::Number, kAcct},         // shown " - "
         {"Table 1", "O14", "1", CellKind::Number, "0%"},          // shown "100%"
         {"Table 1", "C15", "5", CellKind::Number, ""},            // B15 is under B14's rowspan
         {"Table 1", "F15", "2.01", CellKind::Text, ""},
         {"Table 1", "P15", "1035102250", CellKind::Number, ""},  // shown " 1,035,102,250 "
         {"Table 1", "V15", "3721102250", CellKind::Number, ""}}}},
      {"bantul_2015_penjabaran_apbd_dikdas.xlsx",
       {FileFormat::Xlsx,
        {{"dinas pendidikan dasar 2015 xl ", 3957}},
        {{"dinas pendidikan dasar 2015 xl ", "A1", "Judul", CellKind::Text, ""},
         {"dinas pendidikan dasar 2015 xl ", "A8", "1.01 . 1.01.01 . 00 . 00 . 5", {}, ""},
         {"dinas pendidikan dasar 2015 xl ", "B8", "BELANJA", {}, ""},
         {"dinas pendidikan dasar 2015 xl ", "C8", "573082029200", CellKind::Number, ""}}}},
      {"bantul_2016_penjabaran_apbd_dikdas.xls",
       {FileFormat::Xls,
        {{"Sheet1", 3213}, {"Sheet2", 0}, {"Sheet3", 0}},
        {{"Sheet1", "A1", "Judul", {}, ""},
         {"Sheet1", "A7", "No. Rekening", {}, ""},
         {"Sheet1", "A8", "1.01 . 1.01.01 . 00 . 00 . 5", {}, ""},
         {"Sheet1", "C8", "573354470075", {}, ""}}}},
      {"deliserdang_2025_evaluasi_renja_bappedalitbang.xlsx",
       {FileFormat::Xlsx,
        {{"Realisasi TW IV", 2822}},
        {{"Realisasi TW IV", "A23", "13", CellKind::Number, ""},
         {"Realisasi TW IV", "AB51", "0", CellKind::Number, ""},
         {"Realisasi TW IV", "AE64", "81825849", CellKind::Number, ""},
         {"Realisasi TW IV", "AC11", "12023973159", CellKind::Number, ""}}}},
  };
  return e;
}

size_t nonempty(const Sheet& s) {
  size_t n = 0;
  for (const Cell& c : s.cells) n += c.kind != CellKind::Blank;
  return n;
}

TEST(RealData, EveryFileIsReadWithItsCountsAndPinnedValues) {
  const auto files = test::realdata_files();
  if (files.empty()) GTEST_SKIP() << "no realdata directory";
  EXPECT_EQ(files.size(), expectations().size());
  for (const std::string& path : files) {
    const std::string name = std::filesystem::path(path).filename().string();
    SCOPED_TRACE(name);
    const auto it = expectations().find(name);
    ASSERT_NE(it, expectations().end()) << "a real file without expectations";
    const Expected& exp = it->second;
    Workbook wb;
    try {
      wb = read_workbook(path);
    } catch (const ReadError& e) {
      ADD_FAILURE() << "ReadError " << to_string(e.code()) << " " << e.detail();
      continue;
    }
    EXPECT_EQ(wb.format, exp.format);
    for (const auto& [sheet, count] : exp.nonempty) {
      const Sheet* s = wb.sheet(sheet);
      ASSERT_NE(s, nullptr) << sheet;
      EXPECT_EQ(nonempty(*s), count) << sheet;
    }
    for (const Pin& p : exp.pins) {
      const Sheet* s = wb.sheet(p.sheet);
      ASSERT_NE(s, nullptr) << p.sheet;
      const auto ref = parse_a1(p.a1);
      const Cell* c = s->find(ref->row, ref->col);
      ASSERT_NE(c, nullptr) << p.a1;
      EXPECT_EQ(wb.raw(*c), p.raw) << p.a1;
      if (p.kind) {
        EXPECT_EQ(c->kind, *p.kind) << p.a1;
      }
      if (!p.format.empty()) {
        EXPECT_EQ(wb.format_of(*c).code, p.format) << p.a1;
      }
    }
  }
}

// Amounts "dddd.dd" (optionally negative) as exact cents.
std::optional<int64_t> cents(std::string_view s) {
  static const std::regex re(R"(^(-?)(\d+)\.(\d\d)$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(s.begin(), s.end(), m, re)) return std::nullopt;
  const int64_t v = std::stoll(m[2].str()) * 100 + std::stoll(m[3].str());
  return m[1].length() ? -v : v;
}

TEST(RealData, KulonProgoWrappedRecordsAreRecoveredIntoSevenColumns) {
  const std::string path = test::realdata_dir() + "/" + kKp + ".csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no realdata";
  const Workbook wb = read_workbook(path);
  size_t wrapped = 0, hybrid = 0;
  std::string hybrid_cell;
  for (const Diagnostic& d : wb.diagnostics) {
    if (d.code != "csv.wrapped_record") continue;
    ++wrapped;
    if (d.detail.find("hybrid") != std::string::npos) {
      ++hybrid;
      hybrid_cell = d.cell;
    }
  }
  EXPECT_EQ(wrapped, 150u);
  EXPECT_EQ(hybrid, 1u);
  EXPECT_EQ(hybrid_cell, "A13:G13");
  // After recovery every amount row has Sebelum, Sesudah and Angka in C, D, E, nothing lies
  // beyond G, and Angka = Sesudah - Sebelum on every one of them (README: all 1,645 rows).
  const Sheet& s = wb.sheets.at(0);
  size_t amount_rows = 0;
  for (const Cell& c : s.cells) {
    EXPECT_LE(c.col, 6u) << to_a1(c.row, c.col);
    if (c.col != 2 || !cents(wb.raw(c))) continue;
    ++amount_rows;
    const Cell* d = s.find(c.row, 3);
    const Cell* e = s.find(c.row, 4);
    ASSERT_TRUE(d && e) << "row " << c.row + 1;
    const auto before = cents(wb.raw(c)), after = cents(wb.raw(*d)), change = cents(wb.raw(*e));
    ASSERT_TRUE(before && after && change) << "row " << c.row + 1;
    EXPECT_EQ(*change, *after - *before) << "row " << c.row + 1;
  }
  EXPECT_EQ(amount_rows, 1645u);
}

}  // namespace
}  // namespace sakip
