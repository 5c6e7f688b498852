// HTML-table reader over the hand-made fixtures in fixtures/html (see its README). Expected
// values are read off the fixture markup: the sdval / x:num attribute texts, the sdnum format
// after its second ';', and the grid positions worked out by hand with the HTML table layout
// rules (a cell goes to the first column not covered by a rowspan from above).
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

const Cell* cell(const Workbook& wb, size_t sheet, const char* a1) {
  const auto ref = parse_a1(a1);
  return wb.sheets.at(sheet).find(ref->row, ref->col);
}

std::string raw(const Workbook& wb, size_t sheet, const char* a1) {
  const Cell* c = cell(wb, sheet, a1);
  return c ? std::string(wb.raw(*c)) : std::string("<none>");
}

std::vector<std::string> merges(const Sheet& s) {
  std::vector<std::string> out;
  for (const Merge& m : s.merges) out.push_back(to_a1(m.range));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(HtmlReader, LibreOfficeSdvalIsTheNumberAndSdnumTheFormat) {
  const Workbook wb = read_workbook(fixture("html/libreoffice_sdval.html"));
  EXPECT_EQ(wb.format, FileFormat::Html);
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "Table 1");
  EXPECT_EQ(raw(wb, 0, "A2"), "Perencanaan Pembangunan");  // &nbsp; read as a space
  const Cell* pct = cell(wb, 0, "B2");                     // shown "100%", sdval="1"
  ASSERT_NE(pct, nullptr);
  EXPECT_EQ(pct->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*pct), "1");
  EXPECT_EQ(wb.format_of(*pct).code, "0%");
  EXPECT_TRUE(wb.format_of(*pct).percent);
  const Cell* rp = cell(wb, 0, "C2");  // shown "11,566,246,594"
  ASSERT_NE(rp, nullptr);
  EXPECT_EQ(rp->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*rp), "11566246594");
  EXPECT_EQ(wb.format_of(*rp).code, "#,##0");
  EXPECT_EQ(raw(wb, 0, "B3"), "0.755");
  EXPECT_EQ(wb.format_of(*cell(wb, 0, "B3")).code, "0.0%");
  const Cell* dash = cell(wb, 0, "C3");  // shown " - ", sdval="0"
  ASSERT_NE(dash, nullptr);
  EXPECT_EQ(dash->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*dash), "0");
  EXPECT_EQ(wb.format_of(*dash).code, "_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-");
  EXPECT_EQ(raw(wb, 0, "A3"), "Pengendalian & Evaluasi");
  EXPECT_EQ(raw(wb, 0, "A4"), "Kode 2,01");
  EXPECT_EQ(cell(wb, 0, "B4")->format, 0u);  // sdnum="1033;" is the default format
  EXPECT_EQ(raw(wb, 0, "C4"), "<none>");     // only &nbsp;
  EXPECT_EQ(wb.cell_count(), 11u);
}

TEST(HtmlReader, ExcelXnumAndXstr) {
  const Workbook wb = read_workbook(fixture("html/excel_xnum.html"));
  EXPECT_EQ(raw(wb, 0, "A2"), "Belanja Pegawai");  // a source line break is whitespace
  const Cell* b2 = cell(wb, 0, "B2");
  ASSERT_NE(b2, nullptr);
  EXPECT_EQ(b2->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*b2), "1234567.5");  // x:num wins over the shown "1.234.567,50"
  EXPECT_EQ(cell(wb, 0, "C2")->kind, CellKind::Text);  // x:str keeps "007" text
  EXPECT_EQ(raw(wb, 0, "C2"), "007");
  EXPECT_EQ(cell(wb, 0, "B3")->kind, CellKind::Number);  // bare x:num on "2500"
  EXPECT_EQ(raw(wb, 0, "B3"), "2500");
  EXPECT_EQ(cell(wb, 0, "C3")->kind, CellKind::Text);  // bare x:num on "n/a"
}

TEST(HtmlReader, RowspanColspanGrid) {
  const Workbook wb = read_workbook(fixture("html/spans.html"));
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(merges(s), (std::vector<std::string>{"A1:A2", "A5:C5", "B1:B2", "B3:B4", "C1:D1", "E1:E3"}));
  EXPECT_EQ(raw(wb, 0, "C2"), "Target");  // row 2 starts after the two rowspans
  EXPECT_EQ(raw(wb, 0, "D2"), "Rp");
  EXPECT_EQ(raw(wb, 0, "B3"), "S1");
  EXPECT_EQ(raw(wb, 0, "A4"), "T2");
  EXPECT_EQ(raw(wb, 0, "C4"), "4");  // B4 is covered by S1's rowspan
  EXPECT_EQ(raw(wb, 0, "E4"), "Sumedang");
  EXPECT_EQ(raw(wb, 0, "D5"), "300");  // rowspan=9 cut at the last row: no merge
  EXPECT_EQ(wb.cell_count(), 16u);
}

