// Differential test of the hand-written worksheet scanner (ingest/xlsx_sheet_scanner.*) against
// the reference, expat (ingest/xml_sax.*), which stays the truth: on every xlsx fixture, every
// real xlsx, a generated 2,000-row DPA workbook and a few hundred randomly mutated sheet XMLs,
// reading through the scanner (or its expat fallback when it declines) gives exactly the
// Workbook the expat-only path gives: every cell field, the whole string pool, merges, hidden
// rows and columns, outline levels, diagnostics, or the same ReadError.
#include "ingest/xlsx_sheet_scanner.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/xlsx_sheet_parser.h"
#include "ingest/zip_archive.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

namespace fs = std::filesystem;

// Every difference between two workbooks, as text (empty when equal).
std::string differences(const Workbook& a, const Workbook& b) {
  std::string d;
  auto note = [&](const std::string& s) {
    if (d.size() < 2000) d += s + "\n";
  };
  if (a.strings.size() != b.strings.size())
    note("string pool size " + std::to_string(a.strings.size()) + " vs " + std::to_string(b.strings.size()));
  for (size_t i = 0; i < std::min(a.strings.size(), b.strings.size()); ++i) {
    if (a.strings.get(static_cast<uint32_t>(i)) != b.strings.get(static_cast<uint32_t>(i))) {
      note("string " + std::to_string(i) + ": " + std::string(a.strings.get(static_cast<uint32_t>(i))) + " vs " +
           std::string(b.strings.get(static_cast<uint32_t>(i))));
      break;
    }
  }
  if (a.formats.size() != b.formats.size()) note("formats");
  if (a.diagnostics.size() != b.diagnostics.size()) note("diagnostic count");
  for (size_t i = 0; i < std::min(a.diagnostics.size(), b.diagnostics.size()); ++i) {
    const Diagnostic &x = a.diagnostics[i], &y = b.diagnostics[i];
    if (x.code != y.code || x.sheet != y.sheet || x.cell != y.cell || x.detail != y.detail)
      note("diagnostic " + std::to_string(i) + ": " + x.code + " " + x.cell + " " + x.detail + " vs " + y.code +
           " " + y.cell + " " + y.detail);
  }
  if (a.sheets.size() != b.sheets.size()) {
    note("sheet count");
    return d;
  }
  for (size_t s = 0; s < a.sheets.size(); ++s) {
    const Sheet &x = a.sheets[s], &y = b.sheets[s];
    if (x.name != y.name || x.state != y.state) note("sheet " + x.name + " name/state");
    if (x.hidden_rows != y.hidden_rows) note("sheet " + x.name + " hidden rows");
    if (x.hidden_cols != y.hidden_cols) note("sheet " + x.name + " hidden cols");
    if (x.row_outline != y.row_outline) note("sheet " + x.name + " outline");
    if (x.merges.size() != y.merges.size()) note("sheet " + x.name + " merges");
    for (size_t i = 0; i < std::min(x.merges.size(), y.merges.size()); ++i)
      if (!(x.merges[i].range == y.merges[i].range)) note("sheet " + x.name + " merge " + std::to_string(i));
    if (x.cells.size() != y.cells.size())
      note("sheet " + x.name + " cells " + std::to_string(x.cells.size()) + " vs " + std::to_string(y.cells.size()));
    for (size_t i = 0; i < std::min(x.cells.size(), y.cells.size()); ++i) {
      const Cell &p = x.cells[i], &q = y.cells[i];
      if (p.row != q.row || p.col != q.col || p.kind != q.kind ||
          std::memcmp(&p.number, &q.number, sizeof p.number) != 0 || p.raw != q.raw || p.formula != q.formula ||
          p.format != q.format || a.raw(p) != b.raw(q) || a.formula(p) != b.formula(q)) {
        note("sheet " + x.name + " cell " + std::to_string(p.row) + "," + std::to_string(p.col) + " differs");
        break;
      }
    }
  }
  return d;
}

struct Outcome {
  Workbook wb;
  std::string error;  // "code: detail" when the read threw ReadError
};

Outcome read_file(const std::string& path, bool reference) {
  Outcome o;
  ReadOptions opt;
  opt.reference_xml_parser = reference;
  try {
    o.wb = read_xlsx(path, opt);
  } catch (const ReadError& e) {
    o.error = std::string(to_string(e.code())) + ": " + e.detail();
  }
  return o;
}

