#include "ingest/row_hierarchy.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/kode.h"
#include "ingest/text_key.h"

namespace sakip {

namespace {

bool starts_word(std::string_view key, std::string_view w) {
  // The first letter first: most keys differ there, and the comparison is then no call.
  if (!w.empty() && (key.empty() || key[0] != w[0])) return false;
  return key.substr(0, w.size()) == w && (key.size() == w.size() || key[w.size()] == ' ' ||
                                          std::isdigit(static_cast<unsigned char>(key[w.size()])));
}

int level_rank(RowLevel l) {
  switch (l) {
    case RowLevel::Tujuan: return 0;
    case RowLevel::Sasaran: return 1;
    case RowLevel::Program: return 2;
    case RowLevel::Kegiatan: return 3;
    case RowLevel::SubKegiatan: return 4;
    case RowLevel::Rekening: return 5;
    case RowLevel::Indikator: return 6;
    case RowLevel::None: return 7;
  }
  return 7;
}

// Whether the values inserted were at least two different ones (all the evidence counts ask;
// no set of the values, which cost a search per row).
class TwoValues {
 public:
  void insert(int v) {
    if (!any_) {
      any_ = true;
      first_ = v;
    } else if (v != first_) {
      two_ = true;
    }
  }
  bool two() const { return two_; }

 private:
  bool any_ = false, two_ = false;
  int first_ = 0;
};

// Totals, averages and section markers stand outside the tree (top level, parent of nobody).
bool is_total(const Row& r) {
  return r.type == RowType::Total || r.type == RowType::Subtotal || r.type == RowType::Average || r.type == RowType::Section;
}

// Stack-based parenting by rank: the parent is the nearest earlier row of a smaller rank.
void by_rank(const std::vector<int>& rank, std::vector<Row>& rows) {
  std::vector<size_t> stack;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (is_total(rows[i])) {
      rows[i].parent = -1;
      rows[i].depth = 0;
      continue;
    }
    while (!stack.empty() && rank[stack.back()] >= rank[i]) stack.pop_back();
    rows[i].parent = stack.empty() ? -1 : static_cast<int>(stack.back());
    rows[i].depth = stack.empty() ? 0 : rows[stack.back()].depth + 1;
    stack.push_back(i);
  }
}

}  // namespace

RowLevel level_from_label(std::string_view label) {
  std::string key;
  text_key_into(label.substr(0, 80), key);
  return level_from_label_key(key, label);
}

RowLevel level_from_label_key(std::string_view key, std::string_view label) {
  // A list number before the word: "1. Program ...", "a. Kegiatan ...".
  size_t sp = key.find(' ');
  if (sp != std::string::npos && sp <= 3) {
    std::string_view head(key.data(), sp);
    bool numbering = std::all_of(head.begin(), head.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
                     (head.size() == 1 && std::isalpha(static_cast<unsigned char>(head[0])));
    if (numbering) key.remove_prefix(sp + 1);
  }
  if (starts_word(key, "sub kegiatan") || starts_word(key, "subkegiatan") || starts_word(key, "sub keg"))
    return RowLevel::SubKegiatan;
  if (starts_word(key, "kegiatan") || starts_word(key, "keg")) return RowLevel::Kegiatan;
  if (starts_word(key, "program") || starts_word(key, "prog")) return RowLevel::Program;
  if (starts_word(key, "tujuan")) return RowLevel::Tujuan;
  if (starts_word(key, "sasaran")) return RowLevel::Sasaran;
  if (starts_word(key, "indikator")) return RowLevel::Indikator;
  // Logic-model lines ("Input : Jumlah Dana", "Keluaran : ...") only with their colon: a DPA
  // rekening may well be called "Hasil Retribusi Daerah".
  size_t colon = label.find(':');
  if (colon != std::string_view::npos && colon <= 16 &&
      (starts_word(key, "input") || starts_word(key, "output") || starts_word(key, "outcome") ||
       starts_word(key, "keluaran") || starts_word(key, "hasil") || starts_word(key, "masukan")))
    return RowLevel::Indikator;
  return RowLevel::None;
}

int numbering_rank(std::string_view token, bool* letter) {
  if (letter) *letter = false;
  std::string t;
  for (char c : token)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')') t.push_back(c);
  while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.pop_back();
  if (t.empty()) return -1;
  static const std::set<std::string> kRoman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                                "XI", "XII"};
  if (kRoman.count(t)) return 0;
  if (t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0]))) {
    if (letter) *letter = true;
    return -1;
  }
  std::string code = canonical_code(t);
  if (code.empty() || code.size() != t.size()) return -1;
  return code_segments(code);
}

namespace {

// A Sasaran never sits under a Sasaran: a row of the 'Tujuan / Sasaran Strategis' column whose
// children are Sasaran rows of that column (001 Tabel 2.3: the numbered '1.' row over the
// unnumbered ones) is the Tujuan.
void tujuan_over_sasaran(std::vector<Row>& rows) {
  for (const Row& r : rows)
    if (r.parent >= 0 && r.level == RowLevel::Sasaran && rows[r.parent].level == RowLevel::Sasaran &&
        rows[r.parent].parent < 0)
      rows[r.parent].level = RowLevel::Tujuan;
}

}  // namespace

void assign_hierarchy(const std::vector<HierarchyHint>& hints, std::vector<Row>& rows, bool budget_levels) {
  assign_hierarchy_parents(hints, rows, budget_levels);
  tujuan_over_sasaran(rows);
}

