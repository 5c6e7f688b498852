// sum.total: a Jumlah / Total / Sub Total row equals the sum of the rows it closes, in every
// column that holds amounts or counts (money exactly, other numbers within display rounding).
// In composition tables also across a row: a group's Jumlah / Σ column equals its category
// columns (Bezetting Σ = SD + SMA + D3 + S1 + S2).
#include <algorithm>
#include <cctype>

#include "ingest/table_komposisi.h"

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

bool column_summable(const Column& c) {
  switch (c.role) {
    case ColumnRole::No:
    case ColumnRole::Kode:
    case ColumnRole::Uraian:
    case ColumnRole::Tujuan:
    case ColumnRole::Sasaran:
    case ColumnRole::Indikator:
    case ColumnRole::Satuan:
    case ColumnRole::Kriteria:
    case ColumnRole::Polaritas:
    case ColumnRole::Keterangan:
    case ColumnRole::Kondisi:
    case ColumnRole::Capaian:
    case ColumnRole::Serapan:
    case ColumnRole::SelisihPersen:
      return false;
    default:
      return c.hint != ColumnHint::Percent && c.hint != ColumnHint::Year && c.hint != ColumnHint::Code &&
             c.hint != ColumnHint::Index;
  }
}

// The rows total row `i` closes (indices into t.rows).
std::vector<int> closed_rows(const Table& t, int i, const std::vector<int>& parents,
                             const std::vector<std::vector<int>>& kids) {
  std::vector<int> out;
  for (int k : kids[i])
    if (t.rows[k].type == RowType::Data || t.rows[k].type == RowType::Subtotal) out.push_back(k);
  if (!out.empty()) return out;
  const bool is_total = t.rows[i].type == RowType::Total;
  int start = i - 1;
  for (; start >= 0; --start) {
    const RowType ty = t.rows[start].type;
    if (ty == RowType::Total) break;
    if (!is_total && (ty == RowType::Subtotal || ty == RowType::Section)) break;
  }
  ++start;
  // A row is top level in the block when its parent is outside the block (or none).
  auto top = [&](int r) { return parents[r] < start || parents[r] >= i; };
  std::vector<int> pending;
  for (int r = start; r < i; ++r) {
    const Row& row = t.rows[r];
    if (!top(r)) continue;
    if (row.type == RowType::Data) {
      pending.push_back(r);
    } else if (row.type == RowType::Subtotal) {
      bool has_kids = false;
      for (int k : kids[r]) has_kids |= t.rows[k].type == RowType::Data;
      if (!has_kids) pending.clear();  // a Sub Total below its block closes the rows before it
      out.push_back(r);
    }
  }
  out.insert(out.end(), pending.begin(), pending.end());
  std::sort(out.begin(), out.end());
  return out;
}

// The recogniser marks a row Total/Subtotal; only rows that say they are a sum are checked
// (a "BELANJA LANGSUNG" heading carrying its block's total above it, or "SURPLUS / (DEFISIT)"
// = pendapatan − belanja, are not sums of the rows before them).
bool says_total(const Row& r) {
  std::string l;
  for (char c : r.label) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (l.find_first_not_of(" \t") == std::string::npos) return true;  // "Jumlah" written in another column
  // "Jumlah", "- Jumlah", "Sub Total", "Total Belanja", "Serapan Anggaran": a short label that
  // starts with the word. "Jumlah Gedung kantor yang dipelihara" is an indicator name.
  size_t b = l.find_first_not_of(" \t-*:");
  if (b == std::string::npos) return true;
  l = l.substr(b);
  size_t words = 1;
  for (size_t i = 1; i < l.size(); ++i) words += l[i] == ' ' && l[i - 1] != ' ';
  if (words > 4) return false;
  for (const char* w : {"jumlah", "total", "sub total", "subtotal", "serapan anggaran", "grand total"})
    if (l.rfind(w, 0) == 0) return true;
  return false;
}

