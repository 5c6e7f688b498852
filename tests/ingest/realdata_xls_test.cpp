// The real Bantul 2016 APBD .xls (BIFF8, /work/shared/realdata). Truth: read independently
// with xlrd 1.2.0 (Debian python3-xlrd) on 2026-11-22: Sheet1 is A1:D911 with 3,213 non-empty
// cells (2,315 text, 898 numbers), 404 text cells hold line breaks ('\n'); Sheet2/Sheet3 are
// empty. Every one of the 3,213 cells was compared against xlrd's value once by hand (script
// run, 0 differences); the values pinned below were copied from xlrd's output.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

std::string bantul_path() {
  const std::string dir = test::realdata_dir();
  if (dir.empty()) return {};
  const std::string p = dir + "/bantul_2016_penjabaran_apbd_dikdas.xls";
  return std::filesystem::exists(p) ? p : std::string();
}

TEST(RealdataXls, Bantul2016) {
  const std::string path = bantul_path();
  if (path.empty()) GTEST_SKIP() << "realdata not available";
  const Workbook wb = read_workbook(path);
  EXPECT_EQ(wb.format, FileFormat::Xls);
  ASSERT_EQ(wb.sheets.size(), 3u);
  EXPECT_EQ(wb.sheets[0].name, "Sheet1");
  EXPECT_EQ(wb.sheets[1].name, "Sheet2");
  EXPECT_EQ(wb.sheets[2].name, "Sheet3");
  EXPECT_TRUE(wb.sheets[1].cells.empty());
  EXPECT_TRUE(wb.sheets[2].cells.empty());

  const Sheet& s = wb.sheets[0];
  size_t values = 0, texts = 0, numbers = 0, line_breaks = 0;
  uint32_t max_row = 0, max_col = 0;
  for (const Cell& c : s.cells) {
    if (c.kind == CellKind::Blank) continue;
    ++values;
    if (c.kind == CellKind::Text) {
      ++texts;
      if (wb.raw(c).find('\n') != std::string_view::npos) ++line_breaks;
    }
    if (c.kind == CellKind::Number) ++numbers;
    max_row = std::max(max_row, c.row);
    max_col = std::max(max_col, c.col);
  }
  EXPECT_EQ(values, 3213u);
  EXPECT_EQ(texts, 2315u);
  EXPECT_EQ(numbers, 898u);
  EXPECT_EQ(line_breaks, 404u);
  EXPECT_EQ(max_row, 910u);  // row 911
  EXPECT_EQ(max_col, 3u);    // column D

  auto text = [&](uint32_t r, uint32_t c) {
    const Cell* cell = s.find(r, c);
    return cell ? std::string(wb.raw(*cell)) : std::string("<absent>");
  };
  EXPECT_EQ(text(0, 1), "Penjabaran Anggaran Pendaptan dan Belanja Daerah");  // B1, with its typo
  EXPECT_EQ(text(7, 0), "1.01 . 1.01.01 . 00 . 00 . 5");                       // A8
  EXPECT_EQ(text(7, 2), "573354470075");  // C8 is TEXT in the file, not a number
  EXPECT_EQ(s.find(7, 2)->kind, CellKind::Text);
  EXPECT_EQ(text(12, 1), "Gaji Pokok PNS/Uang Representasi");                  // B13
  EXPECT_EQ(text(26, 3),
            "Sumber Dana : \nLokasi Kegiatan : Kabupaten Bantul\nKeluaran : Kelancaran persyuratan "
            "kantor\nTarget : 53.640 Dok");                                     // D27
  EXPECT_EQ(text(910, 1), "SURPLUS / (DEFISIT)");                              // B911

  const Cell* b3 = s.find(2, 1);
  ASSERT_NE(b3, nullptr);
  EXPECT_EQ(b3->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*b3), "2016");
  const Cell* c13 = s.find(12, 2);  // numbers stored as text in the upper rows
  ASSERT_NE(c13, nullptr);
  EXPECT_EQ(c13->kind, CellKind::Text);
  EXPECT_EQ(wb.raw(*c13), "267318776240");
  const Cell* c25 = s.find(24, 2);
  ASSERT_NE(c25, nullptr);
  EXPECT_EQ(c25->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*c25), "44110737075");
  const Cell* c911 = s.find(910, 2);  // the sign error the README lists: positive
  ASSERT_NE(c911, nullptr);
  EXPECT_EQ(c911->kind, CellKind::Number);
  EXPECT_EQ(wb.raw(*c911), "573354470075");
  EXPECT_DOUBLE_EQ(c911->number, 573354470075.0);
}

}  // namespace
}  // namespace sakip
