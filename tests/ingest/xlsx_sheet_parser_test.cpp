// The worksheet state machine on hand-written sheet XML.
#include "ingest/xlsx_sheet_parser.h"

#include <gtest/gtest.h>

#include "ingest/read_error.h"

namespace sakip {
namespace {

struct Parsed {
  Workbook wb;
  Sheet* sheet = nullptr;
  const Cell* at(const char* a1) const {
    const auto r = parse_a1(a1);
    return sheet->find(r->row, r->col);
  }
  std::string raw(const char* a1) const { return std::string(wb.raw(*at(a1))); }
};

constexpr const char* kHead = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

std::unique_ptr<Parsed> parse(const std::string& body, ReadLimits limits = ReadLimits::defaults(),
                              std::vector<std::string> sst = {}, bool one_byte_at_a_time = false) {
  auto p = std::make_unique<Parsed>();
  std::vector<uint32_t> ids;
  for (const auto& s : sst) ids.push_back(p->wb.strings.add(s));
  static XlsxStyles styles;
  styles.xf_format = {0, p->wb.add_format("0.00%"), p->wb.add_format("dd/mm/yyyy")};
  p->sheet = &p->wb.sheets.emplace_back();
  p->sheet->name = "S";
  uint64_t total = 0;
  XlsxSheetParser parser(XlsxSheetContext{p->wb, *p->sheet, ids, styles, limits, total, "xl/worksheets/sheet1.xml"});
  const std::string xml = kHead + body + "</worksheet>";
  if (one_byte_at_a_time) {
    for (char c : xml) parser.feed(&c, 1);
  } else {
    parser.feed(xml.data(), xml.size());
  }
  parser.finish();
  p->sheet->finalize();
  return p;
}

TEST(XlsxSheetParser, ValueTypes) {
  auto p = parse(
      "<sheetData><row r=\"1\">"
      "<c r=\"A1\"><v>3297504548.25</v></c>"
      "<c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
      "<c r=\"D1\" t=\"b\"><v>1</v></c>"
      "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c>"
      "<c r=\"F1\" t=\"d\"><v>2024-03-15</v></c>"
      "<c r=\"G1\" t=\"inlineStr\"><is><t>sebaris</t></is></c>"
      "<c r=\"H1\" t=\"n\"><v>-1.5E3</v></c>"
      "</row></sheetData>",
      ReadLimits::defaults(), {"nol", "Uraian"});
  EXPECT_EQ(p->at("A1")->kind, CellKind::Number);
  EXPECT_EQ(p->at("A1")->number, 3297504548.25);
  EXPECT_EQ(p->raw("A1"), "3297504548.25");  // exactly as stored
  EXPECT_EQ(p->at("B1")->kind, CellKind::Text);
  EXPECT_EQ(p->raw("B1"), "Uraian");
  EXPECT_EQ(p->raw("C1"), "ab");
  EXPECT_EQ(p->wb.formula(*p->at("C1")), "\"a\"&\"b\"");
  EXPECT_EQ(p->at("D1")->kind, CellKind::Boolean);
  EXPECT_EQ(p->at("D1")->number, 1);
  EXPECT_EQ(p->raw("D1"), "TRUE");
  EXPECT_EQ(p->at("E1")->kind, CellKind::Error);
  EXPECT_EQ(p->raw("E1"), "#DIV/0!");
  EXPECT_EQ(p->at("F1")->kind, CellKind::Number);
  EXPECT_EQ(p->at("F1")->number, 45366);  // 2024-03-15 in the 1900 system
  EXPECT_EQ(p->raw("G1"), "sebaris");
  EXPECT_EQ(p->at("H1")->number, -1500);
  // the shared string is referenced, not copied: same pool id as the table's entry
  EXPECT_EQ(p->at("B1")->raw, 2u);
}

TEST(XlsxSheetParser, RowsAndCellsWithoutReferences) {
  auto p = parse("<sheetData><row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
                 "<row><c><v>7</v></c></row><row r=\"9\"><c><v>9</v></c></row><row><c r=\"C10\"><v>10</v></c></row></sheetData>");
  EXPECT_EQ(p->at("A1")->number, 1);
  EXPECT_EQ(p->at("B1")->number, 2);
  EXPECT_EQ(p->at("E1")->number, 5);
  EXPECT_EQ(p->at("F1")->number, 6);
  EXPECT_EQ(p->at("A2")->number, 7);
  EXPECT_EQ(p->at("A9")->number, 9);
  EXPECT_EQ(p->at("C10")->number, 10);
  EXPECT_EQ(p->sheet->cells.size(), 7u);
}

TEST(XlsxSheetParser, InlineStringsEmptyRichCdataPhonetic) {
  auto p = parse("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"/><c r=\"B1\" t=\"inlineStr\"><is><t/></is></c>"
                 "<c r=\"C1\" t=\"inlineStr\"><is><t><![CDATA[a < b]]></t></is></c>"
                 "<c r=\"D1\" t=\"inlineStr\"><is><r><t>Ang</t></r><r><rPr><b/></rPr><t>garan</t></r>"
                 "<rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></is></c>"
                 "<c r=\"E1\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row></sheetData>");
  EXPECT_EQ(p->at("A1"), nullptr);  // nothing at all: no value, no style
  ASSERT_NE(p->at("B1"), nullptr);
  EXPECT_EQ(p->raw("B1"), "");
  EXPECT_EQ(p->raw("C1"), "a < b");
  EXPECT_EQ(p->raw("D1"), "Anggaran");
  EXPECT_EQ(p->raw("E1"), "a\rb");
}

TEST(XlsxSheetParser, FormulasSharedAndArray) {
  auto p = parse("<sheetData><row r=\"1\"><c r=\"C1\"><f t=\"shared\" ref=\"C1:C3\" si=\"0\">A1+B1</f><v>11</v></c></row>"
                 "<row r=\"2\"><c r=\"C2\"><f t=\"shared\" si=\"0\"/><v>22</v></c></row>"
                 "<row r=\"3\"><c r=\"C3\"><f t=\"shared\" si=\"0\"/><v>33</v></c>"
                 "<c r=\"D3\"><f t=\"shared\" si=\"7\"/><v>1</v></c>"
                 "<c r=\"E3\"><f t=\"array\" ref=\"E3\">SUM(A1:A3*B1:B3)</f><v>140</v></c>"
                 "<c r=\"F3\"><f>A3/0</f></c></row></sheetData>");
  EXPECT_EQ(p->wb.formula(*p->at("C1")), "A1+B1");
  EXPECT_EQ(p->wb.formula(*p->at("C2")), "A2+B2");
  EXPECT_EQ(p->wb.formula(*p->at("C3")), "A3+B3");
  EXPECT_EQ(p->at("C3")->number, 33);  // the cached value is the value
  EXPECT_EQ(p->at("D3")->formula, 0u);  // dependent without a master: value kept, Diagnostic
  EXPECT_EQ(p->at("D3")->number, 1);
  EXPECT_EQ(p->wb.formula(*p->at("E3")), "SUM(A1:A3*B1:B3)");
  EXPECT_EQ(p->at("F3")->kind, CellKind::Blank);  // formula without a cached value
  EXPECT_EQ(p->wb.formula(*p->at("F3")), "A3/0");
  bool diag = false;
  for (const auto& d : p->wb.diagnostics) diag = diag || d.code == "xlsx.shared_formula_missing";
  EXPECT_TRUE(diag);
}

TEST(XlsxSheetParser, MergesHiddenRowsColumnsOutlineStylesBlanks) {
  auto p = parse("<cols><col min=\"2\" max=\"4\" hidden=\"1\"/><col min=\"6\" max=\"6\" width=\"3\"/></cols>"
                 "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.5</v></c><c r=\"B1\" s=\"2\"/></row>"
                 "<row r=\"3\" hidden=\"1\" outlineLevel=\"2\"><c r=\"A3\"><v>3</v></c></row></sheetData>"
                 "<mergeCells count=\"2\"><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"A5:A6\"/></mergeCells>");
  EXPECT_EQ(p->wb.format_of(*p->at("A1")).code, "0.00%");
  ASSERT_NE(p->at("B1"), nullptr);
  EXPECT_EQ(p->at("B1")->kind, CellKind::Blank);
  EXPECT_EQ(p->wb.format_of(*p->at("B1")).code, "dd/mm/yyyy");
  ASSERT_EQ(p->sheet->merges.size(), 2u);
  EXPECT_EQ(to_a1(p->sheet->merges[0].range), "A1:D1");
  EXPECT_EQ(p->sheet->hidden_rows, std::vector<uint32_t>{2});
  EXPECT_EQ(p->sheet->hidden_cols, (std::vector<uint32_t>{1, 2, 3}));
  ASSERT_EQ(p->sheet->row_outline.size(), 1u);
  EXPECT_EQ(p->sheet->row_outline[0], (std::pair<uint32_t, uint8_t>{2, 2}));
}

TEST(XlsxSheetParser, OutOfGridIsADiagnosticNotACrash) {
  auto p = parse("<sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c>"
                 "<c r=\"AAAAAAAAAAAA1\"><v>2</v></c></row>"
                 "<row r=\"1048576\"><c r=\"A1048576\"><v>3</v></c></row>"
                 "<row r=\"1048577\"><c r=\"A1048577\"><v>4</v></c><c><v>5</v></c></row>"
                 "<row r=\"99999999999999\"><c><v>6</v></c></row></sheetData>");
  EXPECT_EQ(p->sheet->cells.size(), 2u);
  EXPECT_EQ(p->at("XFD1")->number, 1);
  EXPECT_EQ(p->at("A1048576")->number, 3);
  size_t grid = 0;
  for (const auto& d : p->wb.diagnostics) grid += d.code == "xlsx.ref_out_of_grid" || d.code == "xlsx.bad_row";
  EXPECT_GE(grid, 4u);
}

TEST(XlsxSheetParser, CellCapIsALimitError) {
  ReadLimits l = ReadLimits::defaults();
  l.max_cells = 2;
  try {
    parse("<sheetData><row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData>", l);
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
}

TEST(XlsxSheetParser, TextBytesAreCapped) {
  ReadLimits l = ReadLimits::defaults();
  l.max_string_bytes = 20;
  try {
    parse("<sheetData><row><c t=\"inlineStr\"><is><t>0123456789</t></is></c>"
          "<c t=\"inlineStr\"><is><t>0123456789</t></is></c><c t=\"inlineStr\"><is><t>0123456789</t></is></c>"
          "</row></sheetData>", l);
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
}

TEST(XlsxSheetParser, MergeCapIsADiagnostic) {
  ReadLimits l = ReadLimits::defaults();
  l.max_merges = 1;
  auto p = parse("<sheetData/><mergeCells><mergeCell ref=\"A1:B1\"/><mergeCell ref=\"A2:B2\"/></mergeCells>", l);
  EXPECT_EQ(p->sheet->merges.size(), 1u);
}

TEST(XlsxSheetParser, ByteAtATimeGivesTheSameCells) {
  const std::string body = "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Pagu_x000D_ awal</t></is></c>"
                           "<c r=\"C2\"><f>B2</f><v>12.5</v></c></row></sheetData>";
  auto a = parse(body);
  auto b = parse(body, ReadLimits::defaults(), {}, true);
  EXPECT_EQ(a->raw("B2"), b->raw("B2"));
  EXPECT_EQ(b->raw("B2"), "Pagu\r awal");
  EXPECT_EQ(b->at("C2")->number, 12.5);
  EXPECT_EQ(b->wb.formula(*b->at("C2")), "B2");
}

TEST(XlsxSheetParser, NumbersThatAreNotNumbersBecomeTextWithADiagnostic) {
  auto p = parse("<sheetData><row r=\"1\"><c r=\"A1\"><v>12,5</v></c></row></sheetData>");
  EXPECT_EQ(p->at("A1")->kind, CellKind::Text);
  EXPECT_EQ(p->raw("A1"), "12,5");
}

TEST(IsoDatetime, SerialsInBothSystems) {
  double s = 0;
  ASSERT_TRUE(iso_datetime_to_serial("2024-03-15", DateSystem::D1900, s));
  EXPECT_EQ(s, 45366);
  ASSERT_TRUE(iso_datetime_to_serial("2024-03-15T12:00:00", DateSystem::D1904, s));
  EXPECT_EQ(s, 43904.5);
  ASSERT_TRUE(iso_datetime_to_serial("1900-01-01", DateSystem::D1900, s));
  EXPECT_EQ(s, 1);
  ASSERT_TRUE(iso_datetime_to_serial("1900-03-01", DateSystem::D1900, s));
  EXPECT_EQ(s, 61);
  EXPECT_FALSE(iso_datetime_to_serial("15/03/2024", DateSystem::D1900, s));
}

// <dimension> as a capacity hint (the reader passes the part's declared size): a dense sheet,
// a sparse one (dimension larger than the cells), one with more cells than its dimension and a
// lying dimension must all read the same cells, with no slack left in Sheet::cells.
TEST(XlsxSheetParser, DimensionIsOnlyAHintForReserving) {
  struct Case {
    const char* name;
    const char* dimension;
    uint32_t rows, every;  // a cell in column A of every `every`-th row, 1-based rows
  };
  const Case cases[] = {
      {"dense", "A1:B40000", 40000, 1},           // exact
      {"sparse", "A1:J40000", 40000, 3},          // promises 400,000, holds 26,667 x 2
      {"more than promised", "A1:B20000", 60000, 1},
      {"lying", "A1:XFD1048576", 40000, 1},       // 17 G cells promised
  };
  for (const Case& k : cases) {
    for (bool scanner : {true, false}) {
      SCOPED_TRACE(std::string(k.name) + (scanner ? " scanner" : " expat"));
      std::string xml = std::string(kHead) + "<dimension ref=\"" + k.dimension + "\"/><sheetData>";
      uint32_t expected = 0;
      for (uint32_t r = 1; r <= k.rows; ++r) {
        if (r % k.every != 0 && k.every != 1) continue;
        const std::string n = std::to_string(r);
        xml += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n + "\"><v>-" + n +
               ".5</v></c></row>";
        expected += 2;
      }
      xml += "</sheetData></worksheet>";
      Workbook wb;
      Sheet& sheet = wb.sheets.emplace_back();
      XlsxStyles styles;
      uint64_t total = 0;
      XlsxSheetContext ctx{wb, sheet, {}, styles, ReadLimits::defaults(), total, "xl/worksheets/sheet1.xml", xml.size()};
      XlsxSheetParser parser(ctx, scanner);
      for (size_t i = 0; i < xml.size(); i += 65536) parser.feed(xml.data() + i, std::min<size_t>(65536, xml.size() - i));
      parser.finish();
      EXPECT_EQ(sheet.cells.capacity(), sheet.cells.size());  // nothing for finalize to copy
      sheet.finalize();
      ASSERT_EQ(sheet.cells.size(), expected);
      uint32_t i = 0;
      for (uint32_t r = 1; r <= k.rows; ++r) {
        if (r % k.every != 0 && k.every != 1) continue;
        const Cell& a = sheet.cells[i++];
        const Cell& b = sheet.cells[i++];
        ASSERT_EQ(a.row, r - 1);
        ASSERT_EQ(a.col, 0u);
        ASSERT_EQ(wb.raw(a), std::to_string(r));
        ASSERT_EQ(b.col, 1u);
        ASSERT_EQ(wb.raw(b), "-" + std::to_string(r) + ".5");
        ASSERT_EQ(b.number, -(r + 0.5));
      }
    }
  }
}

}  // namespace
}  // namespace sakip
