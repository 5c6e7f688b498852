#include "rules/table_view.h"

#include <cctype>
#include <algorithm>
#include <regex>
#include <unordered_map>

namespace sakip {

bool is_money_column(const Column& c) { return c.is_money || is_money_role(c.role); }

bool is_percent_role(ColumnRole r) {
  return r == ColumnRole::Capaian || r == ColumnRole::Serapan || r == ColumnRole::SelisihPersen;
}

bool CellSum::add(const Value& v, const CellRef& ref) {
  if (is_blank(v)) return true;
  if (!is_summable(v)) return usable = false;
  sum = sum + *v.number;
  ++numbers;
  related.push_back(to_a1(ref));
  return true;
}

std::vector<std::string> code_segments(std::string_view code) {
  std::vector<std::string> segs;
  std::string cur;
  for (char c : code) {
    if (c == '.' || c == ',') {
      if (!cur.empty()) segs.push_back(cur);
      cur.clear();
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      cur += c;
    }
  }
  if (!cur.empty()) segs.push_back(cur);
  return segs;
}

namespace {

int level_rank(RowLevel l) {
  switch (l) {
    case RowLevel::Tujuan: return 1;
    case RowLevel::Sasaran: return 2;
    case RowLevel::Indikator: return 3;
    case RowLevel::Program: return 4;
    case RowLevel::Kegiatan: return 5;
    case RowLevel::SubKegiatan: return 6;
    case RowLevel::Rekening: return 7;
    default: return 0;
  }
}

}  // namespace

std::vector<int> effective_parents(const Table& t) { return effective_parents(t, TableCodes(t)); }

std::vector<int> effective_parents(const Table& t, const TableCodes& codes) {
  std::vector<int> parents(t.rows.size(), -1);
  bool any = false;
  size_t with_code = 0;  // data rows with a code (counted in the same pass over the rows)
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const int p = r.parent;
    if (p >= 0 && static_cast<size_t>(p) < i) {
      parents[i] = p;
      any = true;
    }
    with_code += r.type == RowType::Data && !r.code.empty();
  }
  if (any) return parents;
  // From codes: nearest earlier data row whose code is a proper prefix, kept on a stack.
  if (with_code >= 2) {
    std::vector<int> stack;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      if (codes.segments(i) == 0) continue;
      while (!stack.empty() && !codes.is_proper_prefix(stack.back(), i)) stack.pop_back();
      if (!stack.empty()) {
        parents[i] = stack.back();
        any = true;
      }
      stack.push_back(static_cast<int>(i));
    }
    if (any) return parents;
  }
  // From levels (Program > Kegiatan > Sub Kegiatan ...): nearest earlier row of a higher level.
  std::vector<int> stack;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    if (r.type != RowType::Data) {
      stack.clear();
      continue;
    }
    const int rank = level_rank(r.level);
    if (rank == 0) continue;
    while (!stack.empty() && level_rank(t.rows[stack.back()].level) >= rank) stack.pop_back();
    if (!stack.empty()) parents[i] = stack.back();
    stack.push_back(static_cast<int>(i));
  }
  return parents;
}

std::vector<std::vector<int>> children_lists(const Table& t, const std::vector<int>& parents) {
  std::vector<std::vector<int>> kids(t.rows.size());
  for (size_t i = 0; i < parents.size(); ++i)
    if (parents[i] >= 0) kids[parents[i]].push_back(static_cast<int>(i));
  return kids;
}

std::vector<bool> code_consistent_families(const Table& t, const std::vector<int>& parents,
                                           const std::vector<std::vector<int>>& kids) {
  return code_consistent_families(t, TableCodes(t), parents, kids);
}

