// The table finder's fast paths against its plain reference algorithms (find_tables_reference:
// every occupied column of a run collected and sorted, each block's rows found by a second
// scan, every body row's look kept before the footer search), and SheetGrid's row lookup and
// live-cell walk against brute force. The drafts must be equal field by field on every
// fixture and real file, and on random sheets shaped to reach each branch: side-by-side
// blocks, merges wider than 64 columns, columns past 65,536, blank and white-space cells,
// footers, separators, repeated headers and numbering rows.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/sheet_grid.h"
#include "ingest/table_finder.h"
#include "ingest/workbook.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

namespace fs = std::filesystem;

void expect_same(const std::vector<TableDraft>& fast, const std::vector<TableDraft>& ref, const std::string& where) {
  ASSERT_EQ(fast.size(), ref.size()) << where;
  for (size_t i = 0; i < fast.size(); ++i) {
    const TableDraft& a = fast[i];
    const TableDraft& b = ref[i];
    const std::string at = where + " table " + std::to_string(i);
    EXPECT_EQ(a.c0, b.c0) << at;
    EXPECT_EQ(a.c1, b.c1) << at;
    EXPECT_EQ(a.title_cells, b.title_cells) << at;
    EXPECT_EQ(a.band, b.band) << at;
    EXPECT_EQ(a.header_rows, b.header_rows) << at;
    EXPECT_EQ(a.numbering_row, b.numbering_row) << at;
    EXPECT_EQ(a.body, b.body) << at;
    EXPECT_EQ(a.after_break, b.after_break) << at;
    EXPECT_EQ(a.footer_cells, b.footer_cells) << at;
  }
}

// Returns the number of tables found (so a test can tell it looked at something).
size_t compare_workbook(const Workbook& wb, const std::string& where) {
  size_t n = 0;
  for (const Sheet& s : wb.sheets) {
    const SheetGrid grid(wb, s);
    const auto fast = find_tables(grid);
    expect_same(fast, find_tables_reference(grid), where + " sheet '" + s.name + "'");
    n += fast.size();
  }
  return n;
}

TEST(TableFinder, FastPathsEqualReferenceOnFixturesAndRealFiles) {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(test::source_dir() + "/fixtures")) {
    if (!e.is_regular_file()) continue;
    const std::string ext = e.path().extension().string();
    if (ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods" || ext == ".csv" || ext == ".html")
      files.push_back(e.path().string());
  }
  for (const std::string& f : test::realdata_files()) files.push_back(f);
  ASSERT_GT(files.size(), 50u);
  size_t read = 0, tables = 0;
  for (const std::string& f : files) {
    try {
      const Workbook wb = read_workbook(f);
      ++read;
      tables += compare_workbook(wb, f);
    } catch (const ReadError&) {
      // hostile fixtures that cannot be read: nothing to find
    }
  }
  EXPECT_GT(read, 50u);
  EXPECT_GT(tables, 50u);
}

