// The .ods reader: the LibreOffice-written fixture (fixtures/crossformat/source.ods, defined
// by tools/make_crossformat_fixture.cpp) and hand-written content.xml documents zipped here,
// whose expected values follow from the ODF 1.2 spec (part 1, 9.1 tables, 16.27 data styles).
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>

#include "ingest/ods_content_parser.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

const char* kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
    "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\">";

std::string doc(const std::string& styles, const std::string& body) {
  return std::string(kHead) + "<office:automatic-styles>" + styles + "</office:automatic-styles>"
         "<office:body><office:spreadsheet>" + body + "</office:spreadsheet></office:body></office:document-content>";
}

// Writes an .ods with the given parts (content.xml left out when `content` is null).
std::string write_ods(const std::string& name, const std::string* content, const std::string& styles_xml = {}) {
  const auto dir = std::filesystem::temp_directory_path() / "sakip_ods_reader_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::filesystem::remove(path);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(z, nullptr);
  auto add = [&](const char* part, const std::string& data) {
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_file_add(z, part, src, ZIP_FL_OVERWRITE);
  };
  static const std::string mimetype = "application/vnd.oasis.opendocument.spreadsheet";
  add("mimetype", mimetype);
  if (content) add("content.xml", *content);
  if (!styles_xml.empty()) add("styles.xml", styles_xml);
  zip_close(z);  // copies the buffers before returning
  return path;
}

Workbook read(const std::string& name, const std::string& content, const ReadOptions& o = {},
              const std::string& styles_xml = {}) {
  return read_ods(write_ods(name, &content, styles_xml), o);
}

const Cell* find_cell(const Sheet& s, const char* a1) {
  const auto r = parse_a1(a1);
  return r ? s.find(r->row, r->col) : nullptr;
}

// Never null: a missing cell is a test failure and reads as an empty cell.
const Cell* at(const Sheet& s, const char* a1) {
  if (const Cell* c = find_cell(s, a1)) return c;
  ADD_FAILURE() << "no cell " << a1 << " in " << s.name;
  static const Cell empty;
  return &empty;
}

bool has_diag(const Workbook& wb, const std::string& code) {
  for (const Diagnostic& d : wb.diagnostics)
    if (d.code == code) return true;
  return false;
}

// --- the LibreOffice fixture ---------------------------------------------------------------

TEST(OdsReader, LibreOfficeFixture) {
  const Workbook wb = read_workbook(test::fixture("crossformat/source.ods"));
  EXPECT_EQ(wb.format, FileFormat::Ods);
  ASSERT_EQ(wb.sheets.size(), 3u);
  EXPECT_EQ(wb.sheets[0].name, "Capaian");
  EXPECT_EQ(wb.sheets[2].name, "Referensi");
  EXPECT_EQ(wb.sheets[0].state, SheetState::Visible);
  EXPECT_EQ(wb.sheets[2].state, SheetState::Hidden);  // table:display="false"
  EXPECT_TRUE(wb.diagnostics.empty());

  const Sheet& s = wb.sheets[0];
  ASSERT_EQ(s.merges.size(), 2u);
  EXPECT_EQ(to_a1(s.merges[0].range), "A1:F1");
  EXPECT_EQ(to_a1(s.merges[1].range), "A6:B6");
  EXPECT_EQ(to_a1(wb.sheets[1].merges.at(0).range), "A2:A3");
  EXPECT_EQ(wb.sheets[1].hidden_rows, std::vector<uint32_t>({3}));  // table:visibility="collapse"
  EXPECT_EQ(wb.sheets[1].hidden_cols, std::vector<uint32_t>({1}));

  ASSERT_NE(at(s, "B3"), nullptr);
  EXPECT_EQ(wb.raw(*at(s, "B3")), "Persentase sekolah terakreditasi\nminimal B");  // two <text:p>
  const Cell* c3 = at(s, "C3");
  ASSERT_NE(c3, nullptr);
  EXPECT_EQ(wb.raw(*c3), "1250000.5");
  EXPECT_EQ(wb.format_of(*c3).code, "#,##0.00");
  const Cell* d3 = at(s, "D3");
  ASSERT_NE(d3, nullptr);
  EXPECT_EQ(wb.raw(*d3), "0.6442");  // the fraction, as office:value stores it
  EXPECT_EQ(wb.format_of(*d3).code, "0.00%");
  const Cell* e3 = at(s, "E3");
  ASSERT_NE(e3, nullptr);
  EXPECT_DOUBLE_EQ(e3->number, 45291.0);  // 2023-12-31
  EXPECT_EQ(wb.format_of(*e3).code, "dd/mm/yyyy");
  const Cell* c6 = at(s, "C6");
  ASSERT_NE(c6, nullptr);
  EXPECT_EQ(wb.raw(*c6), "3750000.75");
  EXPECT_EQ(wb.formula(*c6), "SUM([.C3:.C4])");  // "of:=" stripped
  // row 5 is empty
  for (const Cell& c : s.cells) EXPECT_NE(c.row, 4u);
  EXPECT_EQ(wb.raw(*at(wb.sheets[1], "C2")), "573354470075");
}