// Row identities of a composition table: per row and group, Σ category columns = the group's
// Jumlah column (counts, exact). A row whose categories are all blank states no breakdown.
void check_row_totals(const TableContext& ctx) {
  const Table& t = ctx.table;
  for (const CompositionGroup& g : composition_groups(t)) {
    for (const Row& row : t.rows) {
      if (row.type == RowType::Section || g.total >= row.values.size()) continue;
      const Value& stated = row.values[g.total];
      if (!is_summable(stated)) continue;
      CellSum s;
      for (size_t c : g.parts)
        if (c < row.values.size() && !s.add(row.values[c], row.refs[c])) break;
      if (!s.meaningful() || s.sum == *stated.number) continue;
      Finding* f = ctx.emit("sum.total", Severity::Error, row.refs[g.total]);
      if (!f) return;
      f->related = std::move(s.related);
      f->expected = ReportValue::of(s.sum.normalized());
      f->actual = ReportValue::of(stated.number->normalized());
      set_message(*f, msg::sum_row(row_name(row), t.columns[g.total].header, *stated.number, s.sum, g.parts.size()));
    }
  }
}

}  // namespace

void check_sum_total(const TableContext& ctx) {
  if (!ctx.em.enabled("sum.total")) return;
  const Table& t = ctx.table;
  check_row_totals(ctx);
  bool any_total = false;
  for (const auto& r : t.rows) any_total |= r.type == RowType::Total || r.type == RowType::Subtotal;
  if (!any_total) return;
  const auto& parents = ctx.facts.parents();
  const auto& kids = ctx.facts.kids();
  for (int i = 0; i < static_cast<int>(t.rows.size()); ++i) {
    const Row& total = t.rows[i];
    if (total.type != RowType::Total && total.type != RowType::Subtotal) continue;
    if (!says_total(total)) continue;
    const auto parts = closed_rows(t, i, parents, kids);
    if (parts.empty()) continue;
    for (size_t c = 0; c < t.columns.size() && c < total.values.size(); ++c) {
      const Column& col = t.columns[c];
      if (!column_summable(col)) continue;
      const Value& stated = total.values[c];
      if (!is_summable(stated)) continue;
      const bool money = is_money_column(col) || stated.kind == ValueKind::Money;
      Decimal sum, slack;
      size_t numbers = 0;
      bool usable = true;
      std::vector<std::string> related;
      // The highest rows that carry a value in this column: a sasaran row left blank whose
      // indicator rows hold the amounts (efisiensi tables) is summed through its children.
      std::vector<int> carriers;
      std::vector<int> stack(parts.rbegin(), parts.rend());
      while (!stack.empty()) {
        const int p = stack.back();
        stack.pop_back();
        const Row& pr = t.rows[p];
        if (c < pr.values.size() && !is_blank(pr.values[c])) {
          carriers.push_back(p);
        } else {
          for (auto k = kids[p].rbegin(); k != kids[p].rend(); ++k)
            if (t.rows[*k].type == RowType::Data) stack.push_back(*k);
        }
      }
      for (int p : carriers) {
        const Row& pr = t.rows[p];
        const Value& v = pr.values[c];
        if (!is_summable(v)) {
          usable = false;  // text, a percentage or a grade among the parts: not a summed column
          break;
        }
        sum = sum + *v.number;
        slack = slack + rounding_slack(v);
        ++numbers;
        related.push_back(to_a1(pr.refs[c]));
      }
      if (!usable || numbers == 0) continue;
      const bool ok = money ? money_equal(sum, *stated.number, ctx.cfg) : exact_agrees(sum, stated, slack);
      if (ok) continue;
      Finding* f = ctx.emit("sum.total", Severity::Error, total.refs[c]);
      if (!f) return;
      f->related = std::move(related);
      f->expected = ReportValue::of(sum.normalized());
      f->actual = ReportValue::of(stated.number->normalized());
      set_message(*f, msg::sum_total(row_name(total), column_name(col), *stated.number, sum, numbers));
    }
  }
}

}  // namespace sakip
