#include "ingest/table_finder.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "ingest/header_vocabulary.h"
#include "ingest/text_key.h"

namespace sakip {

namespace {

constexpr size_t kHeaderScanRows = 30;  // the header band starts within a block's first rows
constexpr size_t kMaxBandRows = 4;
constexpr size_t kHeaderCellMaxBytes = 200;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "573354470075", "1.234.567,00", "(8.091.400,00)", "-16.320.400", "95,5%": a number typed as text.
bool looks_numeric(std::string_view t) {
  bool digit = false;
  for (char ch : t) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isdigit(c)) digit = true;
    else if (!(c == '.' || c == ',' || c == '-' || c == '(' || c == ')' || c == '%' || c == ' ' || c == 'R' || c == 'p'))
      return false;
  }
  return digit;
}

// "2025", "1 (2022)", "Tahun ke-1 (2022)": a year header, not a number.
bool is_year_text(std::string_view t) {
  size_t a = t.find_first_not_of(' '), b = t.find_last_not_of(' ');
  if (a == std::string_view::npos) return false;
  t = t.substr(a, b - a + 1);
  size_t open = t.find('(');
  if (open != std::string_view::npos && t.back() == ')' && t.size() - open == 6) t = t.substr(open + 1, 4);
  if (t.size() != 4 || !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  int y = std::stoi(std::string(t));
  return y >= 1990 && y <= 2100;
}

bool is_year_number(const Cell& c) {
  if (c.kind != CellKind::Number) return false;
  return c.number >= 1990 && c.number <= 2100 && std::floor(c.number) == c.number;
}

// A block: the rows of a run of consecutive sheet rows that hold a cell in [c0, c1].
struct Block {
  std::vector<uint32_t> rows;  // indices into grid.rows(), ascending
  uint32_t c0 = 0, c1 = 0;
};

// What a row of a block looks like, for the header search and body classification.
struct RowLook {
  size_t live = 0, text = 0, number = 0, recognised = 0, numbering = 0, plain_text = 0;
  bool numbering_increasing = true;
  bool data_label = false;  // a cell like "Tujuan 1 :", "Program ...", a code
  bool footer = false, separator = true;
};

class Finder {
 public:
  // `reference`: the plain algorithms (every occupied column collected and sorted, every body
  // row's look kept) that the fast ones must equal; tests compare the two.
  Finder(const SheetGrid& g, bool reference) : g_(g), reference_(reference) {}

  std::vector<TableDraft> run() {
    std::vector<Block> blocks = reference_ ? make_blocks_reference() : make_blocks();
    std::vector<TableDraft> tables;
    // Header analysis first, so that a small text block can look at the block after it.
    std::vector<std::optional<size_t>> header_at(blocks.size());
    for (size_t b = 0; b < blocks.size(); ++b) header_at[b] = find_header(blocks[b]);
    std::vector<size_t> pending_title;  // blocks waiting to be a title of the next table
    std::vector<uint32_t> table_last_row;
    for (size_t b = 0; b < blocks.size(); ++b) {
      const Block& blk = blocks[b];
      const uint32_t first = row(blk.rows.front());
      const uint32_t last = row(blk.rows.back());
      long prev = last_overlapping(tables, table_last_row, blk);
      if (header_at[b]) {
        size_t h = *header_at[b];
        TableDraft d;
        d.c0 = blk.c0;
        d.c1 = blk.c1;
        build_from_header(blk, h, d);
        if (prev >= 0 && h == 0 && pending_title.empty() && same_header(tables[prev], d)) {
          // A header repeated after a blank row or page break: the same table goes on.
          TableDraft& t = tables[prev];
          for (uint32_t r : d.band) t.header_rows.push_back(r);
          if (d.numbering_row) t.header_rows.push_back(*d.numbering_row);
          for (uint32_t r : d.header_rows)
            if (std::find(d.band.begin(), d.band.end(), r) == d.band.end() && r != d.numbering_row)
              t.header_rows.push_back(r);
          if (!d.body.empty()) t.after_break.push_back(d.body.front());
          for (uint32_t r : d.body) t.body.push_back(r);
          for (uint32_t r : d.after_break) t.after_break.push_back(r);
          for (const CellRef& c : d.footer_cells) t.footer_cells.push_back(c);
          table_last_row[prev] = last;
          continue;
        }
        // Titles: small text blocks just above.
        std::vector<CellRef> own_title = std::move(d.title_cells);
        d.title_cells.clear();
        for (size_t pb : pending_title) {
          for (uint32_t r : blocks[pb].rows) add_cells(r, blocks[pb].c0, blocks[pb].c1, d.title_cells);
        }
        for (const CellRef& c : own_title) d.title_cells.push_back(c);
        pending_title.clear();
        tables.push_back(std::move(d));
        table_last_row.push_back(last);
        continue;
      }
      // No header of its own. Small blocks are judged on all their rows; big ones are data.
      bool footerish = false, texty = true, labelled = true;
      size_t max_live = 0;
      const size_t scan = std::min<size_t>(blk.rows.size(), 12);
      const bool big = blk.rows.size() > scan;
      bool first_footer = false;
      for (size_t k = 0; k < scan; ++k) {
        RowLook l = look(blk.rows[k], blk.c0, blk.c1);
        if (k == 0) first_footer = l.footer;
        footerish = footerish || l.footer;
        texty = texty && l.number == 0;
        labelled = labelled && l.plain_text >= 1 && l.number <= 1;
        max_live = std::max(max_live, l.live);
      }
      bool next_is_table = b + 1 < blocks.size() && header_at[b + 1] && *header_at[b + 1] == 0 &&
                           row(blocks[b + 1].rows.front()) <= last + 3;
      bool small_text = !big && texty && blk.rows.size() <= 4 && max_live <= 3;
      if (next_is_table && !big && labelled && blk.rows.size() <= 10 && max_live <= 3 && !footerish) {
        pending_title.push_back(b);
        continue;
      }
      if (prev >= 0 && first <= table_last_row[prev] + 3 && blk.c0 >= tables[prev].c0 && blk.c1 <= tables[prev].c1 &&
          !tables[prev].band.empty() && !first_footer && !(small_text && next_is_table) &&
          tables[prev].footer_cells.empty()) {
        // Rows of the table after a blank row (its own trailing footer is found inside).
        pending_title.clear();
        TableDraft& t = tables[prev];
        classify_body(blk.rows, 0, blk.c0, blk.c1, t);
        table_last_row[prev] = last;
        continue;
      }
      const bool near = prev >= 0 && first <= table_last_row[prev] + 12;
      if (prev >= 0 && !next_is_table && !big &&
          (footerish || (small_text && near) || (near && !tables[prev].footer_cells.empty() && texty))) {
        pending_title.clear();
        for (uint32_t r : blk.rows) add_cells(r, blk.c0, blk.c1, tables[prev].footer_cells);
        table_last_row[prev] = last;
        continue;
      }
      if (small_text && !footerish) {
        // A title when a table follows closely; otherwise it stays unassigned.
        if (!pending_title.empty() && row(blocks[pending_title.back()].rows.back()) + 3 < first) pending_title.clear();
        pending_title.push_back(b);
        continue;
      }
      if (blk.rows.size() >= 2 && blk.c1 > blk.c0) {
        // A table without a recognised header: kept, typed, kind unknown.
        TableDraft d;
        d.c0 = blk.c0;
        d.c1 = blk.c1;
        for (size_t pb : pending_title)
          for (uint32_t r : blocks[pb].rows) add_cells(r, blocks[pb].c0, blocks[pb].c1, d.title_cells);
        pending_title.clear();
        classify_body(blk.rows, 0, blk.c0, blk.c1, d);
        tables.push_back(std::move(d));
        table_last_row.push_back(last);
        continue;
      }
      pending_title.clear();
    }
    return tables;
  }

 private:
  const SheetGrid& g_;
  const bool reference_;

  uint32_t row(uint32_t i) const { return g_.rows()[i]; }  // the sheet row of grid row i

  template <class F>
  void for_cells(uint32_t row, uint32_t c0, uint32_t c1, F&& f) const {
    g_.for_live_cells(row, c0, c1, std::forward<F>(f));
  }

  // The cells of grid row i (an index into grid.rows()).
  void add_cells(uint32_t i, uint32_t c0, uint32_t c1, std::vector<CellRef>& out) const {
    g_.for_live_cells_at(i, c0, c1, [&](const Cell& c) { out.push_back({c.row, c.col}); });
  }

  // The columns a live cell occupies: its own, and those of a merge over it (up to 64 wide).
  template <class F>
  void occupied_columns(const Cell& c, F&& f) const {
    f(c.col);
    if (const Merge* m = g_.merge_at(c.row, c.col)) {
      for (uint32_t col = m->range.first.col + 1; col <= m->range.last.col && col < m->range.first.col + 64; ++col)
        f(col);
    }
  }

  // Blocks: runs of consecutive sheet rows, cut at empty columns; sorted by first row, then c0.
  std::vector<Block> make_blocks() const {
    std::vector<Block> blocks;
    const auto& rows = g_.rows();
    // The occupied columns of a run: a bit per column below kBitmapCols (bits cleared again as
    // they are read out), a list beyond.
    constexpr uint32_t kBitmapCols = 1u << 16;
    std::vector<uint64_t> bits(kBitmapCols / 64, 0);
    std::vector<uint32_t> far, cols;
    size_t i = 0;
    while (i < rows.size()) {
      size_t j = i + 1;
      while (j < rows.size() && rows[j] == rows[j - 1] + 1) ++j;
      // Rows i..j-1 are one run.
      uint32_t lo = kBitmapCols, hi = 0;
      auto mark = [&](uint32_t col) {
        if (col >= kBitmapCols) {
          far.push_back(col);
          return;
        }
        bits[col >> 6] |= uint64_t(1) << (col & 63);
        lo = std::min(lo, col);
        hi = std::max(hi, col);
      };
      for (size_t k = i; k < j; ++k) g_.for_live_cells_at(k, 0, UINT32_MAX, [&](const Cell& c) { occupied_columns(c, mark); });
      cols.clear();
      if (lo <= hi) {
        for (uint32_t w = lo >> 6; w <= hi >> 6; ++w) {
          for (uint64_t x = bits[w]; x != 0; x &= x - 1) cols.push_back((w << 6) | static_cast<uint32_t>(__builtin_ctzll(x)));
          bits[w] = 0;
        }
      }
      if (!far.empty()) {
        std::sort(far.begin(), far.end());
        far.erase(std::unique(far.begin(), far.end()), far.end());
        cols.insert(cols.end(), far.begin(), far.end());
        far.clear();
      }
      // Column runs -> blocks, in column order.
      const size_t first_block = blocks.size();
      size_t a = 0;
      while (a < cols.size()) {
        size_t z = a + 1;
        while (z < cols.size() && cols[z] == cols[z - 1] + 1) ++z;
        Block blk;
        blk.c0 = cols[a];
        blk.c1 = cols[z - 1];
        blocks.push_back(std::move(blk));
        a = z;
      }
      if (blocks.size() == first_block + 1) {
        // One block: every live cell of the run lies in it, and every grid row holds one.
        Block& blk = blocks.back();
        blk.rows.resize(j - i);
        for (size_t k = i; k < j; ++k) blk.rows[k - i] = static_cast<uint32_t>(k);
      } else {
        // A row belongs to each block one of its live cells lies in (cells and blocks ascend).
        for (size_t k = i; k < j; ++k) {
          size_t b = first_block;
          g_.for_live_cells_at(k, 0, UINT32_MAX, [&](const Cell& c) {
            while (blocks[b].c1 < c.col) ++b;
            if (blocks[b].rows.empty() || blocks[b].rows.back() != k) blocks[b].rows.push_back(static_cast<uint32_t>(k));
          });
        }
        // Columns of a wide merge's tail only (past a cell 64 columns into it) hold no cell.
        blocks.erase(std::remove_if(blocks.begin() + static_cast<long>(first_block), blocks.end(),
                                    [](const Block& blk) { return blk.rows.empty(); }),
                     blocks.end());
      }
      i = j;
    }
    sort_blocks(blocks);
    return blocks;
  }

  // make_blocks the plain way: every occupied column of a run collected and sorted, then each
  // block's rows found by scanning the run again.
  std::vector<Block> make_blocks_reference() const {
    std::vector<Block> blocks;
    const auto& rows = g_.rows();
    const auto& cells = g_.sheet().cells;
    size_t i = 0;
    while (i < rows.size()) {
      size_t j = i + 1;
      while (j < rows.size() && rows[j] == rows[j - 1] + 1) ++j;
      std::vector<uint32_t> cols;
      for (size_t k = i; k < j; ++k) {
        auto [b, e] = g_.row_cells(k);
        for (size_t x = b; x < e; ++x)
          if (g_.live(cells[x])) occupied_columns(cells[x], [&](uint32_t col) { cols.push_back(col); });
      }
      std::sort(cols.begin(), cols.end());
      cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
      size_t a = 0;
      while (a < cols.size()) {
        size_t z = a + 1;
        while (z < cols.size() && cols[z] == cols[z - 1] + 1) ++z;
        Block blk;
        blk.c0 = cols[a];
        blk.c1 = cols[z - 1];
        for (size_t k = i; k < j; ++k) {
          auto [b, e] = g_.row_cells(k);
          bool any = false;
          for (size_t x = b; x < e && !any; ++x)
            any = g_.live(cells[x]) && cells[x].col >= blk.c0 && cells[x].col <= blk.c1;
          if (any) blk.rows.push_back(static_cast<uint32_t>(k));
        }
        if (!blk.rows.empty()) blocks.push_back(std::move(blk));
        a = z;
      }
      i = j;
    }
    sort_blocks(blocks);
    return blocks;
  }

  void sort_blocks(std::vector<Block>& blocks) const {
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& x, const Block& y) {
      return x.rows.front() != y.rows.front() ? x.rows.front() < y.rows.front() : x.c0 < y.c0;
    });
  }

  // `full`: also match the header vocabulary (only needed near a block's top). `i`: grid row.
  RowLook look(uint32_t i, uint32_t c0, uint32_t c1, bool full = true) const {
    RowLook l;
    int last_num = -1;
    g_.for_live_cells_at(i, c0, c1, [&](const Cell& c) {
      ++l.live;
      if (c.kind == CellKind::Number) {
        // A number's stored text matters only while the row may still be a separator line
        // (reading it is a string-pool lookup per numeric cell).
        if (l.separator && !is_separator_text(g_.text(c))) l.separator = false;
        if (!is_year_number(c)) ++l.number;
        if (c.number >= 0 && c.number <= 200 && std::floor(c.number) == c.number) {
          ++l.numbering;
          int n = static_cast<int>(c.number);
          if (n <= last_num) l.numbering_increasing = false;
          last_num = n;
        }
        return;
      }
      const std::string_view t = g_.text(c);
      if (l.separator && !is_separator_text(t)) l.separator = false;
      ++l.text;
      if (looks_numeric(t) && !is_year_text(t)) ++l.number;
      else ++l.plain_text;
      int n = column_number(t);
      if (n >= 0) {
        ++l.numbering;
        if (n <= last_num) l.numbering_increasing = false;
        last_num = n;
      }
    });
    if (l.live == 0) l.separator = false;
    if (!full && l.number > 0) return l;
    // The texts again (no list kept per row): vocabulary, data labels and footer lines.
    g_.for_live_cells_at(i, c0, c1, [&](const Cell& c) {
      if (c.kind == CellKind::Number) return;
      std::string_view t = g_.text(c);
      if (t.size() <= kHeaderCellMaxBytes) {
        if (full) {
          std::string key = text_key(t);
          if (is_data_label(key) && t.find('/') == std::string_view::npos) l.data_label = true;
          else if (classify_header_level(t).recognised) ++l.recognised;
        }
        if (is_footer_text(t)) l.footer = true;
      } else if (is_footer_text(t.substr(0, 120))) {
        l.footer = true;
      }
    });
    return l;
  }

  static bool is_data_label(std::string_view key) {
    // "tujuan 1", "sasaran 1 1", "program penunjang ...", "kegiatan ...", "1 01 01 ..."
    for (std::string_view p : {"tujuan ", "sasaran ", "indikator ", "program ", "kegiatan ", "sub kegiatan "}) {
      if (starts_with(key, p)) {
        std::string_view rest = key.substr(p.size());
        if (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest[0])) || p == "program " || p == "kegiatan "))
          return key.size() > 30 || std::isdigit(static_cast<unsigned char>(rest[0]));
      }
    }
    return false;
  }

  bool numbering_row(const RowLook& l) const {
    return l.live >= 3 && l.numbering * 10 >= l.live * 7 && l.numbering_increasing && l.recognised <= 1;
  }

  std::optional<size_t> find_header(const Block& blk) const {
    size_t n = std::min(blk.rows.size(), kHeaderScanRows);
    size_t prev_live = 0;
    for (size_t i = 0; i < n; ++i) {
      RowLook l = look(blk.rows[i], blk.c0, blk.c1);
      // Key / value lines ("Nama Organisasi | Dinas Pendidikan") above a table are metadata.
      bool key_value = l.live == 2 && prev_live == 2;
      prev_live = l.live;
      if (l.recognised >= 2 && l.number == 0 && l.recognised * 2 >= l.live && !l.data_label && !numbering_row(l) &&
          !key_value)
        return i;
      if (l.number > 0 && l.live >= 3 && i > 0) {
        // Numbers before any header: the block's header (if any) is above; stop looking far.
        if (i > 8) break;
      }
    }
    return std::nullopt;
  }

  // Is `row` part of the header band that starts at band.front()?
  bool continues_band(const std::vector<uint32_t>& band, uint32_t row, const Block& blk, const RowLook& l) const {
    if (l.number > 0 || l.data_label || numbering_row(l) || l.live == 0) return false;
    if (row != band.back() + 1) return false;
    // (a) vertical header merges reach into this row
    bool merged_from_band = false;
    bool all_under_group = true, all_fragments = true;
    for (uint32_t c = blk.c0; c <= blk.c1; ++c) {
      const Merge* m = g_.merge_at(row, c);
      if (m && m->range.first.row < row && m->range.first.row >= band.front()) merged_from_band = true;
    }
    for_cells(row, blk.c0, blk.c1, [&](const Cell& c) {
      std::string_view t = g_.text(c);
      if (t.size() > 80) all_under_group = false;
      // (b) under a group header: above it the band cell is empty or a horizontal merge
      bool group = false;
      for (auto it = band.rbegin(); it != band.rend(); ++it) {
        const Merge* m = g_.merge_at(*it, c.col);
        if (m && m->range.last.col > m->range.first.col) {
          group = true;
          break;
        }
        if (g_.find(*it, c.col)) break;  // a plain header cell above: not a group
      }
      if (!group) {
        const Cell* above = g_.find(band.back(), c.col);
        bool covered_above = g_.covered(band.back(), c.col);
        if (above || covered_above) group = false;
        else group = true;
      }
      if (!group) all_under_group = false;
      // (c) split words and years: "I 2023", "N 2023", "2022"
      std::string key = text_key(t);
      bool frag = key.size() <= 12 && (classify_header_level(t).recognised || key.size() <= 3);
      if (!frag) all_fragments = false;
    });
    if (merged_from_band && all_under_group) return true;
    if (all_under_group && (l.recognised > 0 || l.text == l.live)) return true;
    return all_fragments && l.recognised > 0;
  }

  void build_from_header(const Block& blk, size_t h, TableDraft& d) const {
    for (size_t i = 0; i < h; ++i) add_cells(blk.rows[i], blk.c0, blk.c1, d.title_cells);
    d.band.push_back(row(blk.rows[h]));
    size_t i = h + 1;
    while (i < blk.rows.size() && d.band.size() < kMaxBandRows) {
      RowLook l = look(blk.rows[i], blk.c0, blk.c1);
      if (!continues_band(d.band, row(blk.rows[i]), blk, l)) break;
      d.band.push_back(row(blk.rows[i]));
      ++i;
    }
    if (i < blk.rows.size()) {
      RowLook l = look(blk.rows[i], blk.c0, blk.c1);
      if (numbering_row(l)) {
        d.numbering_row = row(blk.rows[i]);
        ++i;
        // "K | Rp | K | % | Rp" under the column numbers (Deli Serdang evaluasi Renja).
        if (i < blk.rows.size()) {
          RowLook k = look(blk.rows[i], blk.c0, blk.c1);
          if (k.number == 0 && k.live >= 2 && k.recognised * 10 >= k.live * 8 && short_cells(row(blk.rows[i]), blk.c0, blk.c1)) {
            d.band.push_back(row(blk.rows[i]));
            ++i;
          }
        }
      }
    }
    d.header_rows = d.band;
    classify_body(blk.rows, i, blk.c0, blk.c1, d);
  }

  bool short_cells(uint32_t row, uint32_t c0, uint32_t c1) const {
    bool ok = true;
    for_cells(row, c0, c1, [&](const Cell& c) { ok = ok && g_.text(c).size() <= 8; });
    return ok;
  }

  // Header cells of a row by column, as keys.
  std::vector<std::pair<uint32_t, std::string>> row_keys(uint32_t row, uint32_t c0, uint32_t c1) const {
    std::vector<std::pair<uint32_t, std::string>> out;
    for_cells(row, c0, c1, [&](const Cell& c) { out.emplace_back(c.col, text_key(g_.text(c))); });
    return out;
  }

  // How many of `row`'s cells equal the band cell above them (same column, same key; or the
  // same long key one column off).
  using Keys = std::vector<std::pair<uint32_t, std::string>>;
  bool repeats_band(uint32_t row, const std::vector<Keys>& band_keys, const TableDraft& d, const RowLook& l) const {
    if (band_keys.empty() || l.number > 0 || l.live < 2) return false;
    auto keys = row_keys(row, d.c0, d.c1);
    for (const Keys& bk : band_keys) {
      size_t same = 0;
      for (const auto& [col, key] : keys) {
        for (const auto& [bc, bkey] : bk)
          // A group cell may sit one column off in a repeat (002 RKT L881: 'PROGRAM/ KEGIATAN'
          // and 'SUB KEGIATAN' one column left of the first header's).
          if ((bc == col && (bkey == key || (key.size() >= 6 && edit_distance(bkey, key, 2) <= 2))) ||
              (bc + 1 >= col && bc <= col + 1 && key.size() >= 6 && bkey == key)) {
            ++same;
            break;
          }
      }
      if (same >= 2 && same * 10 >= keys.size() * 6) return true;
    }
    return false;
  }

  // Body rows of a block from rows[from] on (grid rows), with repeated headers and the footer.
  void classify_body(const std::vector<uint32_t>& rows, size_t from, uint32_t c0, uint32_t c1, TableDraft& d) const {
    bool after_header = false;
    std::vector<Keys> band_keys;
    for (uint32_t br : d.band) band_keys.push_back(row_keys(br, d.c0, d.c1));
    from = std::min(from, rows.size());
    // A footer is a trailing run of rows without numbers that starts with a footer line: rows
    // after the last one with a number. Each row's look is computed where it is needed.
    std::vector<RowLook> looks;       // reference only: every row's look, computed up front
    std::vector<char> numbers_after;  // reference only: a row from here on holds a number
    size_t numbers_end = from;        // rows[k] for k >= numbers_end hold no number
    if (reference_) {
      looks.reserve(rows.size() - from);
      for (size_t i = from; i < rows.size(); ++i) looks.push_back(look(rows[i], c0, c1, false));
      numbers_after.assign(looks.size() + 1, 0);
      for (size_t k = looks.size(); k-- > 0;) numbers_after[k] = numbers_after[k + 1] || looks[k].number > 0;
    } else {
      for (size_t k = rows.size(); k-- > from;)
        if (look(rows[k], c0, c1, false).number > 0) {
          numbers_end = k + 1;
          break;
        }
    }
    const size_t want = d.body.size() + (rows.size() - from);
    if (d.body.capacity() < want) d.body.reserve(std::max(want, 2 * d.body.capacity()));
    for (size_t i = from; i < rows.size(); ++i) {
      const uint32_t r = row(rows[i]);
      const RowLook l = reference_ ? looks[i - from] : look(rows[i], c0, c1, false);
      if (l.separator) continue;  // left unassigned
      if (repeats_band(r, band_keys, d, l)) {
        d.header_rows.push_back(r);
        after_header = true;
        continue;
      }
      if (d.numbering_row && numbering_row(l) && l.number == 0) {
        d.header_rows.push_back(r);
        after_header = true;
        continue;
      }
      if (d.numbering_row && numbering_row(l)) {
        // Numbers stored as numbers: a repeat when they equal the first numbering row.
        auto a = row_keys(r, c0, c1), b = row_keys(*d.numbering_row, c0, c1);
        if (a == b) {
          d.header_rows.push_back(r);
          after_header = true;
          continue;
        }
      }
      const bool numbers_later = reference_ ? numbers_after[i - from] != 0 : i < numbers_end;
      if (l.footer && !numbers_later && !d.body.empty()) {
        for (size_t k = i; k < rows.size(); ++k) add_cells(rows[k], c0, c1, d.footer_cells);
        return;
      }
      d.body.push_back(r);
      if (after_header) d.after_break.push_back(r);
      after_header = false;
    }
  }

  bool same_header(const TableDraft& t, const TableDraft& d) const {
    if (t.band.empty() || d.band.empty()) return false;
    auto a = row_keys(t.band.front(), t.c0, t.c1);
    auto b = row_keys(d.band.front(), d.c0, d.c1);
    if (a.empty() || a.size() != b.size()) return false;
    size_t same = 0;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i].first == b[i].first && (a[i].second == b[i].second || edit_distance(a[i].second, b[i].second, 2) <= 2))
        ++same;
    return same * 10 >= a.size() * 8;
  }

  long last_overlapping(const std::vector<TableDraft>& tables, const std::vector<uint32_t>&, const Block& blk) const {
    for (long i = static_cast<long>(tables.size()) - 1; i >= 0; --i)
      if (tables[i].c0 <= blk.c1 && blk.c0 <= tables[i].c1) return i;
    return -1;
  }
};

}  // namespace

