// read_xlsx / read_workbook on the committed fixtures. Expected values come from the fixture
// definitions (tools/make_fixtures.cpp, tools/make_handmade_xlsx.py, fixtures/xlsx/README.md)
// and, for the real files, from /work/shared/realdata/README.md.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

using test::fixture;

const Cell& cell(const Workbook& wb, std::string_view sheet, const char* a1) {
  const Sheet* s = wb.sheet(sheet);
  if (!s) throw std::runtime_error("no sheet " + std::string(sheet));
  const auto r = parse_a1(a1);
  const Cell* c = s->find(r->row, r->col);
  if (!c) throw std::runtime_error("no cell " + std::string(a1));
  return *c;
}

ReadErrorCode error_of(const std::string& path, const ReadOptions& opt = {}) {
  try {
    read_workbook(path, opt);
  } catch (const ReadError& e) {
    return e.code();
  }
  ADD_FAILURE() << "read without error: " << path;
  return ReadErrorCode::Unsupported;
}

bool has_diag(const Workbook& wb, std::string_view code) {
  for (const auto& d : wb.diagnostics)
    if (d.code == code) return true;
  return false;
}

TEST(XlsxReader, BasicSheetsStatesAndOrder) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  EXPECT_EQ(wb.format, FileFormat::Xlsx);
  ASSERT_EQ(wb.sheets.size(), 6u);
  const char* names[] = {"Angka", "Teks", "Rumus", "Gabung", "Tersembunyi", "Batas"};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(wb.sheets[i].name, names[i]);
  EXPECT_EQ(wb.sheets[4].state, SheetState::Hidden);
  EXPECT_EQ(wb.sheets[0].state, SheetState::Visible);
  EXPECT_EQ(wb.date_system, DateSystem::D1900);
}

TEST(XlsxReader, NumbersAndTheirFormats) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  const Cell& pct = cell(wb, "Angka", "B1");
  EXPECT_EQ(pct.number, 0.1234);
  EXPECT_EQ(wb.raw(pct), "0.1234");
  EXPECT_TRUE(wb.format_of(pct).percent);
  EXPECT_EQ(wb.format_of(pct).decimals, 2);
  EXPECT_EQ(wb.format_of(cell(wb, "Angka", "B2")).code, "#,##0");
  EXPECT_EQ(cell(wb, "Angka", "B2").number, 1234567);
  EXPECT_EQ(wb.format_of(cell(wb, "Angka", "B3")).code, "[$Rp-421]#,##0.00");
  EXPECT_EQ(cell(wb, "Angka", "B3").number, 1500000.5);
  EXPECT_TRUE(wb.format_of(cell(wb, "Angka", "B4")).date);
  EXPECT_EQ(cell(wb, "Angka", "B4").number, 45366);  // 2024-03-15
  EXPECT_EQ(wb.raw(cell(wb, "Angka", "B5")), "3297504548.25");
  EXPECT_EQ(cell(wb, "Angka", "B6").number, -573082029200.0);
  EXPECT_EQ(cell(wb, "Angka", "B7").kind, CellKind::Boolean);
  EXPECT_EQ(cell(wb, "Angka", "B7").number, 1);
  EXPECT_EQ(cell(wb, "Angka", "B8").number, 0);
  EXPECT_EQ(cell(wb, "Angka", "B9").kind, CellKind::Blank);  // styled blank
}

TEST(XlsxReader, SharedStringsAreStoredOnce) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  EXPECT_EQ(wb.raw(cell(wb, "Teks", "B4")), "Dinas Pendidikan, Pemuda dan Olahraga \xE2\x80\x93 Kab. Bantul");
  EXPECT_EQ(wb.raw(cell(wb, "Teks", "A2")), "5.1.01");
  EXPECT_EQ(cell(wb, "Teks", "A2").kind, CellKind::Text);
  EXPECT_EQ(cell(wb, "Teks", "B2").raw, cell(wb, "Teks", "B5").raw);  // same pool id
}

TEST(XlsxReader, FormulasKeepCachedValues) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  EXPECT_EQ(wb.formula(cell(wb, "Rumus", "A3")), "SUM(A1:A2)");
  EXPECT_EQ(cell(wb, "Rumus", "A3").number, 30);
  EXPECT_EQ(cell(wb, "Rumus", "B1").number, 0.5);
  EXPECT_EQ(wb.raw(cell(wb, "Rumus", "B2")), "Rp 10");
  EXPECT_EQ(cell(wb, "Rumus", "B3").number, 60);
}