void expect_same_read(const std::string& path) {
  SCOPED_TRACE(path);
  const Outcome fast = read_file(path, false);
  const Outcome ref = read_file(path, true);
  EXPECT_EQ(fast.error, ref.error);
  EXPECT_EQ(differences(fast.wb, ref.wb), "");
}

bool is_xlsx(const fs::path& p) {
  const std::string e = p.extension().string();
  return e == ".xlsx" || e == ".xlsm" || e == ".XLSX";
}

TEST(XlsxSheetScanner, EveryFixtureReadsAsWithExpat) {
  size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(test::fixture(""))) {
    if (!entry.is_regular_file() || !is_xlsx(entry.path())) continue;
    expect_same_read(entry.path().string());
    ++n;
  }
  EXPECT_GT(n, 10u);
}

TEST(XlsxSheetScanner, EveryRealFileReadsAsWithExpat) {
  size_t n = 0;
  for (const std::string& f : test::realdata_files()) {
    if (!is_xlsx(f)) continue;
    expect_same_read(f);
    ++n;
  }
  if (!test::realdata_dir().empty()) EXPECT_GT(n, 0u);
}

struct NullHandler : XmlHandler {
  size_t starts = 0;
  void start(std::string_view, XmlAttrs) override { ++starts; }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// Why the scanner declines a part, or "" when it takes it.
std::string scan_part(const std::string& xml, size_t chunk, size_t* starts = nullptr) {
  NullHandler h;
  XmlScanner scanner(h, "part", ReadLimits::defaults());
  try {
    for (size_t i = 0; i < xml.size(); i += chunk) scanner.feed(xml.data() + i, std::min(chunk, xml.size() - i));
    scanner.finish();
  } catch (const XmlScanDeclined& d) {
    return d.why;
  }
  if (starts) *starts = h.starts;
  return "";
}

// The worksheets of the real files are plain enough for the fast path (else it is no fast path).
TEST(XlsxSheetScanner, RealWorksheetsTakeTheFastPath) {
  size_t parts = 0;
  for (const std::string& f : test::realdata_files()) {
    if (!is_xlsx(f)) continue;
    ZipArchive zip(f, ReadLimits::defaults());
    for (const std::string& name : zip.names()) {
      if (name.rfind("xl/worksheets/sheet", 0) != 0) continue;
      SCOPED_TRACE(f + " " + name);
      size_t starts = 0;
      EXPECT_EQ(scan_part(zip.read_all(name), 4093, &starts), "");
      EXPECT_GT(starts, 0u);
      ++parts;
    }
  }
  if (!test::realdata_dir().empty()) EXPECT_GT(parts, 0u);
}

// A DPA-like workbook as libxlsxwriter writes it (the shape of the issue 2 benchmark).
std::string write_dpa(const fs::path& dir, int rows, bool accent_at_end = false) {
  const std::string path = (dir / (accent_at_end ? "dpa_accent.xlsx" : "dpa.xlsx")).string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "DPA");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0.00");
  const char* items[] = {"Belanja Gaji & Tunjangan ASN", "Belanja <ATK>", "Belanja \"Cetak\"", "Belanja Air"};
  for (int r = 0; r < rows; ++r) {
    const auto row = static_cast<lxw_row_t>(r);
    const std::string code = "5.1.02." + std::to_string(r % 100);
    worksheet_write_string(ws, row, 0, code.c_str(), nullptr);
    worksheet_write_string(ws, row, 1, items[r % 4], nullptr);
    worksheet_write_number(ws, row, 2, r * 1000.5, money);
    worksheet_write_number(ws, row, 3, r * 999.0, money);
    const std::string f = "=C" + std::to_string(r + 1) + "-D" + std::to_string(r + 1);
    worksheet_write_formula_num(ws, row, 4, f.c_str(), money, r * 1.5);
    if (r % 50 == 0) worksheet_write_boolean(ws, row, 5, r % 100 == 0, nullptr);
    if (r % 97 == 0) worksheet_set_row_opt(ws, row, LXW_DEF_ROW_HEIGHT, nullptr, nullptr);
  }
  // a cached formula string with a non-ASCII letter near the end: the scanner declines there,
  // after it has stored most of the sheet, and the reader must undo all of it
  if (accent_at_end)
    worksheet_write_formula_str(ws, static_cast<lxw_row_t>(rows - 3), 6, "=\"Kafe\"", nullptr, "Caf\xC3\xA9");
  lxw_row_col_options hidden = {};
  hidden.hidden = 1;
  worksheet_set_row_opt(ws, 7, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
  worksheet_merge_range(ws, static_cast<lxw_row_t>(rows), 0, static_cast<lxw_row_t>(rows), 3, "Jumlah", nullptr);
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  return path;
}

TEST(XlsxSheetScanner, GeneratedDpaIsScannedAndALateDeclineIsUndone) {
  const fs::path dir = fs::temp_directory_path() / ("sakip_scanner_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = write_dpa(dir, 2000);
  expect_same_read(path);
  // the fast path must actually take this ordinary sheet (else it is no fast path)
  ZipArchive zip(path, ReadLimits::defaults());
  const std::string xml = zip.read_all("xl/worksheets/sheet1.xml");
  size_t starts = 0;
  EXPECT_EQ(scan_part(xml, 777, &starts), "");
  EXPECT_GT(starts, 2000u * 5);
  // declined near the end: the fallback result is expat's, strings and diagnostics included.
  // The part is over 1 MiB, so the reader streams it from the inflating thread (zip_archive.h)
  // and the decline stops that thread mid-part before the part is read again.
  const int rows = 6000;
  const std::string accent = write_dpa(dir, rows, true);
  ZipArchive zip2(accent, ReadLimits::defaults());
  const std::string accent_xml = zip2.read_all("xl/worksheets/sheet1.xml");
  EXPECT_GT(accent_xml.size(), size_t{1} << 20);
  EXPECT_EQ(scan_part(accent_xml, 777), "text byte");
  expect_same_read(accent);
  const Outcome fast = read_file(accent, false);
  ASSERT_EQ(fast.wb.sheets.size(), 1u);
  EXPECT_GT(fast.wb.sheets[0].cells.size(), size_t{rows} * 5);
  const Cell* cafe = fast.wb.sheets[0].find(rows - 3, 6);
  ASSERT_NE(cafe, nullptr);
  EXPECT_EQ(fast.wb.raw(*cafe), "Caf\xC3\xA9");
  EXPECT_EQ(fast.wb.formula(*cafe), "\"Kafe\"");
  fs::remove_all(dir);
}

// ---- the sheet parser on the same bytes, scanner vs expat ----

struct SheetOutcome {
  Workbook wb;
  std::string error;
  bool declined = false;
};

SheetOutcome parse_sheet(const std::string& xml, bool scanner, size_t chunk) {
  SheetOutcome o;
  std::vector<uint32_t> sst;
  for (const char* s : {"nol", "Uraian", "Jumlah"}) sst.push_back(o.wb.strings.add(s));
  static XlsxStyles styles;
  styles.xf_format = {0, o.wb.add_format("0.00%"), o.wb.add_format("dd/mm/yyyy")};
  Sheet& sheet = o.wb.sheets.emplace_back();
  sheet.name = "S";
  uint64_t total = 0;
  ReadLimits limits = ReadLimits::defaults();
  limits.max_cells = 200;
  limits.max_xml_depth = 12;
  try {
    XlsxSheetParser parser(XlsxSheetContext{o.wb, sheet, sst, styles, limits, total, "xl/worksheets/sheet1.xml"},
                           scanner);
    for (size_t i = 0; i < xml.size(); i += chunk)
      parser.feed(xml.data() + i, std::min(chunk, xml.size() - i));
    parser.finish();
    sheet.finalize();
  } catch (const ReadError& e) {
    o.error = std::string(to_string(e.code())) + ": " + e.detail();
  } catch (const XmlScanDeclined&) {
    o.declined = true;
  }
  return o;
}

const char* const kSeeds[] = {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<dimension ref=\"A1:F4\"/><cols><col min=\"2\" max=\"3\" hidden=\"1\"/></cols>"
    "<sheetData><row r=\"1\" spans=\"1:6\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" s=\"1\"><v>0.25</v></c>"
    "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c r=\"D1\" t=\"b\"><v>1</v></c>"
    "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"F1\" t=\"d\" s=\"2\"><v>2024-03-15</v></c></row>"
    "<row r=\"2\" hidden=\"1\" outlineLevel=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A4\" si=\"0\">B1*2</f><v>0.5</v></c>"
    "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Jml &lt;x&gt; &#65;&#x42; </t></is></c></row>"
    "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/><v>1</v></c><c s=\"1\"/><c><v>7</v></c></row>"
    "<row><c r=\"A4\"><f t=\"shared\" si=\"0\"/></c><c r=\"C4\" t=\"s\"><v>2</v></c></row>"
    "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A4:B4\"/></mergeCells></worksheet>",
    "<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>\n"
    "  <x:sheetData>\n    <x:row r='5'>\n      <x:c r='B5' t='inlineStr'><x:is><x:r><x:t>a</x:t></x:r>"
    "<x:r><x:t>b</x:t></x:r><x:rPh><x:t>z</x:t></x:rPh></x:is></x:c>\n"
    "      <x:c   r = 'C5'   s = '2' ><x:v>45000.5</x:v></x:c>\n    </x:row>\n  </x:sheetData>\n</x:worksheet>\n",
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1e400</v></c><c r=\"B1\" t=\"s\"><v>99</v></c>"
    "<c r=\"XFE1\"><v>1</v></c><c r=\"A0\"><v>1</v></c><c r=\"C1\" t=\"b\"><v>maybe</v></c>"
    "<c r=\"D1\"><f t=\"shared\" si=\"7\"/></c><c r=\"E1\" t=\"str\"><v>a\r\nb\rc]]</v></c></row>"
    "<row r=\"x\"><c><v>2</v></c></row></sheetData></worksheet>",
};

TEST(XlsxSheetScanner, SeedSheetsGiveTheSameAsExpat) {
  for (const char* seed : kSeeds) {
    SCOPED_TRACE(seed);
    const SheetOutcome ref = parse_sheet(seed, false, 1 << 20);
    EXPECT_EQ(ref.error, "");
    for (size_t chunk : {size_t{1}, size_t{3}, size_t{64}, size_t{1} << 20}) {
      const SheetOutcome fast = parse_sheet(seed, true, chunk);
      EXPECT_FALSE(fast.declined) << "chunk " << chunk;
      EXPECT_EQ(fast.error, ref.error);
      EXPECT_EQ(differences(fast.wb, ref.wb), "") << "chunk " << chunk;
    }
  }
}

TEST(XlsxSheetScanner, DeclinesWhatItDoesNotKnow) {
  const std::string head = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
  const std::string tail = "</t></is></c></row></sheetData></worksheet>";
  for (const char* odd : {"<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "caf\xC3\xA9", "&nbsp;", "a]]>b", "&#0;"}) {
    SCOPED_TRACE(odd);
    EXPECT_TRUE(parse_sheet(head + odd + tail, true, 1 << 20).declined);
  }
  EXPECT_TRUE(parse_sheet("<!DOCTYPE w><w/>", true, 100).declined);
  EXPECT_TRUE(parse_sheet("<w><a></b></w>", true, 100).declined);
  EXPECT_TRUE(parse_sheet("<w a='1' a='2'/>", true, 100).declined);
  EXPECT_TRUE(parse_sheet("<w a='1'b='2'/>", true, 100).declined);
  EXPECT_TRUE(parse_sheet("<w><sheetData>", true, 100).declined);
  EXPECT_TRUE(parse_sheet("<?xml version=\"1.0\" encoding=\"UTF-16\"?><w/>", true, 100).declined);
}

// Random damage: the scanner either declines, or agrees with expat (cells or the same error).
TEST(XlsxSheetScanner, MutatedSheetsNeverDisagreeWithExpat) {
  std::mt19937 rng(20241123);
  const std::string alphabet = "<>/=&;#x\"' \r\n\t]![?-:abcfrstv0123456789";
  size_t declined = 0, agreed = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string xml = kSeeds[static_cast<size_t>(i) % std::size(kSeeds)];
    const int edits = 1 + static_cast<int>(rng() % 2);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % xml.size();
      switch (rng() % 4) {
        case 0: xml.erase(at, 1 + rng() % 4); break;
        case 1: xml.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: xml[at] = alphabet[rng() % alphabet.size()]; break;
        default: {
          const size_t from = rng() % xml.size();
          xml.insert(at, xml.substr(from, 1 + rng() % 40));
        }
      }
      if (xml.empty()) xml = "<";
    }
    SCOPED_TRACE(xml);
    const SheetOutcome ref = parse_sheet(xml, false, 1 << 20);
    const SheetOutcome fast = parse_sheet(xml, true, 1 + rng() % 200);
    if (fast.declined) {
      ++declined;
      continue;
    }
    ++agreed;
    EXPECT_EQ(fast.error, ref.error);
    EXPECT_EQ(differences(fast.wb, ref.wb), "");
  }
  std::printf("mutated sheets: %zu scanned and equal to expat, %zu declined\n", agreed, declined);
  EXPECT_GT(agreed, 200u);  // the mutations do not all end in a decline
  EXPECT_GT(declined, 50u);
}

}  // namespace
}  // namespace sakip
