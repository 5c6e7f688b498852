// shift.pergeseran: a pergeseran only moves money. Two layouts:
//  - the Pergeseran column holds the shift itself (Sebelum + Pergeseran = Sesudah on the rows):
//    the shifts of the top-level rows net to zero;
//  - the Pergeseran column holds the budget after the shift and the change column is declared
//    (or defaults) as Sesudah − Pergeseran: the totals of Pergeseran and Sesudah are equal
//    (Σ bertambah/berkurang = 0).
#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/numbering.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

int first_role(const Table& t, ColumnRole role) {
  for (size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].role == role) return static_cast<int>(c);
  return -1;
}

}  // namespace

void check_shift_pergeseran(const TableContext& ctx) {
  if (!ctx.em.enabled("shift.pergeseran")) return;
  const Table& t = ctx.table;
  const int pg = first_role(t, ColumnRole::Pergeseran);
  const int after = first_role(t, ColumnRole::Sesudah);
  if (pg < 0 || after < 0) return;
  const int before = first_role(t, ColumnRole::Sebelum);
  // Top-level data rows (the programs), and a closing Total row if any.
  const std::vector<size_t> top = top_level_rows(t, ctx.facts.codes(), ctx.facts.parents());
  int total = -1;
  for (size_t i = 0; i < t.rows.size(); ++i)
    if (t.rows[i].type == RowType::Total) total = static_cast<int>(i);
  if (top.size() < 2) return;
  auto num_at = [&](size_t r, int c) -> std::optional<Decimal> {
    const Value& v = t.rows[r].values[c];
    if (is_blank(v)) return Decimal{};
    if (!is_summable(v)) return std::nullopt;
    return *v.number;
  };
  // Layout: does Sebelum + Pergeseran = Sesudah hold on most rows?
  size_t delta_rows = 0, rows_with_all = 0;
  if (before >= 0) {
    for (size_t i = 0; i < t.rows.size(); ++i) {
      if (t.rows[i].type != RowType::Data) continue;
      auto b = num_at(i, before), p = num_at(i, pg), a = num_at(i, after);
      if (!b || !p || !a || (b->is_zero() && p->is_zero() && a->is_zero())) continue;
      ++rows_with_all;
      if (money_equal(*b + *p, *a, ctx.cfg)) ++delta_rows;
    }
  }
  const bool delta_layout = rows_with_all > 0 && delta_rows * 5 >= rows_with_all * 4;
  Decimal sum_pg, sum_after;
  std::vector<std::string> related;
  for (size_t r : top) {
    auto p = num_at(r, pg), a = num_at(r, after);
    if (!p || !a) return;
    sum_pg = sum_pg + *p;
    sum_after = sum_after + *a;
    related.push_back(to_a1(t.rows[r].refs[pg]));
  }
  const size_t last = top.back();
  if (delta_layout) {
    if (money_equal(sum_pg, Decimal{}, ctx.cfg)) return;
    const CellRef at = total >= 0 ? t.rows[total].refs[pg] : t.rows[last].refs[pg];
    Finding* f = ctx.emit("shift.pergeseran", Severity::Error, at);
    if (!f) return;
    f->related = std::move(related);
    f->expected = ReportValue::of(Decimal{});
    f->actual = ReportValue::of(sum_pg.normalized());
    set_message(*f, msg::shift_net(column_name(t.columns[pg]), sum_pg, top.size()));
    return;
  }
  // Level layout: applies when the change column is measured from the Pergeseran column.
  bool from_pergeseran = false;
  const auto m = numbering_map(t);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    auto f = parse_numbering_formula(t.columns[c].numbering);
    if (!f || f->kind != NumberingFormula::Kind::Linear || f->terms.size() != 2) continue;
    const int x = m.column_of(f->terms[0].first), y = m.column_of(f->terms[1].first);
    if (x == after && y == pg && f->terms[0].second > 0 && f->terms[1].second < 0) from_pergeseran = true;
  }
  if (!from_pergeseran) return;
  if (money_equal(sum_pg, sum_after, ctx.cfg)) return;
  const CellRef at = total >= 0 ? t.rows[total].refs[pg] : t.rows[top.front()].refs[pg];
  Finding* f = ctx.emit("shift.pergeseran", Severity::Error, at);
  if (!f) return;
  for (size_t r : top) related.push_back(to_a1(t.rows[r].refs[after]));
  f->related = std::move(related);
  f->expected = ReportValue::of(sum_after.normalized());
  f->actual = ReportValue::of(sum_pg.normalized());
  set_message(*f, msg::shift_totals(column_name(t.columns[pg]), sum_pg, column_name(t.columns[after]), sum_after));
}

}  // namespace sakip