// Random sheets: rows of header words, column numbers, data, footers, separators and noise in
// one or two column groups, with blank rows, merges (some wider than 64 columns), blank and
// white-space cells and cells past column 65,536.
Workbook random_workbook(std::mt19937& rng) {
  static const std::vector<std::string> kHeader = {"No", "Uraian", "Indikator Kinerja", "Target", "Realisasi",
                                                   "Capaian", "Anggaran (Rp)", "Satuan", "Tahun 2023", "Kode",
                                                   "Program/ Kegiatan", "Sub Kegiatan", "Keterangan", "%"};
  static const std::vector<std::string> kLabel = {"Tujuan 1 :", "Sasaran 1.1", "Program Penunjang Urusan Pemerintahan Daerah",
                                                  "Kegiatan Perencanaan", "1.01.01", "Jumlah", "Belanja Pegawai",
                                                  "Indeks Kepuasan Masyarakat", "A (85)"};
  static const std::vector<std::string> kNumText = {"1.234.567,00", "95,5%", "(8.091.400,00)", "-16.320.400", "2025",
                                                    "1 (2022)"};
  static const std::vector<std::string> kFooter = {"Sumber : BPS", "Mengetahui", "NIP. 19800101",
                                                   "Jember, 10 Februari 2025", "KEPALA DINAS", "Catatan:"};
  static const std::vector<std::string> kOdd = {"---", "=====", "  ", "", "-", "\t", std::string(230, 'x'),
                                                "Sumber : " + std::string(200, 'y')};
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
  auto chance = [&](unsigned pct) { return rng() % 100 < pct; };

  Workbook wb;
  wb.sheets.emplace_back();
  Sheet& s = wb.sheets.back();
  s.name = "R";
  auto put_text = [&](uint32_t r, uint32_t c, std::string_view t) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.kind = CellKind::Text;
    cell.raw = wb.strings.add(t);
    s.cells.push_back(cell);
  };
  auto put_num = [&](uint32_t r, uint32_t c, double v) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.kind = CellKind::Number;
    cell.number = v;
    std::string t = std::to_string(v);
    cell.raw = wb.strings.add(t);
    s.cells.push_back(cell);
  };
  auto put_blank = [&](uint32_t r, uint32_t c) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.kind = CellKind::Blank;
    s.cells.push_back(cell);
  };

  const uint32_t groups = chance(40) ? 2 : 1;
  uint32_t g0[2], g1[2];
  g0[0] = rng() % 3;
  g1[0] = g0[0] + 2 + rng() % 6;
  g0[1] = g1[0] + 2 + rng() % 3;  // at least one empty column between the groups
  g1[1] = g0[1] + 1 + rng() % 5;
  const uint32_t nrows = 5 + rng() % 60;
  int numbering = 0;
  for (uint32_t r = 0; r < nrows; ++r) {
    if (chance(8)) continue;  // a blank row: a new run
    for (uint32_t g = 0; g < groups; ++g) {
      if (g == 1 && chance(30)) continue;
      const uint32_t a = g0[g], b = g1[g];
      const unsigned kind = rng() % 100;
      if (kind < 15) {  // header row
        for (uint32_t c = a; c <= b; ++c)
          if (!chance(15)) put_text(r, c, pick(kHeader));
        if (chance(30) && b > a) {
          const uint32_t m0 = a + rng() % (b - a);
          s.merges.push_back(Merge{RangeRef{{r, m0}, {r + (chance(30) ? 1u : 0u), m0 + 1 + static_cast<uint32_t>(rng() % (b - m0))}}});
        }
      } else if (kind < 22) {  // column numbers, as text or numbers
        const bool text = chance(50);
        for (uint32_t c = a; c <= b; ++c) {
          if (text) put_text(r, c, "(" + std::to_string(c - a + 1) + ")");
          else put_num(r, c, c - a + 1);
        }
      } else if (kind < 70) {  // data
        put_num(r, a, ++numbering % 7);
        put_text(r, a + 1, pick(kLabel));
        for (uint32_t c = a + 2; c <= b; ++c) {
          const unsigned v = rng() % 10;
          if (v < 5) put_num(r, c, static_cast<double>(rng() % 100000) / 100);
          else if (v < 7) put_text(r, c, pick(kNumText));
          else if (v < 8) put_blank(r, c);
          else if (v < 9) put_num(r, c, 2020 + rng() % 6);
        }
      } else if (kind < 80) {  // footer lines
        put_text(r, a + rng() % (b - a + 1), pick(kFooter));
      } else if (kind < 88) {  // separators, white space, blanks, long texts
        for (uint32_t c = a; c <= b; ++c)
          if (chance(60)) put_text(r, c, pick(kOdd));
        if (chance(30)) put_blank(r, b);
      } else if (kind < 94) {  // a title or key / value line
        put_text(r, a, pick(chance(50) ? kLabel : kHeader));
        if (chance(50)) put_text(r, a + 1, pick(kLabel));
      } else {  // far cells and wide merges
        put_text(r, a, pick(kLabel));
        if (chance(50)) {
          put_text(r, 65536 + rng() % 3, pick(kLabel));
          if (chance(50)) put_text(r, 65530 + rng() % 12, pick(kHeader));
        } else {
          // A merge wider than 64 columns with a cell far inside it: its tail columns hold no cell.
          const uint32_t m0 = b + 2;
          s.merges.push_back(Merge{RangeRef{{r, m0}, {r, m0 + 100}}});
          put_text(r, m0 + 70 + rng() % 20, pick(kHeader));
        }
      }
    }
  }
  s.finalize();
  return wb;
}

TEST(TableFinder, FastPathsEqualReferenceOnRandomSheets) {
  std::mt19937 rng(20261123);
  size_t tables = 0;
  for (int i = 0; i < 3000; ++i) {
    const Workbook wb = random_workbook(rng);
    tables += compare_workbook(wb, "random sheet " + std::to_string(i));
    if (HasFailure()) break;
  }
  EXPECT_GT(tables, 1000u);  // the sheets reach the table paths, not only the noise
}

TEST(SheetGrid, RowIndexAndLiveCellsEqualBruteForce) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    Workbook wb;
    wb.sheets.emplace_back();
    Sheet& s = wb.sheets.back();
    // Dense runs, gaps, rows of only blank or white-space cells (not grid rows).
    uint32_t r = rng() % 5;
    const int n = 1 + static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) {
      r += (rng() % 4 == 0) ? 1 + rng() % 1000 : 1;
      const uint32_t cols = 1 + rng() % 6;
      for (uint32_t c = 0; c < cols; ++c) {
        Cell cell;
        cell.row = r;
        cell.col = c * (1 + rng() % 3) + c;
        const unsigned k = rng() % 6;
        cell.kind = k == 0 ? CellKind::Blank : k == 1 ? CellKind::Number : CellKind::Text;
        if (cell.kind == CellKind::Text) cell.raw = wb.strings.add(k == 2 ? " \t " : k == 3 ? "" : "x");
        s.cells.push_back(cell);
      }
    }
    s.finalize();
    const SheetGrid g(wb, s);
    // Brute force: the rows with a live cell.
    std::vector<uint32_t> live_rows;
    for (const Cell& c : s.cells)
      if (g.live(c) && (live_rows.empty() || live_rows.back() != c.row)) live_rows.push_back(c.row);
    ASSERT_EQ(g.rows(), live_rows);
    for (uint32_t q = 0; q <= r + 2; ++q) {
      long want = -1;
      for (size_t i = 0; i < live_rows.size(); ++i)
        if (live_rows[i] == q) want = static_cast<long>(i);
      ASSERT_EQ(g.row_index(q), want) << "row " << q;
      for (uint32_t c0 : {0u, 2u}) {
        const uint32_t c1 = c0 + 5;
        std::vector<uint32_t> got, expect;
        g.for_live_cells(q, c0, c1, [&](const Cell& c) { got.push_back(c.col); });
        for (const Cell& c : s.cells)
          if (c.row == q && c.col >= c0 && c.col <= c1 && g.live(c)) expect.push_back(c.col);
        ASSERT_EQ(got, expect) << "row " << q;
      }
    }
  }
}

}  // namespace
}  // namespace sakip
