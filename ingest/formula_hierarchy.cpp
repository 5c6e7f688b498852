#include "ingest/formula_hierarchy.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "ingest/cell_ref.h"
#include "ingest/workbook.h"

namespace sakip {

namespace {

// "K15" or "K15:K21" in column `col`: appends the rows; false for anything else.
bool add_ref(std::string_view tok, uint32_t col, std::vector<uint32_t>& rows) {
  if (tok.empty()) return false;
  const size_t colon = tok.find(':');
  auto one = [&](std::string_view a1) -> std::optional<uint32_t> {
    // Letters then digits only (no sheet names, no functions).
    size_t i = 0;
    while (i < a1.size() && std::isalpha(static_cast<unsigned char>(a1[i]))) ++i;
    if (i == 0 || i == a1.size()) return std::nullopt;
    for (size_t k = i; k < a1.size(); ++k)
      if (!std::isdigit(static_cast<unsigned char>(a1[k]))) return std::nullopt;
    auto r = parse_a1(a1);
    if (!r || r->col != col) return std::nullopt;
    return r->row;
  };
  if (colon == std::string_view::npos) {
    auto r = one(tok);
    if (!r) return false;
    rows.push_back(*r);
    return true;
  }
  auto a = one(tok.substr(0, colon)), b = one(tok.substr(colon + 1));
  if (!a || !b || *b < *a || *b - *a > 100000) return false;
  for (uint32_t r = *a; r <= *b; ++r) rows.push_back(r);
  return true;
}

bool is_data(const Row& r) { return r.type == RowType::Data; }

}  // namespace

std::vector<uint32_t> summed_rows(std::string_view formula, uint32_t col) {
  std::string f;
  f.reserve(formula.size());
  for (char c : formula) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '$') continue;
    f.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (!f.empty() && f[0] == '=') f.erase(0, 1);
  while (!f.empty() && f[0] == '+') f.erase(0, 1);
  bool sum = false;
  if (f.rfind("SUM(", 0) == 0 && f.size() > 5 && f.back() == ')') {
    f = f.substr(4, f.size() - 5);
    sum = true;
  }
  // "=K109" (one term, no SUM) is a sum of one row: a kegiatan whose only sub kegiatan it
  // repeats (Deli Serdang K108 = K109).
  std::vector<uint32_t> rows;
  size_t start = 0;
  for (size_t i = 0; i <= f.size(); ++i) {
    if (i < f.size() && f[i] != '+' && !(sum && f[i] == ',')) continue;
    if (!add_ref(std::string_view(f).substr(start, i - start), col, rows)) return {};
    start = i + 1;
  }
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  return rows;
}

