// recognize_tables: drafts from the table finder -> typed tables. Columns get roles from the
// header vocabulary, rows are joined with their continuation lines, typed by the value parser
// with its column consensus, given a type (data / total / section), a code, a level and a parent.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/header_band.h"
#include "ingest/header_vocabulary.h"
#include "ingest/kode.h"
#include "ingest/row_hierarchy.h"
#include "ingest/sheet_grid.h"
#include "ingest/table.h"
#include "ingest/table_finder.h"
#include "ingest/formula_hierarchy.h"
#include "ingest/table_kind.h"
#include "ingest/text_key.h"
#include "ingest/two_threads.h"
#include "ingest/value.h"
#include "ingest/workbook.h"

namespace sakip {

namespace {

// A label for people: tags and markdown removed, white space collapsed, trimmed. Written into
// `out` (its old content replaced; `s` must not view it): one buffer for many cells.
void clean_text_into(std::string_view s, std::string& out) {
  // Written through a pointer into the buffer sized to the input: the cleaned text is never
  // longer (a space it writes stands for at least one white space or tag character skipped).
  out.resize(s.size());
  char* const begin = out.data();
  char* o = begin;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '<') {
      if (const size_t end = markup_tag_end(s, i); end != std::string_view::npos) {
        i = end;
        space = space || o != begin;
        continue;
      }
    } else if (c == '*') {
      if (i + 1 < s.size() && s[i + 1] == '*') {
        ++i;
        continue;
      }
    } else if (c == '_') {
      if (s.substr(i, 7) == "_x000D_") {
        i += 6;
        continue;
      }
    } else if (c == ' ' || (c >= '\t' && c <= '\r')) {  // std::isspace in the C locale, inline
      space = o != begin;
      continue;
    }
    if (space) *o++ = ' ';
    space = false;
    *o++ = c;
  }
  out.resize(static_cast<size_t>(o - begin));
}

std::string clean_text(std::string_view s) {
  std::string out;
  clean_text_into(s, out);
  return out;
}

bool starts_word(std::string_view key, std::string_view w) {
  // The first letter first: most keys differ there, and the comparison is then no call.
  if (!w.empty() && (key.empty() || key[0] != w[0])) return false;
  return key.substr(0, w.size()) == w && (key.size() == w.size() || key[w.size()] == ' ');
}

// A label's row type from its key: `key` = text_key(label.substr(0, 80)).
RowType type_from_key(std::string_view key) {
  if (starts_word(key, "sub total") || starts_word(key, "subtotal") || starts_word(key, "jumlah sub"))
    return RowType::Subtotal;
  // "Jumlah Gedung kantor ... yang dipelihara" names an indicator (002 RKT L874), not a total.
  if (starts_word(key, "jumlah") && (" " + std::string(key) + " ").find(" yang ") != std::string::npos)
    return RowType::Data;
  if (starts_word(key, "jumlah") || starts_word(key, "total") || starts_word(key, "grand total") ||
      starts_word(key, "surplus") || starts_word(key, "defisit") || starts_word(key, "serapan anggaran"))
    return RowType::Total;
  if (starts_word(key, "rata rata") || starts_word(key, "ratarata") || starts_word(key, "rata2"))
    return RowType::Average;
  return RowType::Data;
}

bool aggregate_label(std::string_view label, std::string& key) {
  text_key_into(label.substr(0, 60), key);
  for (std::string_view w : {"belanja", "pendapatan", "pembiayaan", "jumlah", "total", "surplus"})
    if (starts_word(key, w)) return true;
  return false;
}

bool is_text_role(ColumnRole r) {
  return r == ColumnRole::Uraian || r == ColumnRole::Tujuan || r == ColumnRole::Sasaran ||
         r == ColumnRole::Indikator || r == ColumnRole::Keterangan || r == ColumnRole::Unknown ||
         r == ColumnRole::Satuan;
}

RowLevel level_for_column(ColumnRole r) {
  switch (r) {
    case ColumnRole::Tujuan: return RowLevel::Tujuan;
    case ColumnRole::Sasaran: return RowLevel::Sasaran;
    case ColumnRole::Indikator: return RowLevel::Indikator;
    default: return RowLevel::None;
  }
}