void assign_hierarchy_parents(const std::vector<HierarchyHint>& hints, std::vector<Row>& rows, bool budget_levels) {
  const size_t n = rows.size();
  size_t data = 0, coded = 0, prefixed = 0, ranked = 0, numbered = 0, outlined = 0;
  TwoValues seg_counts, col_ranks, outlines;
  for (size_t i = 0; i < n; ++i) {
    if (is_total(rows[i])) continue;
    ++data;
    const HierarchyHint& h = hints[i];
    if (!rows[i].code.empty()) {
      ++coded;
      seg_counts.insert(code_segments(rows[i].code));
    }
    if (h.prefix_level != RowLevel::None) ++prefixed;
    if (h.column_rank >= 0) {
      ++ranked;
      col_ranks.insert(h.column_rank);
    }
    if (h.numbering_rank >= 0) ++numbered;
    if (h.outline >= 0) {
      ++outlined;
      outlines.insert(h.outline);
    }
  }
  // Levels first: the label's word, else the code's shape, else the column.
  for (size_t i = 0; i < n; ++i) {
    const HierarchyHint& h = hints[i];
    RowLevel l = h.prefix_level;
    if (l == RowLevel::None && !rows[i].code.empty()) l = level_from_code_shape(rows[i].code);
    if (l == RowLevel::None) l = h.column_level;
    rows[i].level = is_total(rows[i]) ? RowLevel::None : l;
  }
  for (Row& r : rows) {
    r.parent = -1;
    r.depth = 0;
  }
  if (data == 0) return;

  if (coded * 10 >= data * 3 && seg_counts.two()) {
    std::vector<size_t> stack;
    long last_coded = -1;
    for (size_t i = 0; i < n; ++i) {
      Row& r = rows[i];
      if (is_total(r)) continue;
      const std::string_view code = r.code;
      if (code.empty()) {
        if (last_coded >= 0) {
          r.parent = static_cast<int>(last_coded);
          r.depth = rows[last_coded].depth + 1;
        }
        continue;
      }
      while (!stack.empty() && !code_is_prefix(rows[stack.back()].code, code)) stack.pop_back();
      if (!stack.empty()) {
        r.parent = static_cast<int>(stack.back());
        r.depth = rows[stack.back()].depth + 1;
      }
      stack.push_back(i);
      last_coded = static_cast<long>(i);
      if (r.level == RowLevel::None) {
        bool short_numbering = code.size() <= 8 && code_segments(code) <= 3;
        if (budget_levels && short_numbering) {
          int s = code_segments(code);
          r.level = s == 1 ? RowLevel::Program : s == 2 ? RowLevel::Kegiatan : RowLevel::SubKegiatan;
        } else if (r.parent >= 0) {
          RowLevel pl = rows[r.parent].level;
          if (pl == RowLevel::Program) r.level = RowLevel::Kegiatan;
          else if (pl == RowLevel::Kegiatan && budget_levels && short_numbering) r.level = RowLevel::SubKegiatan;
          else if (pl == RowLevel::Kegiatan || pl == RowLevel::SubKegiatan || pl == RowLevel::Rekening ||
                   pl == RowLevel::None)
            r.level = RowLevel::Rekening;
        }
      }
    }
    return;
  }

  std::vector<int> rank(n, 0);
  if (prefixed * 10 >= data * 3 || (prefixed > 0 && !col_ranks.two() && numbered * 10 < data * 3)) {
    int prev_rank = 7;
    RowLevel prev_level = RowLevel::None;
    for (size_t i = 0; i < n; ++i) {
      Row& r = rows[i];
      if (is_total(r)) continue;
      if (hints[i].prefix_level == RowLevel::None && r.level == RowLevel::None) {
        if (budget_levels && (prev_level == RowLevel::Program || prev_level == RowLevel::Kegiatan ||
                              prev_level == RowLevel::SubKegiatan)) {
          r.level = prev_level == RowLevel::Program ? RowLevel::Kegiatan : RowLevel::SubKegiatan;
          rank[i] = level_rank(r.level);
        } else {
          rank[i] = prev_rank;  // a sibling of the row before
          r.level = prev_level;
        }
      } else {
        rank[i] = level_rank(r.level);
      }
      prev_rank = rank[i];
      prev_level = r.level;
    }
    by_rank(rank, rows);
    return;
  }
  if (ranked * 10 >= data * 5 && col_ranks.two()) {
    int prev = 0;
    for (size_t i = 0; i < n; ++i) {
      rank[i] = hints[i].column_rank >= 0 ? hints[i].column_rank : 1000;
      if (hints[i].column_rank < 0 && rows[i].level == RowLevel::None) rank[i] = std::max(prev, 1000);
      prev = rank[i];
    }
    by_rank(rank, rows);
    return;
  }
  if (numbered * 10 >= data * 3) {
    int last_numeric = 0;
    for (size_t i = 0; i < n; ++i) {
      if (hints[i].numbering_rank >= 0) {
        rank[i] = hints[i].numbering_rank;
        last_numeric = rank[i];
      } else {
        rank[i] = last_numeric + 1;  // "a." items and unnumbered lines hang below
      }
      if (budget_levels && rows[i].level == RowLevel::None && hints[i].numbering_rank >= 1 &&
          hints[i].numbering_rank <= 3)
        rows[i].level = hints[i].numbering_rank == 1   ? RowLevel::Program
                        : hints[i].numbering_rank == 2 ? RowLevel::Kegiatan
                                                       : RowLevel::SubKegiatan;
    }
    by_rank(rank, rows);
    return;
  }
  if (outlined * 10 >= data * 3 && outlines.two()) {
    for (size_t i = 0; i < n; ++i) rank[i] = hints[i].outline >= 0 ? hints[i].outline : 0;
    by_rank(rank, rows);
  }
}

}  // namespace sakip