bool apply_formula_hierarchy(const SheetGrid& g, Table& t) {
  const size_t n = t.rows.size(), m = t.columns.size();
  size_t data = 0, coded = 0;
  for (const Row& r : t.rows) {
    if (!is_data(r)) continue;
    ++data;
    coded += !r.code.empty();
  }
  if (data == 0 || coded * 10 >= data * 3) return false;
  std::map<uint32_t, size_t> index;  // sheet row -> table row
  for (size_t i = 0; i < n; ++i) index[t.rows[i].sheet_row] = i;

  // Each data row's formula cells that add up rows: (column, sheet rows), read once.
  std::vector<std::vector<std::pair<size_t, std::vector<uint32_t>>>> sum_cells(n);
  for (size_t i = 0; i < n; ++i) {
    const Row& r = t.rows[i];
    if (!is_data(r)) continue;
    for (size_t j = 0; j < m && j < r.refs.size(); ++j) {
      const Cell* c = g.find(r.sheet_row, t.columns[j].col);
      if (!c || !c->formula) continue;
      std::vector<uint32_t> rows = summed_rows(g.wb().formula(*c), t.columns[j].col);
      if (!rows.empty()) sum_cells[i].emplace_back(j, std::move(rows));
    }
  }
  // Per row: how many of its sum formulas reference each row below it.
  std::vector<std::map<size_t, int>> refs(n);
  std::vector<int> formulas(n, 0);
  std::vector<bool> sums(n, false);  // the row adds up rows anywhere (a Jumlah row: rows above)
  std::vector<bool> col_sums(m, false);
  for (size_t i = 0; i < n; ++i) {
    const Row& r = t.rows[i];
    for (const auto& [j, rows] : sum_cells[i]) {
      sums[i] = true;
      std::vector<size_t> kids;
      for (uint32_t sr : rows) {
        auto it = index.find(sr);
        if (sr <= r.sheet_row || it == index.end() || !is_data(t.rows[it->second])) {
          kids.clear();
          break;
        }
        kids.push_back(it->second);
      }
      if (kids.empty()) continue;
      ++formulas[i];
      col_sums[j] = true;
      for (size_t k : kids) ++refs[i][k];
    }
  }
  // A row with no label whose formulas add up rows above it (each formula at least two rows,
  // all of them data rows of this table) is a grand total (Deli Serdang row 113:
  // K113 = SUM(K12+K91+K96), the bidang rows): not a data row, not anybody's child.
  std::vector<bool> total(n, false);
  std::vector<RowLevel> old_level(n, RowLevel::None);
  for (size_t i = 0; i < n; ++i) {
    Row& r = t.rows[i];
    if (!is_data(r) || !r.label.empty() || formulas[i] > 0) continue;
    size_t above = 0;
    bool other = false;
    for (const auto& [j, rows] : sum_cells[i]) {
      if (other) break;
      bool ok = rows.size() >= 2;
      for (uint32_t sr : rows) {
        auto it = index.find(sr);
        ok = ok && sr < r.sheet_row && it != index.end() && is_data(t.rows[it->second]);
      }
      if (ok) ++above;
      else other = true;
    }
    if (above > 0 && !other) {
      total[i] = true;
      old_level[i] = r.level;
      r.type = RowType::Total;
      r.level = RowLevel::None;
    }
  }
  // A total covers its block: each top-level data row above it (back to the previous total) is
  // a row it adds up or the ancestor of one. A no-label sum that leaves a top-level row out
  // (Deli Serdang K113 = SUM(K12+K91+K96) beside program 106, which no formula adds: the
  // 2025 nomenclature's restatement of program 97, K106 = K97) is not read as the table's
  // total; it stays a data row.
  auto settle_totals = [&](const std::vector<int>& parent_of) {
    for (size_t i = 0; i < n; ++i) {
      if (!total[i]) continue;
      std::vector<bool> covered(n, false);
      for (const auto& [j, rows] : sum_cells[i])
        for (uint32_t sr : rows) {
          auto it = index.find(sr);
          for (int k = it == index.end() ? -1 : static_cast<int>(it->second); k >= 0; k = parent_of[k]) covered[k] = true;
        }
      bool all = true;
      for (size_t k = i; k-- > 0;) {
        if (t.rows[k].type == RowType::Total) break;
        if (is_data(t.rows[k]) && parent_of[k] < 0 && !covered[k]) all = false;
      }
      if (!all) {
        t.rows[i].type = RowType::Data;
        t.rows[i].level = old_level[i];
        total[i] = false;
      }
    }
  };
  // Each referenced row's parent: the largest share of a parent's formulas, ties nearest.
  std::vector<int> parent(n, -1);
  std::vector<double> best(n, 0);
  for (size_t i = 0; i < n; ++i)
    for (const auto& [k, count] : refs[i]) {
      const double share = static_cast<double>(count) / formulas[i];
      if (share > best[k] || (share == best[k] && parent[k] < static_cast<int>(i))) {
        best[k] = share;
        parent[k] = static_cast<int>(i);
      }
    }
  // A labelled row no formula claims, holding plain values (no sums of its own), right after
  // the last row a parent claims, continues that parent's run of children: the parent's range
  // stops short of rows added below it (Deli Serdang K84 = SUM(K85:K88), while rows 89-90 are
  // the Bidang Kewilayahan sub kegiatan of the same kegiatan, and row 91 opens the next bidang).
  // A row whose level word differs from its neighbour's ('Program Riset ...' after a sub
  // kegiatan) opens something new and stays unclaimed.
  std::vector<size_t> last_child(n, 0);
  for (size_t k = 0; k < n; ++k)
    if (parent[k] >= 0) last_child[parent[k]] = std::max(last_child[parent[k]], k);
  for (size_t k = 1; k < n; ++k) {
    const Row& r = t.rows[k];
    const Row& prev = t.rows[k - 1];
    if (parent[k] >= 0 || sums[k] || !is_data(r) || !is_data(prev) || r.label.empty()) continue;
    const int p = parent[k - 1];
    if (p < 0 || formulas[k - 1] > 0 || last_child[p] != k - 1 || r.level != prev.level) continue;
    parent[k] = p;
    last_child[p] = k;
  }
  // The formulas must state the hierarchy themselves; the two signals below only complete it.
  size_t parents = 0, children = 0;
  std::vector<bool> is_parent(n, false);
  for (size_t k = 0; k < n; ++k)
    if (parent[k] >= 0) {
      ++children;
      is_parent[parent[k]] = true;
    }
  for (bool b : is_parent) parents += b;
  if (parents < 2 || children * 10 < data * 3) {
    settle_totals(std::vector<int>(n, -1));
    return false;
  }
  // A row whose label cell lies under a vertical merge anchored on the row above it in this
  // table (Deli Serdang G106:G107: the Program's name over its second indicator line, H107
  // 'Indeks Inovasi Daerah') belongs to that row: an indicator of it.
  std::vector<bool> merged_line(n, false);
  {
    std::vector<size_t> name_cols;
    for (size_t j = 0; j < m; ++j)
      if (t.columns[j].role == ColumnRole::Uraian) name_cols.push_back(j);
    for (size_t k = 1; k < n && !name_cols.empty(); ++k) {
      const Row& r = t.rows[k];
      if (!is_data(r) || parent[k] >= 0 || formulas[k] > 0) continue;
      const uint32_t col = t.columns[name_cols[0]].col;
      if (g.find(r.sheet_row, col)) continue;
      const Merge* mg = g.merge_at(r.sheet_row, col);
      if (!mg || mg->range.first.row >= r.sheet_row || mg->range.first.col != col) continue;
      auto it = index.find(mg->range.first.row);
      if (it == index.end() || !is_data(t.rows[it->second])) continue;
      parent[k] = static_cast<int>(it->second);
      merged_line[k] = true;
    }
  }
  // A Program (its label's word) that sums nothing and that no formula claims, followed by rows
  // no formula claims either: those rows are its own, up to the next Program or total (Deli
  // Serdang row 106 'Program Riset dan Inovasi Daerah', K106 a constant 1.173.117.699 =
  // K108 + K110, its kegiatan rows 108 and 110).
  for (size_t p = 0; p < n; ++p) {
    const Row& pr = t.rows[p];
    if (!is_data(pr) || parent[p] >= 0 || sums[p] || pr.level != RowLevel::Program) continue;
    for (size_t k = p + 1; k < n; ++k) {
      const Row& r = t.rows[k];
      if (!is_data(r) || r.level == RowLevel::Program || r.level == RowLevel::Tujuan ||
          r.level == RowLevel::Sasaran)
        break;
      if (parent[k] >= 0) {
        if (parent[k] < static_cast<int>(p)) break;  // the rows of an earlier parent
        continue;                                    // a descendant of ours
      }
      parent[k] = static_cast<int>(p);
    }
  }
  settle_totals(parent);
  for (size_t i = 0; i < n; ++i) {
    Row& r = t.rows[i];
    r.parent = parent[i];
    r.depth = parent[i] >= 0 ? t.rows[parent[i]].depth + 1 : 0;  // parents precede children
    // The rows a Program's formulas add up are its kegiatan, and theirs its sub kegiatan: the
    // sheet's arithmetic says so better than the order of unprefixed names (a kegiatan after a
    // sub kegiatan) or the column a row's text starts in (a kegiatan row that also names the
    // Tujuan / Sasaran PD it serves).
    if (merged_line[i]) {
      r.level = RowLevel::Indikator;
      continue;
    }
    if (parent[i] < 0 || r.level == RowLevel::Rekening) continue;
    const RowLevel pl = t.rows[parent[i]].level;
    if (pl == RowLevel::Program) r.level = RowLevel::Kegiatan;
    else if (pl == RowLevel::Kegiatan) r.level = RowLevel::SubKegiatan;
  }
  for (size_t j = 0; j < m; ++j) t.columns[j].sums_rows = col_sums[j];
  return true;
}

}  // namespace sakip