TEST(XlsxReader, MergesHiddenRowsAndColumnsOutline) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  const Sheet& s = *wb.sheet("Gabung");
  ASSERT_EQ(s.merges.size(), 2u);
  EXPECT_EQ(to_a1(s.merges[0].range), "A1:D1");
  EXPECT_EQ(to_a1(s.merges[1].range), "A2:A3");
  EXPECT_TRUE(s.row_hidden(4));
  EXPECT_FALSE(s.row_hidden(3));
  EXPECT_EQ(s.hidden_cols, std::vector<uint32_t>{2});
  ASSERT_EQ(s.row_outline.size(), 1u);
  EXPECT_EQ(s.row_outline[0].first, 5u);
  EXPECT_EQ(cell(wb, "Gabung", "C4").number, 7);
}

TEST(XlsxReader, LastCellOfTheGrid) {
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"));
  EXPECT_EQ(cell(wb, "Batas", "XFD1048576").number, 42);
  EXPECT_EQ(wb.sheet("Batas")->cells.size(), 2u);
}

TEST(XlsxReader, OnlySheetReadsOneSheet) {
  ReadOptions opt;
  opt.only_sheet = "Rumus";
  const Workbook wb = read_workbook(fixture("xlsx/basic.xlsx"), opt);
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "Rumus");
  EXPECT_EQ(cell(wb, "Rumus", "A3").number, 30);
}

TEST(XlsxReader, HandmadeInlineRichEscapes) {
  const Workbook wb = read_workbook(fixture("xlsx/handmade/inline_strings.xlsx"));
  EXPECT_EQ(wb.raw(cell(wb, "Inline", "A1")), "Belanja Modal");
  EXPECT_EQ(wb.raw(cell(wb, "Inline", "D1")), "a < b & c");
  EXPECT_EQ(wb.raw(cell(wb, "Inline", "A2")), "Anggaran Murni");
  EXPECT_EQ(wb.raw(cell(wb, "Inline", "B2")), "Kab.");
  EXPECT_EQ(wb.raw(cell(wb, "Inline", "C2")), "baris1\r\nbaris2");
  const Workbook sst = read_workbook(fixture("xlsx/handmade/rich_shared_strings.xlsx"));
  const char* expected[] = {"Dinas Pendidikan", "Belanja Langsung", "Kab.", "baris1\r\nbaris2",
                            "_x000D_ tetap", "", "  spasi  ", "tab\takhir"};
  for (int i = 0; i < 8; ++i) {
    const std::string a1 = "A" + std::to_string(i + 1);
    EXPECT_EQ(sst.raw(cell(sst, "Teks", a1.c_str())), expected[i]) << a1;
  }
}

TEST(XlsxReader, HandmadeStructure) {
  const Workbook nr = read_workbook(fixture("xlsx/handmade/no_refs.xlsx"));
  EXPECT_EQ(cell(nr, "TanpaRef", "F1").number, 6);
  EXPECT_EQ(nr.raw(cell(nr, "TanpaRef", "A2")), "dua");
  EXPECT_EQ(cell(nr, "TanpaRef", "B6").number, 62);
  const Workbook d = read_workbook(fixture("xlsx/handmade/date1904.xlsx"));
  EXPECT_EQ(d.date_system, DateSystem::D1904);
  EXPECT_EQ(cell(d, "Tanggal", "C1").number, 43904);  // 2024-03-15 counted from 1904-01-01
  EXPECT_TRUE(d.format_of(cell(d, "Tanggal", "C1")).date);
  const Workbook sf = read_workbook(fixture("xlsx/handmade/shared_formulas.xlsx"));
  EXPECT_EQ(sf.formula(cell(sf, "Rumus", "C3")), "A3+B3");
  EXPECT_EQ(sf.formula(cell(sf, "Rumus", "F1")), "$A$1*C1");
  EXPECT_EQ(cell(sf, "Rumus", "F1").number, 11);
  const Workbook ab = read_workbook(fixture("xlsx/handmade/absolute_targets.xlsx"));
  EXPECT_EQ(ab.raw(cell(ab, "Absolut", "A1")), "Target absolut");
  const Workbook px = read_workbook(fixture("xlsx/handmade/prefixed_namespace.xlsx"));
  EXPECT_EQ(px.raw(cell(px, "Prefiks", "A1")), "Nama");
  EXPECT_EQ(cell(px, "Prefiks", "B1").number, 2.5);
  EXPECT_EQ(px.sheets[0].merges.size(), 1u);
  const Workbook st = read_workbook(fixture("xlsx/handmade/states_and_errors.xlsx"));
  EXPECT_EQ(st.sheets[1].state, SheetState::Hidden);
  EXPECT_EQ(st.sheets[2].state, SheetState::VeryHidden);
  EXPECT_EQ(st.raw(cell(st, "Terlihat", "C1")), "#DIV/0!");
  EXPECT_EQ(cell(st, "Terlihat", "D1").kind, CellKind::Error);
  const Workbook m = read_workbook(fixture("xlsx/handmade/macro.xlsm"));
  EXPECT_EQ(m.format, FileFormat::Xlsm);
  EXPECT_EQ(cell(m, "Makro", "A1").number, 3.5);
}

