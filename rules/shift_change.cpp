// shift.change: bertambah/(berkurang) = after change − before change. A formula declared in
// the numbering row wins ("6 (= 5-4)": Bertambah = Perubahan − Pergeseran in Tabel 2.9);
// without one, Sesudah − Sebelum, and where a Pergeseran column sits between them either
// Sesudah − Sebelum or Sesudah − Pergeseran is accepted (the document did not say which).
#include "rules/compare.h"
#include "rules/formula_columns.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

int nearest(const Table& t, int from, ColumnRole role) {
  int best = -1, best_dist = 1 << 30;
  for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
    if (t.columns[c].role != role) continue;
    const int d = c < from ? from - c : (c - from) + 1000;  // prefer columns to the left
    if (d < best_dist) { best = c; best_dist = d; }
  }
  return best;
}

}  // namespace

void check_shift_change(const TableContext& ctx) {
  if (!ctx.em.enabled("shift.change")) return;
  check_declared_linear(ctx, /*differences=*/true, "shift.change");
  const Table& t = ctx.table;
  for (int s = 0; s < static_cast<int>(t.columns.size()); ++s) {
    if (t.columns[s].role != ColumnRole::Selisih || has_declared_linear(t, s)) continue;
    const int after = nearest(t, s, ColumnRole::Sesudah);
    const int before = nearest(t, s, ColumnRole::Sebelum);
    const int shift = nearest(t, s, ColumnRole::Pergeseran);
    if (after < 0 || (before < 0 && shift < 0)) continue;
    const bool money = is_money_column(t.columns[s]) || is_money_column(t.columns[after]);
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const Row& row = t.rows[ri];
      if (row.type == RowType::Section || row.type == RowType::Average) continue;
      // The cells' classes first (is_summable / is_blank without reading the values).
      if (!(ctx.facts.cell(ri, s) & kCellSummable)) continue;
      const uint8_t ak = ctx.facts.cell(ri, after);
      if (!(ak & (kCellSummable | kCellBlank))) continue;
      const Value& stated = row.values[s];
      const Value& a = row.values[after];
      const Decimal av = a.number.value_or(Decimal{});
      std::pair<int, Decimal> options[2];  // (column, expected)
      size_t n_options = 0;
      bool first_blank = false;
      for (int b : {before, shift}) {
        if (b < 0) continue;
        const uint8_t bk = ctx.facts.cell(ri, b);
        if (!(bk & (kCellSummable | kCellBlank))) continue;
        if (n_options == 0) first_blank = bk & kCellBlank;
        options[n_options++] = {b, av - row.values[b].number.value_or(Decimal{})};
      }
      if (n_options == 0 || ((ak & kCellBlank) && first_blank)) continue;
      bool ok = false;
      for (size_t k = 0; k < n_options; ++k) {
        const auto& [b, exp] = options[k];
        ok |= money ? money_equal(exp, *stated.number, ctx.cfg)
                    : exact_agrees(exp, stated, rounding_slack(a) + rounding_slack(row.values[b]));
      }
      if (ok) continue;
      const auto& [b, expected] = options[0];
      Finding* f = ctx.emit("shift.change", Severity::Error, row.refs[s]);
      if (!f) return;
      f->related = {to_a1(row.refs[after]), to_a1(row.refs[b])};
      f->expected = ReportValue::of(expected.normalized());
      f->actual = ReportValue::of(stated.number->normalized());
      const std::string an = column_name(t.columns[after]), bn = column_name(t.columns[b]);
      const Decimal bval = row.values[b].number.value_or(Decimal{});
      set_message(*f, msg::shift_change(row_name(row), an + " " + num(av, Lang::Id) + " − " + bn + " " + num(bval, Lang::Id),
                                        an + " " + num(av, Lang::En) + " − " + bn + " " + num(bval, Lang::En),
                                        *stated.number, expected));
    }
  }
}

}  // namespace sakip