TEST(HtmlReader, TwoTablesAndANestedTableAreThreeSheets) {
  const Workbook wb = read_workbook(fixture("html/two_tables.html"));
  ASSERT_EQ(wb.sheets.size(), 3u);
  EXPECT_EQ(wb.sheets[0].name, "Table 1");
  EXPECT_EQ(wb.sheets[1].name, "Table 2");
  EXPECT_EQ(wb.sheets[2].name, "Table 3");
  EXPECT_EQ(raw(wb, 0, "A1"), "Satu");
  EXPECT_EQ(raw(wb, 1, "A1"), "Dua\nbaris");
  EXPECT_EQ(raw(wb, 1, "B1"), "banyak spasi di sini");
  EXPECT_EQ(raw(wb, 1, "A2"), "luar sesudah");  // the inner table's text is not repeated here
  EXPECT_EQ(raw(wb, 1, "B2"), "<b> \xE2\x82\xAC" "5");
  EXPECT_EQ(raw(wb, 2, "A1"), "dalam");
}

TEST(HtmlReader, XlsNamedHtml) {
  const Workbook wb = read_workbook(fixture("html/html_named.xls"));
  EXPECT_EQ(wb.format, FileFormat::Html);
  EXPECT_EQ(raw(wb, 0, "B2"), "100");
}

class HtmlTemp : public sakip::test::TempDirTest {
 protected:
  static std::string repeat(std::string_view s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
  }
};

TEST_F(HtmlTemp, HundredThousandNestedElementsDoNotOverflow) {
  const std::string path = write("deep.html", "<table><tr><td>" + repeat("<div>", 100000) + "x" +
                                                  repeat("</div>", 100000) + "</td></tr></table>");
  const Workbook wb = read_workbook(path);
  EXPECT_EQ(raw(wb, 0, "A1"), "x");
}

TEST_F(HtmlTemp, HundredThousandNestedTablesAreCapped) {
  const std::string path = write("deep_tables.html", repeat("<table><tr><td>", 100000) + "y");
  const Workbook wb = read_workbook(path);
  EXPECT_LE(wb.sheets.size(), ReadLimits{}.max_xml_depth);
  bool noted = false;
  for (const auto& d : wb.diagnostics) noted |= d.code == "html.tables_ignored";
  EXPECT_TRUE(noted);
}

TEST_F(HtmlTemp, HugeSpansAreCutToTheGrid) {
  const std::string path =
      write("spans.html", "<table><tr><td colspan=99999 rowspan=99999>a</td><td>b</td></tr></table>");
  const Workbook wb = read_workbook(path);
  ASSERT_EQ(wb.sheets[0].merges.size(), 1u);
  // colspan is capped at 1000 (HTML's own limit); the rowspan is cut at the table's one row
  EXPECT_EQ(to_a1(wb.sheets[0].merges[0].range), "A1:" + column_letters(999) + "1");
  EXPECT_EQ(raw(wb, 0, "A1"), "a");
  const Cell* b = wb.sheets[0].find(0, 1000);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(wb.raw(*b), "b");
}

TEST_F(HtmlTemp, DisplayNoneRowsAreHidden) {
  // Excel's export of a sheet whose row 2 is hidden
  const Workbook wb = read_workbook(write("hidden.html",
      "<table><tr><td>a</td></tr><tr height=0 style='display:none'><td>lama</td></tr>"
      "<tr style=\"color: red; DISPLAY : None\"><td>b</td></tr><tr><td>c</td></tr></table>"));
  EXPECT_EQ(wb.sheets[0].hidden_rows, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(raw(wb, 0, "A2"), "lama");  // hidden data is still read
}

TEST_F(HtmlTemp, LongCellIsCutWithADiagnostic) {
  const std::string path = write("long.html", "<table><tr><td>" + std::string(5000, 'z') + "</td><td>ok</td></tr></table>");
  ReadOptions opt;
  opt.limits.max_cell_bytes = 100;
  const Workbook wb = read_workbook(path, opt);
  EXPECT_EQ(raw(wb, 0, "A1").size(), 100u);
  EXPECT_EQ(raw(wb, 0, "B1"), "ok");
  ASSERT_FALSE(wb.diagnostics.empty());
  EXPECT_EQ(wb.diagnostics[0].code, "html.cell_truncated");
}

TEST_F(HtmlTemp, CutNeverSplitsACharacter) {
  // "abcd" then 'é' (2 bytes): a cap of 5 bytes keeps "abcd"
  ReadOptions opt;
  opt.limits.max_cell_bytes = 5;
  const Workbook wb = read_workbook(write("cut.html", "<table><tr><td>abcd\xC3\xA9xyz</td></tr></table>"), opt);
  EXPECT_EQ(raw(wb, 0, "A1"), "abcd");
}

TEST_F(HtmlTemp, PageWithoutATableIsNotAWorkbook) {
  const std::string path = write("page.html", "<html><body><p>Tidak ada tabel</p></body></html>");
  try {
    read_workbook(path);
    FAIL() << "expected ReadError";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::UnknownFormat);
  }
}

TEST_F(HtmlTemp, Utf16HtmlAndWindows1252Html) {
  std::string u16("\xFF\xFE", 2);
  for (char c : std::string_view("<table><tr><td>Bel</td></tr></table>")) {
    u16.push_back(c);
    u16.push_back('\0');
  }
  EXPECT_EQ(raw(read_workbook(write("u16.html", u16)), 0, "A1"), "Bel");
  // 0x96 is the en dash in Windows-1252; <meta charset> claims UTF-8 but the bytes are not
  const Workbook wb = read_workbook(write("cp.html", "<html><meta charset=\"utf-8\"><table><tr><td>a \x96 b</td></tr></table>"));
  EXPECT_EQ(raw(wb, 0, "A1"), "a \xE2\x80\x93 b");
}

}  // namespace
}  // namespace sakip