// The level a name column's header gives when a table spreads its levels over several name
// columns (002 RKT: 'PROGRAM/ KEGIATAN / Nama Program Kegiatan' | 'SUB KEGIATAN / Nama Sub
// Kegiatan'): "sub kegiatan" -> SubKegiatan, "program" and "kegiatan" together -> Program for a
// label that says so, else Kegiatan, one of them alone -> that level.
RowLevel level_for_name_header(std::string_view header, std::string_view label) {
  std::string key = " " + text_key(header) + " ";
  if (key.find(" sub kegiatan ") != std::string::npos || key.find(" subkegiatan ") != std::string::npos)
    return RowLevel::SubKegiatan;
  const bool program = key.find(" program ") != std::string::npos;
  const bool kegiatan = key.find(" kegiatan ") != std::string::npos;
  if (program && kegiatan) return level_from_label(label) == RowLevel::Program ? RowLevel::Program : RowLevel::Kegiatan;
  if (program) return RowLevel::Program;
  if (kegiatan) return RowLevel::Kegiatan;
  return RowLevel::None;
}

struct RowDraft {
  uint32_t row = 0;
  uint32_t live = 0;
  const Cell* const* cells = nullptr;  // per column, live own cells (nullptr: none), in Builder::cells_
  std::vector<uint32_t> continuation;
  bool after_break = false;
};

class Builder {
 public:
  Builder(const SheetGrid& g, const TableDraft& d, uint32_t sheet_index, bool two_threads)
      : g_(g), d_(d), two_threads_(two_threads) {
    t_.sheet = g.sheet().name;
    t_.sheet_index = sheet_index;
  }

  Table build() {
    collect_columns();
    make_columns();
    make_rows();
    join_continuations();
    type_values();
    label_rows();
    classify_typed_table(t_, all_text_);  // roles the values correct, kind, composition tables
    hierarchy();
    apply_formula_hierarchy(g_, t_);  // the sheet's SUM formulas, when rows carry no codes
    finish();
    return std::move(t_);
  }

 private:
  const SheetGrid& g_;
  const TableDraft& d_;
  const bool two_threads_;
  Table t_;
  std::vector<uint32_t> cols_;
  std::vector<int> slot_;  // col - c0 -> column index
  std::vector<RowDraft> rows_;
  // Every body row's cells, one block: row k's column j at cells_[k * columns + j]. A joined
  // continuation line keeps its own.
  std::vector<const Cell*> cells_;
  // Scratch for the per-row text steps (keys, cleaned texts, codes): no allocation per row.
  mutable std::string key_, text_, text2_, code_;
  std::string all_text_;
  std::vector<bool> band_column_header_;

  template <class F>
  void for_cells(uint32_t row, F&& f) const {
    g_.for_live_cells(row, d_.c0, d_.c1, std::forward<F>(f));
  }


  void collect_columns() {
    std::vector<char> used(d_.c1 - d_.c0 + 1, 0);
    auto mark = [&](uint32_t r) { for_cells(r, [&](const Cell& c) { used[c.col - d_.c0] = 1; }); };
    for (uint32_t r : d_.header_rows) mark(r);
    if (d_.numbering_row) mark(*d_.numbering_row);
    for (uint32_t r : d_.body) mark(r);
    slot_.assign(used.size(), -1);
    for (size_t i = 0; i < used.size(); ++i)
      if (used[i]) {
        slot_[i] = static_cast<int>(cols_.size());
        cols_.push_back(d_.c0 + static_cast<uint32_t>(i));
      }
  }

