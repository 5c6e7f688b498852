// Typing a text cell whose string the column has typed already copies that Value instead of
// parsing the text again (xlsx shared strings give equal texts one string id). The result must
// be exactly what typing every cell on its own gives: the same workbook with one string id per
// cell (nothing to reuse) must produce byte-identical clean JSON (every typed value, original
// text, unit, flag and cell reference), on one thread and on two.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>

#include "ingest/clean_json.h"
#include "ingest/table.h"
#include "tests/support/workbook_builder.h"

namespace sakip {
namespace {

// Values people type, of every kind the parser knows (numbers in Indonesian and English form,
// ambiguous "4.300"s the column consensus decides, money, percentages, quantities with units
// also behind markup, grades, ranges, not-applicable marks, codes, prose).
const char* const kVocabulary[] = {
    "4.300", "4,300", "89,75", "98.28", "3.676.351.730", "1.234,50", "Rp 744.112.000,00", "Rp.4.068.968.525,-",
    "(8.091.400,00)", "64,42%", "78,24%.", "4 Dok", "22 orang", "<b>4</b> D<i>ok</i>", "**12**", "A", "BB",
    "B (85)", "A(81,22)", "0 (80)", "69,1-69,5", "4,51 – 5,00", "2021-2026", "-", "n/a", "tidak ada", "Rp -",
    "1.1.1", "01", "2.113.771.9 67", "DAU", "Belanja Pegawai", "Belanja Barang dan Jasa", "  spasi  ", "100",
    "7", "0,5", "12.", "x"};

// A 1,200-row table whose text cells repeat from the vocabulary and from thousands of distinct
// codes (more than the reuse table holds, so ids collide in it). `share`: equal texts get one
// string id, as an xlsx reader gives them.
Workbook sheet(bool share, uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  test::WorkbookBuilder b;
  b.text("A1", "Tabel Realisasi Kinerja dan Anggaran");
  b.row(3, {"Kode", "Uraian", "Target", "Realisasi", "% Capaian", "Anggaran (Rp)", "Satuan", "Keterangan"});
  for (uint32_t r = 4; r < 1204; ++r) {
    b.text(r, 0, "5.1.02." + std::to_string(pick(9000)));
    for (uint32_t c = 1; c < 8; ++c) {
      if (pick(9) == 0) continue;  // blank cell
      if (c == 3 && pick(3) == 0) {
        b.num(r, c, static_cast<double>(pick(100000)) / 100.0);
        continue;
      }
      b.text(r, c, kVocabulary[pick(std::size(kVocabulary))]);
    }
  }
  Workbook wb = b.done();
  if (share) {
    std::map<std::string, uint32_t, std::less<>> first;
    for (Cell& c : wb.sheets[0].cells) {
      if (c.kind != CellKind::Text) continue;
      auto [it, fresh] = first.emplace(std::string(wb.raw(c)), c.raw);
      c.raw = it->second;
    }
  }
  return wb;
}

TEST(TableRecognizerSharedText, ReusedValuesEqualValuesTypedOneByOne) {
  for (uint64_t seed : {1u, 2u, 3u}) {
    const Workbook shared = sheet(true, seed), own = sheet(false, seed);
    // The sharing took: far fewer distinct ids than text cells.
    auto distinct_ids = [](const Workbook& wb) {
      std::set<uint32_t> ids;
      for (const Cell& c : wb.sheets[0].cells)
        if (c.kind == CellKind::Text) ids.insert(c.raw);
      return ids.size();
    };
    ASSERT_LT(distinct_ids(shared), distinct_ids(own) / 2);
    RecognizeOptions one, two;
    one.two_threads = false;
    two.two_threads = true;
    const std::vector<Table> reference = recognize_tables(own, one);
    ASSERT_EQ(reference.size(), 1u);
    ASSERT_GE(reference[0].rows.size(), 1000u);
    const std::string want = clean_json(own, reference, "t.xlsx");
    EXPECT_EQ(clean_json(shared, recognize_tables(shared, one), "t.xlsx"), want) << "seed " << seed;
    EXPECT_EQ(clean_json(shared, recognize_tables(shared, two), "t.xlsx"), want) << "seed " << seed;
  }
}

}  // namespace
}  // namespace sakip