TEST(XlsxReader, BadInputsGiveTheRightError) {
  EXPECT_EQ(error_of(fixture("xlsx/bad/not_a_zip.xlsx")), ReadErrorCode::NotAZip);
  EXPECT_EQ(error_of(fixture("xlsx/bad/missing_sheet_part.xlsx")), ReadErrorCode::MissingPart);
  EXPECT_EQ(error_of(fixture("xlsx/bad/corrupt_sheet_xml.xlsx")), ReadErrorCode::CorruptXml);
  EXPECT_EQ(error_of(fixture("xlsx/bad/doctype_sheet.xlsx")), ReadErrorCode::CorruptXml);
  EXPECT_EQ(error_of(fixture("xlsx/bad/binary_workbook.xlsb")), ReadErrorCode::Xlsb);
  EXPECT_EQ(error_of(fixture("xlsx/bad/bomb.xlsx")), ReadErrorCode::LimitExceeded);
  EXPECT_EQ(error_of(fixture("xlsx/bad/encrypted.xlsx")), ReadErrorCode::Encrypted);
  EXPECT_EQ(error_of(fixture("xlsx/bad/empty.xlsx")), ReadErrorCode::Empty);
  EXPECT_EQ(error_of(fixture("xlsx")), ReadErrorCode::NotAFile);
  EXPECT_EQ(error_of(fixture("xlsx/bad/no_such_file.xlsx")), ReadErrorCode::NotFound);
  ReadOptions few;
  few.limits.max_cells = 10;
  EXPECT_EQ(error_of(fixture("xlsx/basic.xlsx"), few), ReadErrorCode::LimitExceeded);
}

TEST(XlsxReader, ErrorsNameThePart) {
  try {
    read_workbook(fixture("xlsx/bad/missing_sheet_part.xlsx"));
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.detail(), "xl/worksheets/sheet2.xml");
  }
  try {
    read_workbook(fixture("xlsx/bad/corrupt_sheet_xml.xlsx"));
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_NE(e.detail().find("xl/worksheets/sheet1.xml:4"), std::string::npos) << e.detail();
  }
}

TEST(XlsxReader, MissingWorkbookPart) {
  // the sniffer already calls a package without workbook.xml an unknown zip; the reader itself
  // names the part
  try {
    read_xlsx(fixture("xlsx/bad/no_workbook_part.xlsx"), {});
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::MissingPart);
    EXPECT_EQ(e.detail(), "xl/workbook.xml");
  }
}

TEST(XlsxReader, WorkbookFoundThroughContentTypes) {
  const Workbook wb = read_xlsx(fixture("xlsx/bad/workbook_by_content_type.xlsx"), {});
  EXPECT_EQ(cell(wb, "Buku", "A1").number, 11);
}