  void make_columns() {
    std::vector<BandColumn> band = read_header_band(g_, d_.band, d_.numbering_row, cols_);
    for (const CellRef& c : d_.title_cells)
      if (const Cell* cell = g_.find(c.row, c.col)) {
        all_text_ += g_.text(*cell);
        all_text_ += ' ';
      }
    for (const BandColumn& bc : band) {
      Column col;
      col.col = bc.col;
      col.header = bc.header();
      col.numbering = bc.numbering;
      all_text_ += col.header;
      all_text_ += ' ';
      HeaderMeaning m = classify_header(bc.levels);
      col.role = m.role;
      col.year = m.year;
      col.period = m.period;
      col.quarter = m.quarter;
      col.end_of_period = m.end_of_period;
      col.is_money = m.is_money;
      if (m.percent && m.role == ColumnRole::Unknown) col.hint = ColumnHint::Percent;
      t_.columns.push_back(std::move(col));
    }
    // An unheaded first column holding only list numbers ("1.", "2.", "a.", "IV") is the No
    // column (000 'Lampiran PK' A16:A20 beside 'Program | Anggaran | Keterangan').
    if (!t_.columns.empty() && t_.columns[0].role == ColumnRole::Unknown && text_key(t_.columns[0].header).empty()) {
      size_t numbers = 0, other = 0;
      for (uint32_t r : d_.body)
        if (const Cell* c = g_.find(r, t_.columns[0].col)) {
          std::string_view raw = g_.text(*c);
          const std::string key = text_key(raw);  // "1", "1 1", "iv": short, not a year or amount
          if (key.empty()) continue;
          bool letter = false;
          if (key.size() <= 5 && (numbering_rank(raw, &letter) >= 0 || letter)) ++numbers;
          else ++other;
        }
      if (numbers >= 2 && other == 0) t_.columns[0].role = ColumnRole::No;
    }
    // Realisasi next to a budget (pagu / anggaran) and no performance target: realisasi anggaran.
    const bool budget_column = t_.column_index(ColumnRole::Anggaran) >= 0 ||
                               t_.column_index(ColumnRole::Sebelum) >= 0 || t_.column_index(ColumnRole::Sesudah) >= 0;
    if (budget_column && t_.column_index(ColumnRole::Target) < 0 && t_.column_index(ColumnRole::Indikator) < 0)
      for (Column& c : t_.columns)
        if (c.role == ColumnRole::Realisasi && !c.quarter) {
          c.role = ColumnRole::RealisasiAnggaran;
          c.is_money = true;
        }
    // A bare "%" / "Prosentase" column: its neighbours say what it is a percentage of.
    bool selisih = t_.column_index(ColumnRole::Selisih) >= 0;
    bool budget = t_.column_index(ColumnRole::RealisasiAnggaran) >= 0;
    bool kinerja = t_.column_index(ColumnRole::Realisasi) >= 0 || t_.column_index(ColumnRole::Target) >= 0;
    for (Column& c : t_.columns) {
      if (c.role == ColumnRole::Unknown && c.hint == ColumnHint::Percent) {
        c.role = selisih ? ColumnRole::SelisihPersen : budget ? ColumnRole::Serapan
                                                   : kinerja ? ColumnRole::Capaian
                                                             : ColumnRole::Unknown;
      }
      if (c.hint == ColumnHint::Unknown) c.hint = hint_for(c.role, c.is_money, false);
    }
  }

  void make_rows() {
    size_t brk = 0;
    std::vector<uint32_t> breaks = d_.after_break;
    std::sort(breaks.begin(), breaks.end());
    const size_t m = cols_.size();
    cells_.assign(d_.body.size() * m, nullptr);
    rows_.resize(d_.body.size());
    // The grid's index of each body row: body rows ascend, so it is the next one or the one after
    // (a search only when the body skips rows or comes out of order), not a search per row.
    const std::vector<uint32_t>& grid_rows = g_.rows();
    size_t gi = 0;
    for (size_t k = 0; k < d_.body.size(); ++k) {
      const uint32_t r = d_.body[k];
      RowDraft& rd = rows_[k];
      rd.row = r;
      const Cell** cells = cells_.data() + k * m;
      rd.cells = cells;
      if (!(gi < grid_rows.size() && grid_rows[gi] == r)) {
        if (gi + 1 < grid_rows.size() && grid_rows[gi + 1] == r) ++gi;
        else gi = static_cast<size_t>(std::lower_bound(grid_rows.begin(), grid_rows.end(), r) - grid_rows.begin());
      }
      if (gi < grid_rows.size() && grid_rows[gi] == r) {
        g_.for_live_cells_at(gi, d_.c0, d_.c1, [&](const Cell& c) {
          int s = slot_[c.col - d_.c0];
          if (s < 0) return;
          cells[s] = &c;
          ++rd.live;
        });
        ++gi;
      }
      while (brk < breaks.size() && breaks[brk] < r) ++brk;
      rd.after_break = brk < breaks.size() && breaks[brk] == r;
    }
  }

