// Differential test: the .xls reader (our own BIFF8 records, ingest/biff_records.h) against
// FreeXL 1.0.6, the library that read the values before and stays the reference here. For
// every legacy .xls fixture and real .xls file, FreeXL's sheets and every cell of its grid
// must agree with what read_workbook gives: same sheet names in the same order, same texts,
// same numbers, dates as the same instant. Formula cells are left out: FreeXL returns NULL or
// 0 for many cached formula results (xls_reader_test checks them against the source instead).
#include <freexl.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "ingest/biff_records.h"
#include "ingest/ole_container.h"
#include "ingest/reader.h"
#include "ingest/xlsx_sheet_parser.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

std::vector<std::string> xls_files() {
  std::vector<std::string> out = {test::fixture("crossformat/source.xls"), test::fixture("xls/basic.xls"),
                                  test::fixture("workbooks/seed000_lkip.xls"),
                                  test::fixture("workbooks/seed002_lkip.xls")};
  for (const std::string& f : test::realdata_files())
    if (f.size() > 4 && f.substr(f.size() - 4) == ".xls") out.push_back(f);
  return out;
}

struct Handle {
  const void* h = nullptr;
  ~Handle() {
    if (h) freexl_close(h);
  }
};

// (sheet name, row, col) of every FORMULA record, from the records themselves.
std::set<std::tuple<std::string, uint32_t, uint32_t>> formula_cells(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  OleContainer ole(bytes);
  const auto stream = ole.stream("Workbook");
  std::set<std::tuple<std::string, uint32_t, uint32_t>> out;
  if (!stream) return out;
  const BiffWorkbook biff = parse_biff_workbook(*stream, ReadLimits{});
  for (const BiffSheet& s : biff.sheets)
    for (const BiffCell& c : s.cells)
      if (c.formula) out.insert({s.name, c.row, c.col});
  return out;
}

class XlsFreexlDiff : public ::testing::TestWithParam<std::string> {};

TEST_P(XlsFreexlDiff, SameCellsAsFreexl) {
  const std::string path = GetParam();
  const Workbook wb = read_workbook(path);
  const auto formulas = formula_cells(path);

  Handle fx;
  ASSERT_EQ(freexl_open(path.c_str(), &fx.h), FREEXL_OK) << path;
  unsigned int sheets = 0;
  ASSERT_EQ(freexl_get_info(fx.h, FREEXL_BIFF_SHEET_COUNT, &sheets), FREEXL_OK);
  ASSERT_EQ(wb.sheets.size(), sheets) << path;

  size_t texts = 0, numbers = 0, dates = 0, outside = 0;
  for (unsigned int i = 0; i < sheets; ++i) {
    const char* name = nullptr;
    ASSERT_EQ(freexl_get_worksheet_name(fx.h, static_cast<unsigned short>(i), &name), FREEXL_OK);
    const Sheet& sheet = wb.sheets[i];
    ASSERT_EQ(sheet.name, name) << path << " sheet " << i;
    ASSERT_EQ(freexl_select_active_worksheet(fx.h, static_cast<unsigned short>(i)), FREEXL_OK);
    unsigned int rows = 0;
    unsigned short cols = 0;
    ASSERT_EQ(freexl_worksheet_dimensions(fx.h, &rows, &cols), FREEXL_OK);

    std::map<std::pair<uint32_t, uint32_t>, const Cell*> ours;
    for (const Cell& c : sheet.cells) {
      if (c.kind == CellKind::Blank) continue;
      if (c.row >= rows || c.col >= cols) ++outside;
      ours[{c.row, c.col}] = &c;
    }
    for (uint32_t r = 0; r < rows; ++r) {
      for (uint32_t col = 0; col < cols; ++col) {
        if (formulas.count({sheet.name, r, col})) continue;
        FreeXL_CellValue v{};
        ASSERT_EQ(freexl_get_cell_value(fx.h, r, static_cast<unsigned short>(col), &v), FREEXL_OK);
        const auto it = ours.find({r, col});
        const Cell* c = it == ours.end() ? nullptr : it->second;
        const std::string where = path + " " + sheet.name + "!" + to_a1(r, col);
        switch (v.type) {
          case FREEXL_CELL_NULL:
            // BOOLERR cells are NULL for FreeXL; we read them
            if (c) EXPECT_TRUE(c->kind == CellKind::Boolean || c->kind == CellKind::Error) << where;
            break;
          case FREEXL_CELL_INT:
          case FREEXL_CELL_DOUBLE: {
            ASSERT_NE(c, nullptr) << where;
            EXPECT_EQ(c->kind, CellKind::Number) << where;
            const double want = v.type == FREEXL_CELL_INT ? v.value.int_value : v.value.double_value;
            EXPECT_EQ(c->number, want) << where;
            ++numbers;
            break;
          }
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT: {
            const std::string want = v.value.text_value ? v.value.text_value : "";
            if (want.empty()) {
              EXPECT_EQ(c, nullptr) << where << ": an empty string is no value";
              break;
            }
            ASSERT_NE(c, nullptr) << where;
            EXPECT_EQ(c->kind, CellKind::Text) << where;
            EXPECT_EQ(wb.raw(*c), want) << where;
            ++texts;
            break;
          }
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME: {
            ASSERT_NE(c, nullptr) << where;
            EXPECT_EQ(c->kind, CellKind::Number) << where;
            std::string text = v.value.text_value ? v.value.text_value : "";
            if (v.type == FREEXL_CELL_TIME) text.insert(0, "T");
            double serial = 0;
            ASSERT_TRUE(iso_datetime_to_serial(text, wb.date_system, serial)) << where << " " << text;
            if (v.type == FREEXL_CELL_TIME) serial = std::fmod(serial, 1.0);
            // FreeXL prints whole seconds
            EXPECT_NEAR(v.type == FREEXL_CELL_TIME ? std::fmod(c->number, 1.0) : c->number, serial, 1.0 / 86400)
                << where << " " << text;
            ++dates;
            break;
          }
          default:
            ADD_FAILURE() << where << ": FreeXL cell type " << static_cast<int>(v.type);
        }
      }
    }
  }
  EXPECT_EQ(outside, 0u) << path << ": cells outside the grid FreeXL reads";
  EXPECT_GT(texts, 0u) << path;
  EXPECT_GT(numbers + dates, 0u) << path;
  std::cout << path << ": " << texts << " texts, " << numbers << " numbers, " << dates << " dates agree\n";
}

INSTANTIATE_TEST_SUITE_P(Files, XlsFreexlDiff, ::testing::ValuesIn(xls_files()),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                           std::string n = std::filesystem::path(i.param).stem().string();
                           for (char& ch : n)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

}  // namespace
}  // namespace sakip
