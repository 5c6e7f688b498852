// Typing a large table's columns on two threads gives exactly the result of one thread: the
// clean JSON (every table, row, typed value, original text and cell reference) is byte-identical.
#include <gtest/gtest.h>

#include <string>

#include "ingest/clean_json.h"
#include "ingest/table.h"
#include "tests/support/workbook_builder.h"

namespace sakip {
namespace {

// A realisasi-anggaran sheet of 7,000 rows x 8 columns (56,000 cells, above the two-thread
// threshold): text numbers in the Indonesian form, numeric cells, ambiguous "4.300"s the column
// consensus decides, percentages, labels spilling into a continuation row, section totals.
Workbook big_sheet() {
  test::WorkbookBuilder b;
  b.text("A1", "Tabel 3.10 Realisasi Anggaran Tahun 2025");
  b.row(3, {"No", "Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "% Serapan", "Volume", "Keterangan"});
  uint32_t r = 4;
  for (int i = 1; r < 7004; ++i) {
    const std::string no = std::to_string(i);
    const std::string kode = "5.1.02." + std::to_string(i % 97 + 1);
    const std::string anggaran = std::to_string(1000 + i) + ".500.000";
    const std::string pct = std::to_string(50 + i % 50) + "," + std::to_string(i % 100) + "%";
    const std::string volume = i % 13 == 0 ? "4.300" : std::to_string(i % 40 + 1) + " Dok";
    if (i % 50 == 0) {
      b.row(r, {"", "", "Jumlah", anggaran.c_str(), "", "", "", ""});
    } else {
      b.row(r, {no, kode, i % 11 == 0 ? "Belanja Jasa Tenaga" : "Belanja Barang Pakai Habis", anggaran, "", pct, volume,
                i % 17 == 0 ? "lihat catatan" : ""});
      b.num(r, 4, 900000.25 + i);  // realisasi as a numeric cell
      if (i % 11 == 0) b.text(++r, 2, "pendukung kegiatan lapangan");  // the label's tail
    }
    ++r;
  }
  return b.done();
}

TEST(TableRecognizerThreads, TwoThreadsGiveTheSameTablesAsOne) {
  const Workbook wb = big_sheet();
  RecognizeOptions one, two;
  one.two_threads = false;
  two.two_threads = true;
  const std::vector<Table> a = recognize_tables(wb, one);
  const std::vector<Table> b = recognize_tables(wb, two);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_GT(a[0].rows.size() * a[0].columns.size(), 50000u);  // large enough for two threads
  EXPECT_EQ(clean_json(wb, a, "big.xlsx"), clean_json(wb, b, "big.xlsx"));
  // Several runs: which thread takes which column varies, the result must not.
  for (int k = 0; k < 3; ++k) EXPECT_EQ(clean_json(wb, recognize_tables(wb, two), "big.xlsx"), clean_json(wb, a, "big.xlsx"));
}

}  // namespace
}  // namespace sakip