TEST(XlsxReader, BrokenOptionalPartsAreDiagnostics) {
  const Workbook a = read_workbook(fixture("xlsx/bad/corrupt_styles_and_missing_sst.xlsx"));
  EXPECT_EQ(cell(a, "Sebagian", "B1").number, 9);
  EXPECT_TRUE(has_diag(a, "xlsx.optional_part_unreadable"));
  const Workbook b = read_workbook(fixture("xlsx/bad/missing_shared_strings.xlsx"));
  EXPECT_EQ(cell(b, "Teks", "B1").number, 4);
  EXPECT_TRUE(has_diag(b, "xlsx.optional_part_unreadable"));
  const Workbook d = read_workbook(fixture("xlsx/bad/no_workbook_rels.xlsx"));
  EXPECT_EQ(cell(d, "TanpaRels", "A1").number, 8);
  EXPECT_TRUE(has_diag(d, "xlsx.sheet_part_guessed"));
  const Workbook e = read_workbook(fixture("xlsx/bad/broken_shared_strings.xlsx"));
  EXPECT_EQ(e.raw(cell(e, "Teks", "A1")), "satu");
  EXPECT_EQ(e.raw(cell(e, "Teks", "B1")), "dua");
  EXPECT_EQ(e.sheet("Teks")->find(0, 2), nullptr);
  EXPECT_TRUE(has_diag(e, "xlsx.optional_part_unreadable"));
  const Workbook c = read_workbook(fixture("xlsx/bad/out_of_grid.xlsx"));
  EXPECT_EQ(c.sheets[0].cells.size(), 3u);
  EXPECT_EQ(cell(c, "Luar", "B1").number, 3);
  EXPECT_TRUE(has_diag(c, "xlsx.ref_out_of_grid"));
}

TEST(XlsxReader, CliSaysOneLineAndExits3) {
  for (const char* f : {"xlsx/bad/not_a_zip.xlsx", "xlsx/bad/corrupt_sheet_xml.xlsx", "xlsx/bad/bomb.xlsx",
                        "xlsx/bad/encrypted.xlsx", "xlsx/bad/binary_workbook.xlsb", "xlsx/bad/empty.xlsx",
                        "xlsx/bad/missing_sheet_part.xlsx"}) {
    SCOPED_TRACE(f);
    std::string out;
    const std::string path = fixture(f);
    const int rc = test::run(test::sakipcheck_binary() + " cells '" + path + "' 2>&1", &out);
    EXPECT_EQ(rc, 3);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
    EXPECT_NE(out.find(path), std::string::npos) << out;
  }
}

TEST(XlsxReader, RealFiles) {
  const std::string dir = test::realdata_dir();
  if (dir.empty()) GTEST_SKIP() << "no shared real data";
  const Workbook bantul = read_workbook(dir + "/bantul_2015_penjabaran_apbd_dikdas.xlsx");
  ASSERT_EQ(bantul.sheets.size(), 1u);
  EXPECT_EQ(bantul.sheets[0].name, "dinas pendidikan dasar 2015 xl ");  // trailing space kept
  size_t cr = 0, raw_escape = 0;
  for (const Cell& c : bantul.sheets[0].cells) {
    const std::string_view t = bantul.raw(c);
    cr += std::count(t.begin(), t.end(), '\r');
    raw_escape += t.find("_x000D_") != std::string_view::npos;
  }
  EXPECT_GT(cr, 0u);
  EXPECT_EQ(raw_escape, 0u);
  // README: 1,424 _x000D_ in the shared strings. Each became one CR, and each shared string is
  // stored once in the pool however many cells use it.
  size_t pool_cr = 0;
  for (size_t id = 1; id <= bantul.strings.size(); ++id) {
    const std::string_view t = bantul.strings.get(static_cast<uint32_t>(id));
    pool_cr += std::count(t.begin(), t.end(), '\r');
  }
  EXPECT_EQ(pool_cr, 1424u);
  EXPECT_EQ(bantul.raw(cell(bantul, bantul.sheets[0].name, "B8")), "BELANJA");
  const Workbook deli = read_workbook(dir + "/deliserdang_2025_evaluasi_renja_bappedalitbang.xlsx");
  const Sheet& s = *deli.sheet("Realisasi TW IV");
  EXPECT_EQ(s.merges.size(), 46u);
  size_t formulas = 0;
  for (const Cell& c : s.cells) formulas += c.formula != 0;
  EXPECT_EQ(formulas, 1119u);
  EXPECT_EQ(deli.formula(cell(deli, "Realisasi TW IV", "AE64")), "M64+AF64");  // README: wrong column
  EXPECT_EQ(cell(deli, "Realisasi TW IV", "AC11").number, 12023973159.0);      // README figure
}

}  // namespace
}  // namespace sakip