// --- hand-written documents ----------------------------------------------------------------

TEST(OdsReader, TextMarkup) {
  const std::string body =
      "<table:table table:name=\"T\"><table:table-row>"
      "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:s/>c</text:p>"
      "<text:p>x<text:tab/>y<text:line-break/>z <text:span>span</text:span></text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a note</text:p>"
      "</office:annotation><text:p>visible</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"string\" office:string-value=\"from attribute\"><text:p>shown</text:p></table:table-cell>"
      "</table:table-row></table:table>";
  const Workbook wb = read("text.ods", doc("", body));
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(wb.raw(*at(s, "A1")), "a   b c\nx\ty\nz span");
  EXPECT_EQ(wb.raw(*at(s, "B1")), "visible");
  EXPECT_EQ(wb.raw(*at(s, "C1")), "from attribute");
}

TEST(OdsReader, ValueTypes) {
  const std::string body =
      "<table:table table:name=\"T\"><table:table-row>"
      "<table:table-cell office:value-type=\"float\" office:value=\"1234.50\"><text:p>1.234,50</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"percentage\" office:value=\"0.6442\"><text:p>64%</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"currency\" office:currency=\"IDR\" office:value=\"-5000\"><text:p>x</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-15T12:00:00\"><text:p>x</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"time\" office:time-value=\"PT06H00M00S\"><text:p>x</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
      "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\" "
      "calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"float\" office:value=\"abc\"/>"
      "</table:table-row></table:table>";
  const Workbook wb = read("values.ods", doc("", body));
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(at(s, "A1")->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*at(s, "A1")), "1234.50");  // office:value exactly, not the display text
  EXPECT_EQ(wb.raw(*at(s, "B1")), "0.6442");
  EXPECT_TRUE(wb.format_of(*at(s, "B1")).percent);  // percent even without a data style
  EXPECT_DOUBLE_EQ(at(s, "C1")->number, -5000);
  EXPECT_DOUBLE_EQ(at(s, "D1")->number, 45366.5);  // 2024-03-15 noon
  EXPECT_TRUE(wb.format_of(*at(s, "D1")).date);
  EXPECT_DOUBLE_EQ(at(s, "E1")->number, 0.25);
  EXPECT_EQ(at(s, "F1")->kind, CellKind::Boolean);
  EXPECT_EQ(wb.raw(*at(s, "F1")), "TRUE");
  EXPECT_EQ(at(s, "G1")->kind, CellKind::Error);
  EXPECT_EQ(wb.raw(*at(s, "G1")), "#DIV/0!");
  EXPECT_EQ(wb.formula(*at(s, "G1")), "1/0");
  EXPECT_EQ(find_cell(s, "H1"), nullptr);  // a float without a number is no value...
  EXPECT_TRUE(has_diag(wb, "ods.bad_number"));  // ...and is reported
}