  // A row that only carries the tail of the previous row's text: no numbers, no code, text only
  // in text columns, and it reads as a tail (lower-case start, right after a page-break header,
  // or a short fragment that is not a level or total word).
  bool is_continuation(const RowDraft& prev, const RowDraft& r) const {
    if (r.live == 0) return false;
    std::string_view first;
    bool split_code = false;        // "1.4." on one page, "2" on the next (000 Tabel 2.9)
    bool numbered_above = false;    // the row above has a No, this one has none
    bool has_no_column = false;
    for (size_t j = 0; j < cols_.size(); ++j) {
      ColumnRole role = t_.columns[j].role;
      const Cell* c = r.cells[j];
      if (role == ColumnRole::No || role == ColumnRole::Kode) {
        has_no_column = true;
        if (!c) {
          if (prev.cells[j]) numbered_above = true;
          continue;
        }
        std::string& here = text_;
        clean_text_into(g_.text(*c), here);
        bool digits = !here.empty() && here.size() <= 3 &&
                      std::all_of(here.begin(), here.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        if (!digits) return false;
        std::string& above = text2_;
        above.clear();
        if (prev.cells[j]) clean_text_into(g_.text(*prev.cells[j]), above);
        if (!above.empty() && above.back() == '.' && above.find('.') < above.size() - 1) {
          split_code = true;
          continue;
        }
        return false;
      }
      if (!c) continue;
      if (c->kind == CellKind::Number) return false;
      if (!is_text_role(role) || (role == ColumnRole::Unknown && t_.columns[j].hint != ColumnHint::Unknown)) return false;
      if (!prev.cells[j] && role != ColumnRole::Keterangan) return false;  // text where the row above had none
      Value v = parse_value(g_.text(*c));
      if (v.kind != ValueKind::Text) return false;
      if (first.empty()) first = g_.text(*c);
    }
    std::string& label = text_;
    clean_text_into(first, label);
    if (label.empty()) return false;
    text_key_into(std::string_view(label).substr(0, 80), key_);
    if (level_from_label_key(key_, label) != RowLevel::None || type_from_key(key_) != RowType::Data) return false;
    unsigned char c0 = static_cast<unsigned char>(label[0]);
    if (split_code) return std::islower(c0) || r.after_break;
    if (std::islower(c0)) return true;
    if (r.after_break) return true;
    if (has_no_column && numbered_above) return true;
    size_t words = 1 + std::count(label.begin(), label.end(), ' ');
    bool all_caps = std::none_of(label.begin(), label.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
    return words == 1 && !all_caps && label.size() <= 30;  // "Umbulsari" (002 L348)
  }

  // In place: a continuation line goes to its row's list, the rows after it move up.
  void join_continuations() {
    size_t out = 0;
    for (size_t k = 0; k < rows_.size(); ++k) {
      RowDraft& r = rows_[k];
      if (out > 0 && is_continuation(rows_[out - 1], r)) {
        rows_[out - 1].continuation.push_back(r.row);
        cont_cells_.emplace_back(out - 1, r.cells);
        continue;
      }
      if (out != k) rows_[out] = std::move(r);
      ++out;
    }
    rows_.resize(out);
  }
  std::vector<std::pair<size_t, const Cell* const*>> cont_cells_;  // (row index, cells)

  // One worker's state while it types columns (type_values).
  struct Scratch {
    std::vector<Value*> col;
    std::string text;
    bool numbers = false;
    // The number format of the last numeric cell and whether it shows rupiah: a column's cells
    // share a format or two, and the question was asked of the format's code per cell.
    uint32_t format = UINT32_MAX;
    bool money = false;
    // Text cells typed so far in this column: (string id, row). Equal ids are equal strings (a
    // sheet's shared strings are one id per distinct text), and a text's Value depends on its
    // text alone, so a repeated text ("DAU", a label that recurs) is parsed and stored once and
    // its Value copied, views and all. Direct-mapped by id: a colliding id replaces the entry.
    std::vector<std::pair<uint32_t, uint32_t>> seen;
  };
  static constexpr int kSeenBits = 12;
  static constexpr size_t kSeenFrom = 256;  // rows; below, clearing the table costs more than it saves

  Value value_of(const Cell& c, const ParseContext& pc, Scratch& s) const {
    std::string_view raw = g_.text(c);
    switch (c.kind) {
      case CellKind::Number: {
        const NumberFormat& f = g_.wb().format_of(c);
        if (c.format != s.format) {
          s.format = c.format;
          s.money = number_format_is_money(f);
        }
        return value_from_number(raw, f, s.money, *pc.store);
      }
      case CellKind::Error: {
        Value v;
        v.kind = ValueKind::Text;
        v.original = pc.store->add(raw);
        v.reason = "error value";
        return v;
      }
      default: return parse_value(raw, pc);
    }
  }

  // Types every cell in place (rows' values are sized once; the column is a list of pointers
  // for the consensus), the texts copied once into the table's store: nothing is allocated
  // per value.
  void type_values() {
    const size_t n = rows_.size(), m = cols_.size();
    t_.text = std::make_shared<TextStore>();
    t_.cells = std::make_shared<TableCells>();
    std::span<Value> values = t_.cells->values(n * m);
    std::span<CellRef> refs = t_.cells->refs(n * m);
    t_.rows.resize(n);
    for (size_t i = 0; i < n; ++i) {
      Row& row = t_.rows[i];
      row.values = values.subspan(i * m, m);
      row.refs = refs.subspan(i * m, m);
      row.sheet_row = rows_[i].row;
      row.continuation = rows_[i].continuation;
    }
    // Continuation text per (row, column), joined after the row's own text.
    std::vector<std::vector<std::pair<size_t, std::string_view>>> extra(m);
    for (const auto& [ri, cells] : cont_cells_)
      for (size_t j = 0; j < m; ++j)
        if (cells[j]) extra[j].emplace_back(ri, g_.text(*cells[j]));
    // Columns are typed independently (consensus and value-based roles look at one column);
    // a large table's columns are shared between two threads, each with its own text store
    // and scratch, the second store merged into the table's after.
    Scratch scratch[2];
    TextStore second_store;
    auto type_column = [&](size_t j, int worker) {
      Scratch& s = scratch[worker];
      ParseContext pc;
      pc.store = worker == 0 ? t_.text.get() : &second_store;
      s.col.resize(n);
      const bool memo = n >= kSeenFrom;
      if (memo) s.seen.assign(size_t{1} << kSeenBits, {0, 0});
      for (size_t i = 0; i < n; ++i) {
        Value& v = t_.rows[i].values[j];
        s.col[i] = &v;
        const Cell* c = rows_[i].cells[j];
        CellRef& ref = t_.rows[i].refs[j];
        ref = CellRef{rows_[i].row, cols_[j]};
        if (!c) {
          if (const Merge* mg = g_.merge_at(rows_[i].row, cols_[j])) ref = mg->range.first;
          continue;
        }
        if (memo && c->kind == CellKind::Text && c->raw != 0) {
          auto& seen = s.seen[(c->raw * 0x9E3779B1u) >> (32 - kSeenBits)];
          if (seen.first == c->raw) {
            v = t_.rows[seen.second].values[j];
            continue;
          }
          seen = {c->raw, static_cast<uint32_t>(i)};
        }
        v = value_of(*c, pc, s);
      }
      // Joined text: re-read the whole (a label split over two lines is one text).
      size_t k = 0;
      while (k < extra[j].size()) {
        size_t ri = extra[j][k].first;
        if (rows_[ri].cells[j]) s.text.assign(g_.text(*rows_[ri].cells[j])); else s.text.clear();
        for (; k < extra[j].size() && extra[j][k].first == ri; ++k) {
          if (!s.text.empty()) s.text += ' ';
          s.text += extra[j][k].second;
        }
        if (!rows_[ri].cells[j] || rows_[ri].cells[j]->kind == CellKind::Text) *s.col[ri] = parse_value(s.text, pc);
      }
      resolve_column(s.col, t_.columns[j].hint);
      if (refine_by_values(j, s.col)) resolve_column(s.col, t_.columns[j].hint);
      const bool counts = t_.columns[j].role != ColumnRole::No && t_.columns[j].role != ColumnRole::Kode;
      for (size_t i = 0; counts && !s.numbers && i < n; ++i) s.numbers = s.col[i]->is_number();
    };
    constexpr size_t kTwoThreadsFrom = 50000;  // cells; below, a thread costs more than it saves
    if (two_threads_ && n * m >= kTwoThreadsFrom && m >= 2) {
      for_each_on_two_threads(m, type_column);
      t_.text->absorb(second_store);
    } else {
      for (size_t j = 0; j < m; ++j) type_column(j, 0);
    }
    has_numbers_ = has_numbers_ || scratch[0].numbers || scratch[1].numbers;
  }

  // What a column's values say when its header cannot: a header merged over a K / Rp pair (or
  // K / % / Rp) with no sub-headers gives every column the same text; the amounts tell the
  // rupiah column, the percent-formatted values the percentage. A "Jumlah" of small whole
  // numbers is a count, not money. Returns true when the hint changed.
  bool refine_by_values(size_t j, const std::vector<Value*>& col) {
    Column& c = t_.columns[j];
    auto shares_header = [&] {
      if (c.header.empty()) return false;
      bool left = j > 0 && t_.columns[j - 1].header == c.header && t_.columns[j - 1].col + 1 == c.col;
      bool right = j + 1 < t_.columns.size() && t_.columns[j + 1].header == c.header && t_.columns[j + 1].col == c.col + 1;
      return left || right;
    };
    const bool shared = shares_header() && (c.role == ColumnRole::Target || c.role == ColumnRole::Realisasi ||
                                            c.role == ColumnRole::Baseline || c.role == ColumnRole::Capaian);
    // Only these two cases change anything (an Anggaran may also come from the first): the
    // values of any other column need no counting.
    if (!shared && c.role != ColumnRole::Anggaran) return false;
    size_t numbers = 0, money = 0, percent = 0, small_ints = 0;
    for (const Value* pv : col) {
      const Value& v = *pv;
      if (!v.number || v.number->is_zero()) continue;
      ++numbers;
      Decimal a = abs(*v.number);
      if (v.kind == ValueKind::Money || (v.kind != ValueKind::Percent && a >= Decimal::from_int(1000000))) ++money;
      if (v.kind == ValueKind::Percent) ++percent;
      if (v.kind == ValueKind::Integer && a < Decimal::from_int(1000)) ++small_ints;
    }
    if (numbers < 2) return false;
    const ColumnHint before = c.hint;
    if (shared) {
      if (money * 10 >= numbers * 6) {
        c.role = c.role == ColumnRole::Realisasi ? ColumnRole::RealisasiAnggaran
                 : c.role == ColumnRole::Capaian ? c.role
                                                 : ColumnRole::Anggaran;
        c.is_money = c.role != ColumnRole::Capaian;
      } else if (percent * 10 >= numbers * 6 && c.role != ColumnRole::Capaian) {
        c.role = ColumnRole::Capaian;
        c.is_money = false;
      } else {
        c.is_money = false;
      }
      c.hint = hint_for(c.role, c.is_money, false);
    }
    if (c.role == ColumnRole::Anggaran && money == 0 && small_ints == numbers && numbers >= 3) {
      c.role = ColumnRole::Unknown;  // "Jumlah" of people or items
      c.is_money = false;
      c.hint = ColumnHint::Count;
    }
    return c.hint != before;
  }

  // The text of column j for row i, joined with its continuation lines, into `out`.
  void text_at(size_t i, size_t j, std::string& out) const {
    const Value& v = t_.rows[i].values[j];
    if (!rows_[i].cells[j] && v.original.empty()) {
      out.clear();
      return;
    }
    clean_text_into(v.original, out);
  }

  std::vector<size_t> by_role(std::initializer_list<ColumnRole> roles) const {
    std::vector<size_t> out;
    for (size_t j = 0; j < t_.columns.size(); ++j)
      for (ColumnRole r : roles)
        if (t_.columns[j].role == r) out.push_back(j);
    return out;
  }

  void label_rows() {
    const size_t m = cols_.size();
    std::vector<size_t> pref = by_role({ColumnRole::Uraian});
    for (size_t j : by_role({ColumnRole::Tujuan, ColumnRole::Sasaran})) pref.push_back(j);
    std::sort(pref.begin() + static_cast<long>(by_role({ColumnRole::Uraian}).size()), pref.end());
    for (size_t j : by_role({ColumnRole::Indikator})) pref.push_back(j);
    std::vector<size_t> kode = by_role({ColumnRole::Kode});
    std::vector<size_t> no = by_role({ColumnRole::No});
    // The No column gives codes when it holds dotted numbering ("1.1", "1.1.2").
    bool no_codes = false;
    if (!no.empty())
      for (size_t i = 0; i < t_.rows.size() && !no_codes; ++i) {
        const std::string& c = code_;
        canonical_code_into(t_.rows[i].values[no[0]].original, code_);
        no_codes = c.find('.') != std::string::npos && c.size() <= 12;
      }
    // Dotless DJPK account codes ("4", "41", "4101", "5101"): every code digits only, of more
    // than one length, starting with 4 / 5 / 6 (pendapatan, belanja, pembiayaan).
    bool dotless = !kode.empty();
    std::set<size_t> lengths;
    for (size_t i = 0; i < t_.rows.size() && dotless; ++i)
      for (size_t j : kode) {
        const std::string& c = code_;
        canonical_code_into(t_.rows[i].values[j].original, code_);
        if (c.empty()) continue;
        if (c.find('.') != std::string::npos || (c[0] != '4' && c[0] != '5' && c[0] != '6') ||
            expand_dotless_account(c).empty())
          dotless = false;
        lengths.insert(c.size());
      }
    dotless = dotless && lengths.size() >= 2;
    label_level_.assign(t_.rows.size(), RowLevel::None);
    for (size_t i = 0; i < t_.rows.size(); ++i) {
      Row& row = t_.rows[i];
      for (size_t j : pref) {
        text_at(i, j, row.label);  // written in place: no copy per row
        if (!row.label.empty()) break;
      }
      if (row.label.empty()) {
        // No label column: the first text that is not a number, code or numbering.
        for (size_t j = 0; j < m; ++j) {
          ColumnRole r = t_.columns[j].role;
          if (r == ColumnRole::No || r == ColumnRole::Kode) continue;
          const Value& v = row.values[j];
          if (v.kind == ValueKind::Text) {
            row.label = clean_text(v.original);
            break;
          }
        }
      }
      if (row.label.empty()) {
        // A total or section word written in the No column ("<b>Jumlah</b>", "RATA RATA CAPAIAN").
        for (size_t j : no) {
          const Value& v = row.values[j];
          if (v.kind == ValueKind::Text && canonical_code(v.original).empty()) {
            row.label = clean_text(v.original);
            break;
          }
        }
      }
      // Code: Kode column(s) joined, else dotted numbering, else a code leading the label.
      std::string& code = row.code;  // written in place: no copy per row
      code.clear();
      for (size_t j : kode) {
        canonical_code_into(row.values[j].original, code_);
        if (code_.empty()) continue;
        if (!code.empty()) code += '.';
        if (dotless) code += expand_dotless_account(code_);
        else code += code_;
      }
      if (code.empty() && no_codes) canonical_code_into(row.values[no[0]].original, code);
      if (code.empty() && !row.label.empty()) {
        auto [lead, rest] = split_leading_code(row.label);
        if (!lead.empty() && lead.find('.') != std::string::npos) code = lead;
      }
      text_key_into(std::string_view(row.label).substr(0, 80), key_);
      row.type = type_from_key(key_);
      label_level_[i] = level_from_label_key(key_, row.label);
      // A section marker: a lone label and nothing else. The row's cheap facts first: a value
      // scan reads the row's values, cold since they were typed column by column.
      if (row.type == RowType::Data && rows_[i].live == 1 && row.code.empty() &&
          label_level_[i] == RowLevel::None && has_numbers_) {
        bool any_value = false;
        for (size_t j = 0; j < m; ++j) {
          const Value& v = row.values[j];
          if (v.kind == ValueKind::Empty) continue;
          if (std::find(pref.begin(), pref.end(), j) != pref.end()) continue;
          ColumnRole r = t_.columns[j].role;
          if (r == ColumnRole::No || r == ColumnRole::Kode) continue;
          any_value = true;
          break;
        }
        if (!any_value) row.type = RowType::Section;
      }
    }
    // Totals that borrow a child's code (BELANJA, BELANJA LANGSUNG): a later row close by
    // carries a code that is a proper prefix of theirs.
    const size_t n = t_.rows.size();
    for (size_t i = 0; i < n; ++i) {
      Row& row = t_.rows[i];
      if (row.code.empty() || row.type != RowType::Data) continue;
      for (size_t k = i + 1; k < n && k <= i + 8; ++k) {
        if (code_is_prefix(t_.rows[k].code, row.code)) {
          if (aggregate_label(row.label, key_)) row.type = RowType::Total;
          break;
        }
      }
    }
  }
  bool has_numbers_ = false;
  // Each row's level word (level_from_label of its label), found by label_rows with the key it
  // makes for the type anyway, used by hierarchy (no step between them changes a label).
  std::vector<RowLevel> label_level_;

  void hierarchy() {
    std::vector<size_t> hcols = by_role({ColumnRole::Tujuan, ColumnRole::Sasaran, ColumnRole::Uraian});
    std::sort(hcols.begin(), hcols.end());
    std::vector<size_t> ind = by_role({ColumnRole::Indikator});
    std::vector<size_t> no = by_role({ColumnRole::No});
    bool outline = !g_.sheet().row_outline.empty();
    // Several name columns whose headers name levels (002 RKT: Program/Kegiatan | Sub Kegiatan
    // beside the Tujuan and Sasaran columns): each column is a level and a row filling several
    // of them (Tujuan, Sasaran and Program on one line) is the shallowest it fills, the others
    // being its first descendants printed on the same line. The column is then stronger than
    // the label's word (the label is the row's program name, the row the Tujuan).
    std::vector<char> named(t_.columns.size(), 0);
    {
      std::vector<size_t> names = by_role({ColumnRole::Uraian});
      size_t leveled = 0;
      for (size_t j : names)
        if (level_for_name_header(t_.columns[j].header, "") != RowLevel::None) ++leveled;
      if (names.size() >= 2 && leveled == names.size())
        for (size_t j : names) named[j] = 1;
    }
    const bool any_named = std::find(named.begin(), named.end(), 1) != named.end();
    std::vector<HierarchyHint> hints(t_.rows.size());
    for (size_t i = 0; i < t_.rows.size(); ++i) {
      HierarchyHint& h = hints[i];
      Row& row = t_.rows[i];
      h.prefix_level = label_level_[i];
      for (size_t k = 0; k < hcols.size(); ++k)
        if (rows_[i].cells[hcols[k]]) {
          h.column_rank = static_cast<int>(k);
          h.column_level = level_for_column(t_.columns[hcols[k]].role);
          if (named[hcols[k]]) {
            text_at(i, hcols[k], text_);
            h.column_level = level_for_name_header(t_.columns[hcols[k]].header, text_);
          }
          break;
        }
      if (any_named && h.column_level != RowLevel::None &&
          row.type != RowType::Total && row.type != RowType::Subtotal && row.type != RowType::Average) {
        h.prefix_level = h.column_level;
        // A name alone in a level column is that level's row (002 RKT L909, a kegiatan printed
        // without its values), not a section marker.
        if (row.type == RowType::Section) row.type = RowType::Data;
      }
      if (h.column_rank < 0)
        for (size_t j : ind)
          if (rows_[i].cells[j]) {
            h.column_rank = 1000;
            h.column_level = RowLevel::Indikator;
          }
      if (!no.empty() && rows_[i].cells[no[0]]) {
        bool letter = false;
        h.numbering_rank = numbering_rank(g_.text(*rows_[i].cells[no[0]]), &letter);
      }
      if (outline) h.outline = g_.outline(row.sheet_row);
    }
    bool budget = t_.kind == TableKind::RealisasiAnggaran || t_.kind == TableKind::Pergeseran ||
                  t_.kind == TableKind::PkAnggaran;
    for (size_t j : by_role({ColumnRole::Uraian})) {
      std::string key = text_key(t_.columns[j].header);
      if (key.find("program") != std::string::npos || key.find("kegiatan") != std::string::npos) budget = true;
    }
    assign_hierarchy(hints, t_.rows, budget);
    rejoin_repeated_after_break();
  }

  // A row right after a page break's repeated header whose name repeats an earlier row of the
  // same level, under another parent, is that row printed again at the top of the new page
  // (002 RKT: a kegiatan of the first program repeated above the second program's rows): it
  // hangs where the first one does, and the rows under it follow.
  void rejoin_repeated_after_break() {
    bool moved = false;
    for (size_t i = 0; i < t_.rows.size(); ++i) {
      if (!rows_[i].after_break) continue;
      Row& row = t_.rows[i];
      if (row.label.empty() || row.level == RowLevel::None || row.type != RowType::Data) continue;
      const std::string key = text_key(row.label);
      for (size_t k = 0; k < i; ++k) {
        const Row& first = t_.rows[k];
        if (first.level != row.level || first.parent == row.parent || text_key(first.label) != key)
          continue;
        row.parent = first.parent;
        moved = true;
        break;
      }
    }
    if (!moved) return;
    for (Row& r : t_.rows) r.depth = r.parent < 0 ? 0 : t_.rows[static_cast<size_t>(r.parent)].depth + 1;
  }

  void finish() {
    t_.header_rows = d_.header_rows;
    std::sort(t_.header_rows.begin(), t_.header_rows.end());
    t_.numbering_row = d_.numbering_row;
    t_.title_cells = d_.title_cells;
    t_.footer_cells = d_.footer_cells;
    std::string title;
    for (const CellRef& c : t_.title_cells)
      if (const Cell* cell = g_.find(c.row, c.col)) {
        std::string s = clean_text(g_.text(*cell));
        if (s.empty()) continue;
        if (!title.empty()) title += ' ';
        title += s;
      }
    t_.title = std::move(title);
    uint32_t r0 = UINT32_MAX, r1 = 0, c0 = d_.c0, c1 = d_.c1;
    auto take = [&](uint32_t r, uint32_t c) {
      r0 = std::min(r0, r);
      r1 = std::max(r1, r);
      c0 = std::min(c0, c);
      c1 = std::max(c1, c);
    };
    for (uint32_t r : t_.header_rows) take(r, d_.c0);
    if (t_.numbering_row) take(*t_.numbering_row, d_.c0);
    for (const Row& r : t_.rows) {
      take(r.sheet_row, d_.c0);
      for (uint32_t c : r.continuation) take(c, d_.c0);
    }
    for (const CellRef& c : t_.title_cells) take(c.row, c.col);
    for (const CellRef& c : t_.footer_cells) take(c.row, c.col);
    if (r0 == UINT32_MAX) r0 = r1 = 0;
    t_.range = RangeRef{{r0, c0}, {r1, c1}};
  }
};

}  // namespace

std::vector<Table> recognize_tables(const Workbook& wb, const RecognizeOptions& options) {
  std::vector<Table> out;
  for (uint32_t si = 0; si < wb.sheets.size(); ++si) {
    const Sheet& s = wb.sheets[si];
    if (s.cells.empty()) continue;
    SheetGrid grid(wb, s);
    for (const TableDraft& d : find_tables(grid)) {
      Table t = Builder(grid, d, si, options.two_threads).build();
      if (t.confidence < options.min_confidence) t.kind = TableKind::Unknown;
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace sakip
