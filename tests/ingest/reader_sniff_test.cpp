// Format sniffing by content, never by extension. Inputs: the fixtures named in
// fixtures/csv/README.md, fixtures/html/README.md and fixtures/hostile/README.md, plus files
// written here (an xlsx saved under .xls with libxlsxwriter, seeded pseudo-random bytes).
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tests/support/paths.h"
#include "tests/support/temp_dir.h"

namespace sakip {
namespace {

using test::fixture;

ReadErrorCode error_of(const std::string& path) {
  try {
    sniff_format(path);
  } catch (const ReadError& e) {
    return e.code();
  }
  ADD_FAILURE() << path << " was not refused";
  return ReadErrorCode::Unsupported;
}

class Sniff : public sakip::test::TempDirTest {};

TEST_F(Sniff, TextFormatsWhateverTheExtension) {
  EXPECT_EQ(sniff_format(fixture("csv/csv_named.xls")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("csv/tab.tsv")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("csv/utf16le_bom.csv")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("csv/utf16le_nobom.csv")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("csv/windows1252.csv")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("csv/nul_bytes.csv")), FileFormat::Csv);
  EXPECT_EQ(sniff_format(fixture("html/html_named.xls")), FileFormat::Html);
  EXPECT_EQ(sniff_format(fixture("html/excel_xnum.html")), FileFormat::Html);
  EXPECT_EQ(sniff_format(fixture("html/spans.html")), FileFormat::Html);
}

TEST_F(Sniff, HtmlAfterCommentsOrInUtf16) {
  EXPECT_EQ(sniff_format(write("c.dat", "\n<!-- export -->\n<table><tr><td>1</td></tr></table>")), FileFormat::Html);
  std::string u16;
  for (char c : std::string_view("<html><body><table><tr><td>1</td></tr></table>")) {
    u16.push_back(c);
    u16.push_back('\0');
  }
  EXPECT_EQ(sniff_format(write("u16.xls", u16)), FileFormat::Html);  // no BOM
  EXPECT_EQ(sniff_format(write("u16bom.xls", std::string("\xFF\xFE", 2) + u16)), FileFormat::Html);
  // a CSV whose first cell starts with '<' is still a CSV
  EXPECT_EQ(sniff_format(write("lt.csv", "<5 tahun;10\n5-10 tahun;20\n")), FileFormat::Csv);
}

TEST_F(Sniff, XlsxNamedXls) {
  const std::string path = (dir_ / "laporan.xls").string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_number(ws, 0, 0, 1, nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  EXPECT_EQ(sniff_format(path), FileFormat::Xlsx);
}

TEST_F(Sniff, EncryptedAndXlsbAreRefusedWithTheirReason) {
  EXPECT_EQ(error_of(fixture("hostile/encrypted.xlsx")), ReadErrorCode::Encrypted);
  EXPECT_EQ(error_of(fixture("hostile/xlsb_workbook.xlsx")), ReadErrorCode::Xlsb);
}

TEST_F(Sniff, BinaryGarbageIsUnknown) {
  std::string junk(8192, '\0');
  uint32_t x = 12345;
  for (char& c : junk) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(x >> 24);
  }
  EXPECT_EQ(error_of(write("junk.xls", junk)), ReadErrorCode::UnknownFormat);
  EXPECT_EQ(error_of(write("doc.xlsx", "%PDF-1.7\n" + junk)), ReadErrorCode::UnknownFormat);
  EXPECT_EQ(error_of(write("img.csv", "\x89PNG\r\n\x1A\n" + junk)), ReadErrorCode::UnknownFormat);
}

TEST_F(Sniff, SpreadsheetMl2003IsUnsupported) {
  EXPECT_EQ(error_of(write("x.xls",
                           "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                           "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")),
            ReadErrorCode::Unsupported);
}

TEST_F(Sniff, MhtmlIsUnsupported) {
  EXPECT_EQ(error_of(write("web.xls", "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
                                      "Content-Type: multipart/related; boundary=\"----=_NextPart\"\r\n")),
            ReadErrorCode::Unsupported);
}

TEST_F(Sniff, FileSystemProblems) {
  EXPECT_EQ(error_of((dir_ / "missing.csv").string()), ReadErrorCode::NotFound);
  EXPECT_EQ(error_of(dir_.string()), ReadErrorCode::NotAFile);
  EXPECT_EQ(error_of(write("empty.csv", "")), ReadErrorCode::Empty);
}

}  // namespace
}  // namespace sakip