TEST(OdsReader, NumberFormatsFromDataStyles) {
  const std::string styles =
      "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"2\" "
      "number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>"
      "<number:percentage-style style:name=\"N2\"><number:number number:decimal-places=\"1\" "
      "number:min-decimal-places=\"1\" number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>"
      "<number:date-style style:name=\"N3\"><number:day number:style=\"long\"/><number:text>/</number:text>"
      "<number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/></number:date-style>"
      "<number:currency-style style:name=\"N4\"><number:currency-symbol>Rp</number:currency-symbol>"
      "<number:number number:decimal-places=\"0\" number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:currency-style>"
      "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"
      "<style:style style:name=\"ce2\" style:family=\"table-cell\" style:data-style-name=\"N2\"/>"
      "<style:style style:name=\"ce3\" style:family=\"table-cell\" style:data-style-name=\"N3\"/>"
      "<style:style style:name=\"ce4\" style:family=\"table-cell\" style:data-style-name=\"N4\"/>"
      "<style:style style:name=\"ce5\" style:family=\"table-cell\" style:parent-style-name=\"Uang\"/>";
  // "Uang" is a common style in styles.xml pointing at a data style defined there too
  const std::string styles_xml =
      std::string("<?xml version=\"1.0\"?><office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                  "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"><office:styles>"
                  "<number:number-style style:name=\"N9\"><number:number number:decimal-places=\"3\" "
                  "number:min-integer-digits=\"1\"/></number:number-style>"
                  "<style:style style:name=\"Uang\" style:family=\"table-cell\" style:data-style-name=\"N9\"/>"
                  "</office:styles></office:document-styles>");
  std::string body = "<table:table table:name=\"T\"><table:table-row>";
  for (int i = 1; i <= 5; ++i)
    body += "<table:table-cell table:style-name=\"ce" + std::to_string(i) +
            "\" office:value-type=\"float\" office:value=\"1\"/>";
  body += "</table:table-row></table:table>";
  const Workbook wb = read("formats.ods", doc(styles, body), {}, styles_xml);
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(wb.format_of(*at(s, "A1")).code, "#,##0.00");
  EXPECT_EQ(wb.format_of(*at(s, "B1")).code, "0.0%");
  EXPECT_EQ(wb.format_of(*at(s, "C1")).code, "dd/mm/yyyy");
  EXPECT_TRUE(wb.format_of(*at(s, "C1")).date);
  EXPECT_EQ(wb.format_of(*at(s, "D1")).decimals, 0);
  EXPECT_TRUE(wb.format_of(*at(s, "D1")).grouping);
  EXPECT_FALSE(wb.format_of(*at(s, "D1")).date);
  EXPECT_EQ(wb.format_of(*at(s, "E1")).decimals, 3);
}

TEST(OdsReader, RepeatsSpansCoveredHidden) {
  const std::string styles =
      "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>";
  const std::string body =
      "<table:table table:name=\"T\" table:style-name=\"ta1\">"
      "<table:table-column table:number-columns-repeated=\"2\"/>"
      "<table:table-column table:visibility=\"collapse\"/><table:table-column table:number-columns-repeated=\"100\"/>"
      "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>"
      "<table:table-cell office:value-type=\"float\" office:value=\"7\" table:number-columns-repeated=\"3\"/></table:table-row>"
      "<table:table-row table:visibility=\"collapse\"><table:table-cell office:value-type=\"string\" "
      "table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"><text:p>gabung</text:p></table:table-cell>"
      "<table:covered-table-cell><text:p>hidden text</text:p></table:covered-table-cell>"
      "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"string\"><text:p>r</text:p></table:table-cell></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      "</table:table>";
  const Workbook wb = read("repeats.ods", doc(styles, body));
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(s.state, SheetState::Hidden);
  // row 1: two empty cells skipped, 7 in C1:E1
  EXPECT_EQ(find_cell(s, "A1"), nullptr);
  for (const char* a : {"C1", "D1", "E1"}) {
    ASSERT_NE(find_cell(s, a), nullptr) << a;
    EXPECT_EQ(wb.raw(*at(s, a)), "7");
  }
  EXPECT_EQ(find_cell(s, "F1"), nullptr);
  // row 2: a 2x2 merge at A2, the covered cell B2 skipped (its text is not a value), C2 = 1
  ASSERT_EQ(s.merges.size(), 1u);
  EXPECT_EQ(to_a1(s.merges[0].range), "A2:B3");
  EXPECT_EQ(find_cell(s, "B2"), nullptr);
  EXPECT_EQ(wb.raw(*at(s, "C2")), "1");
  // rows 3-4: "r" in A3 and A4 (a repeated non-empty row)
  EXPECT_EQ(wb.raw(*at(s, "A3")), "r");
  EXPECT_EQ(wb.raw(*at(s, "A4")), "r");
  EXPECT_EQ(s.cells.size(), 7u);  // the million empty rows add nothing
  EXPECT_EQ(s.hidden_rows, std::vector<uint32_t>({1}));
  EXPECT_EQ(s.hidden_cols, std::vector<uint32_t>({2}));
  EXPECT_TRUE(wb.diagnostics.empty());
}