int column_number(std::string_view text) {
  size_t i = 0;
  auto skip = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '(' || text[i] == '$' || text[i] == '{' || text[i] == '['))
      ++i;
  };
  skip();
  if (text.substr(i, 6) == "\\frac{") {
    i += 6;
  }
  size_t start = i;
  int n = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && i - start < 3) n = n * 10 + (text[i++] - '0');
  if (i == start) return -1;
  // What may follow: nothing, ")", "=" formula, "}" (LaTeX), "." ("1.")
  while (i < text.size() && (text[i] == ' ' || text[i] == ')' || text[i] == '.' || text[i] == '}' || text[i] == ']')) ++i;
  if (i == text.size()) return n;
  if (text[i] == '=' || text[i] == '{') return n;
  return -1;
}

bool is_footer_text(std::string_view text) {
  std::string key = text_key(text);
  if (key.empty()) return false;
  for (std::string_view p : {"sumber", "catatan", "mengetahui", "nip", "camat", "kepala", "sekretaris", "bupati",
                             "walikota", "wali kota", "plt", "pembina", "penata", "a n ", "an ", "pejabat",
                             "kuasa pengguna", "pengguna anggaran", "ditetapkan", "disahkan", "menyetujui",
                             "gubernur", "yang membuat", "dibuat oleh", "pangkat", "golongan ruang"}) {
    if (starts_with(key, p) && (key.size() == p.size() || key[p.size()] == ' ' || p.back() == ' ')) {
      if (p == "sumber" && starts_with(key, "sumber dana")) continue;  // a DPA field, not a source note
      return true;
    }
  }
  // "Jember, 10 Februari 2025"
  static constexpr std::string_view kMonths[] = {"januari", "februari", "pebruari", "maret", "april", "mei",
                                                 "juni", "juli", "agustus", "september", "oktober",
                                                 "november", "nopember", "desember"};
  auto words = key_words(key);
  if (words.size() <= 6 && text.find(',') != std::string_view::npos) {
    bool month = false, year = false;
    for (auto w : words) {
      for (auto m : kMonths) month = month || w == m;
      year = year || (w.size() == 4 && (starts_with(w, "19") || starts_with(w, "20")) &&
                      std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
    }
    if (month && year) return true;
  }
  return false;
}

bool is_separator_text(std::string_view text) {
  bool any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '-' || c == '=' || c == '_' || c == '|' || c == ':') {
      any = true;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      any = true;  // en / em dash
      i += 2;
    } else if (!std::isspace(c)) {
      return false;
    }
  }
  // A single "-" is a value ("not applicable"), not a separator line.
  return any && text.find_first_not_of(" ") != std::string_view::npos &&
         std::count_if(text.begin(), text.end(), [](char c) { return c != ' '; }) >= 2;
}

std::vector<TableDraft> find_tables(const SheetGrid& grid) { return Finder(grid, false).run(); }

std::vector<TableDraft> find_tables_reference(const SheetGrid& grid) { return Finder(grid, true).run(); }

}  // namespace sakip
