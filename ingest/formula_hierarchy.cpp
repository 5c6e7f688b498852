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
  std::vector<uint32_t> rows;
  size_t terms = 0, start = 0;
  for (size_t i = 0; i <= f.size(); ++i) {
    if (i < f.size() && f[i] != '+' && !(sum && f[i] == ',')) continue;
    if (!add_ref(std::string_view(f).substr(start, i - start), col, rows)) return {};
    ++terms;
    start = i + 1;
  }
  if (!sum && terms < 2) return {};  // "=K109" refers, it does not add up
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

  // Per row: how many of its sum formulas reference each row below it.
  std::vector<std::map<size_t, int>> refs(n);
  std::vector<int> formulas(n, 0);
  std::vector<bool> sums(n, false);  // the row adds up rows anywhere (a Jumlah row: rows above)
  std::vector<bool> col_sums(m, false);
  for (size_t i = 0; i < n; ++i) {
    const Row& r = t.rows[i];
    if (!is_data(r)) continue;
    for (size_t j = 0; j < m && j < r.refs.size(); ++j) {
      const Cell* c = g.find(r.sheet_row, t.columns[j].col);
      if (!c || !c->formula) continue;
      std::vector<uint32_t> rows = summed_rows(g.wb().formula(*c), t.columns[j].col);
      if (rows.empty()) continue;
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
  size_t parents = 0, children = 0;
  std::vector<bool> is_parent(n, false);
  for (size_t k = 0; k < n; ++k)
    if (parent[k] >= 0) {
      ++children;
      is_parent[parent[k]] = true;
    }
  for (bool b : is_parent) parents += b;
  if (parents < 2 || children * 10 < data * 3) return false;
  for (size_t i = 0; i < n; ++i) {
    Row& r = t.rows[i];
    r.parent = parent[i];
    r.depth = parent[i] >= 0 ? t.rows[parent[i]].depth + 1 : 0;  // parents precede children
    // The rows a Program's formulas add up are its kegiatan, and theirs its sub kegiatan: the
    // sheet's arithmetic says so better than the order of unprefixed names (a kegiatan after a
    // sub kegiatan) or the column a row's text starts in (a kegiatan row that also names the
    // Tujuan / Sasaran PD it serves).
    if (parent[i] < 0 || r.level == RowLevel::Rekening) continue;
    const RowLevel pl = t.rows[parent[i]].level;
    if (pl == RowLevel::Program) r.level = RowLevel::Kegiatan;
    else if (pl == RowLevel::Kegiatan) r.level = RowLevel::SubKegiatan;
  }
  for (size_t j = 0; j < m; ++j) t.columns[j].sums_rows = col_sums[j];
  return true;
}

}  // namespace sakip