TEST(OdsReader, BillionRepeatedNonEmptyCellIsCapped) {
  const std::string body =
      "<table:table table:name=\"T\"><table:table-row>"
      "<table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"1000000000\"/>"
      "</table:table-row></table:table>";
  const Workbook wb = read("billion_cols.ods", doc("", body));
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(s.cells.size(), static_cast<size_t>(kMaxCols));  // the grid is 16,384 columns wide
  EXPECT_TRUE(has_diag(wb, "ods.repeat_capped"));
}

TEST(OdsReader, BillionRepeatedRowsAreCappedByTheCellCap) {
  const std::string body =
      "<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"1000000000\">"
      "<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell>"
      "</table:table-row></table:table>";
  ReadOptions o;
  o.limits.max_cells = 1000;
  const Workbook wb = read("billion_rows.ods", doc("", body), o);
  EXPECT_EQ(wb.sheets.at(0).cells.size(), 1000u);
  EXPECT_TRUE(has_diag(wb, "ods.repeat_capped"));
}

TEST(OdsReader, BillionRepeatedEmptyCellsOnlyAdvance) {
  const std::string body =
      "<table:table table:name=\"T\"><table:table-row>"
      "<table:table-cell table:number-columns-repeated=\"1000000000\"/>"
      "<table:table-cell office:value-type=\"float\" office:value=\"5\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell table:number-columns-repeated=\"1000000000\"/></table:table-row>"
      "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"6\"/></table:table-row>"
      "</table:table>"
      "<table:table table:name=\"U\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"8\"/>"
      "</table:table-row></table:table>";
  const Workbook wb = read("billion_empty.ods", doc("", body));
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_TRUE(wb.sheets[0].cells.empty());  // both values lie past the grid...
  EXPECT_TRUE(has_diag(wb, "ods.beyond_grid"));  // ...and that is said
  ASSERT_EQ(wb.sheets[1].cells.size(), 1u);  // the next sheet starts afresh
  EXPECT_EQ(wb.raw(wb.sheets[1].cells[0]), "8");
}

TEST(OdsReader, OnlySheet) {
  const std::string body =
      "<table:table table:name=\"A\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>"
      "<table:table table:name=\"B\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"2\"/></table:table-row></table:table>";
  ReadOptions o;
  o.only_sheet = "B";
  const Workbook wb = read("only.ods", doc("", body), o);
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "B");
  EXPECT_EQ(wb.raw(wb.sheets[0].cells.at(0)), "2");
}

TEST(OdsReader, MissingContentXml) {
  const std::string p = write_ods("no_content.ods", nullptr);
  try {
    read_ods(p, {});
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::MissingPart);
    EXPECT_EQ(e.detail(), "content.xml");
  }
}

TEST(OdsReader, DoctypeAndEntitiesAreRefused) {
  const std::string evil =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&b;</office:document-content>";
  try {
    read("doctype.ods", evil);
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXml);
  }
}

TEST(OdsReader, MalformedXml) {
  try {
    read("malformed.ods", doc("", "<table:table table:name=\"T\"><table:table-row>"));
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::CorruptXml);
  }
}

TEST(OdsDuration, Parse) {
  double d = 0;
  ASSERT_TRUE(ods_duration_to_days("PT12H00M00S", d));
  EXPECT_DOUBLE_EQ(d, 0.5);
  ASSERT_TRUE(ods_duration_to_days("PT36H30M", d));
  EXPECT_DOUBLE_EQ(d, 1.5 + 30.0 / 1440);
  ASSERT_TRUE(ods_duration_to_days("P1DT6H", d));
  EXPECT_DOUBLE_EQ(d, 1.25);
  EXPECT_FALSE(ods_duration_to_days("12:00", d));
  EXPECT_FALSE(ods_duration_to_days("PT", d));
  EXPECT_FALSE(ods_duration_to_days("PT5X", d));
}

}  // namespace
}  // namespace sakip