std::vector<bool> code_consistent_families(const Table& t, const TableCodes& codes, const std::vector<int>& parents,
                                           const std::vector<std::vector<int>>& kids) {
  const size_t n = t.rows.size();
  std::vector<bool> ok(n, true);
  // Only coded rows with children are judged; their codes are the prefixes worth counting.
  std::unordered_map<std::string_view, uint32_t> under;  // coded rows under each such code
  for (size_t i = 0; i < n; ++i)
    if (codes.segments(i) > 0 && !kids[i].empty()) under.emplace(codes.canonical(i), 0);
  if (under.empty()) return ok;
  for (size_t i = 0; i < n; ++i) {
    const size_t segs = codes.segments(i);
    for (size_t k = 1; k < segs; ++k) {
      const auto it = under.find(codes.prefix(i, k));
      if (it != under.end()) ++it->second;
    }
  }
  // Coded rows in each subtree (children come after their parents).
  std::vector<uint32_t> sub(n, 0);
  for (size_t i = n; i-- > 0;) {
    sub[i] += codes.segments(i) == 0 ? 0 : 1;
    if (parents[i] >= 0) sub[parents[i]] += sub[i];
  }
  for (size_t i = 0; i < n; ++i) {
    if (codes.segments(i) == 0 || kids[i].empty()) continue;
    const uint32_t expected = under.find(codes.canonical(i))->second;
    if (expected != sub[i] - 1) {
      ok[i] = false;
      continue;
    }
    for (int k : kids[i]) {
      if (codes.segments(k) == 0) continue;
      if (!codes.is_proper_prefix(i, k)) ok[i] = false;
    }
  }
  return ok;
}

std::vector<size_t> top_level_rows(const Table& t, const std::vector<int>& parents) {
  return top_level_rows(t, TableCodes(t), parents);
}

std::vector<size_t> top_level_rows(const Table& t, const TableCodes& codes, const std::vector<int>& parents) {
  std::vector<size_t> out;
  size_t data = 0, coded = 0, min_segs = 1000;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    if (r.type != RowType::Data) continue;
    ++data;
    if (r.code.empty()) continue;
    ++coded;
    min_segs = std::min(min_segs, codes.segments(i));
  }
  const bool by_code = data > 0 && coded * 2 > data;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    if (r.type != RowType::Data) continue;
    if (by_code ? (!r.code.empty() && codes.segments(i) == min_segs) : parents[i] < 0) out.push_back(i);
  }
  return out;
}

namespace {
std::string trim_copy(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  std::string out(s.substr(b, e - b));
  // Collapse inner whitespace runs (labels joined from continuation rows).
  std::string res;
  bool sp = false;
  for (char c : out) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      sp = true;
    } else {
      if (sp && !res.empty()) res += ' ';
      sp = false;
      res += c;
    }
  }
  return res;
}

std::string shorten(std::string s, size_t max = 80) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "…";
}
}  // namespace

std::string row_name(const Row& r) {
  std::string l = trim_copy(r.label);
  if (!l.empty()) return shorten(l);
  if (!r.code.empty()) return r.code;
  return "baris " + std::to_string(r.sheet_row + 1);
}

std::string column_name(const Column& c) {
  std::string h = c.header;
  const size_t p = h.rfind(" / ");
  std::string last = p == std::string::npos ? h : h.substr(p + 3);
  last = trim_copy(last);
  if (last.size() < 4 && p != std::string::npos) last = trim_copy(h);  // "%", "Rp": keep the group
  return shorten(last.empty() ? std::string(to_string(c.role)) : last, 60);
}

std::string indicator_name(const Table& t, const Row& r) {
  for (size_t i = 0; i < t.columns.size() && i < r.values.size(); ++i) {
    if (t.columns[i].role == ColumnRole::Indikator && !r.values[i].original.empty())
      return trim_copy(r.values[i].original);
  }
  return trim_copy(r.label);
}

int title_year(const Table& t) {
  // The lookahead leaves the separator for the next year: "2021-2026" names two years.
  static const std::regex year(R"((^|[^0-9])(20[0-9]{2})(?=[^0-9]|$))");
  int found = 0;
  auto begin = std::sregex_iterator(t.title.begin(), t.title.end(), year);
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const int y = std::stoi((*it)[2].str());
    if (found && found != y) return 0;
    found = y;
  }
  return found;
}

}  // namespace sakip
