// sum.period: the end-of-period value of a Renstra / T-C.27 row (kondisi akhir Rp) equals
// the sum of its yearly Rp; a column the numbering row declares as a sum of others
// ("12 = 8+9+10+11", quarterly realisations) equals that sum.
#include <algorithm>
#include <vector>

#include "rules/compare.h"
#include "rules/formula_columns.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_view.h"

namespace sakip {

void check_sum_period(const TableContext& ctx) {
  if (!ctx.em.enabled("sum.period")) return;
  check_declared_linear(ctx, /*differences=*/false, "sum.period");
  const Table& t = ctx.table;
  for (size_t e = 0; e < t.columns.size(); ++e) {
    const Column& end = t.columns[e];
    if (!end.end_of_period || !is_money_column(end) || has_declared_linear(t, e)) continue;
    std::vector<size_t> years;
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const Column& y = t.columns[c];
      if (c == e || y.end_of_period || !is_money_column(y) || y.role == ColumnRole::Baseline) continue;
      if (y.year == 0 && y.period == 0) continue;
      if (y.role != end.role) continue;
      years.push_back(c);
    }
    if (years.size() < 2) continue;
    // The yearly columns of a Renstra period are consecutive years (or Tahun ke-1..n): two
    // unrelated columns that merely carry a year (a current-year budget and a capaian %
    // column, as in an evaluasi Renja form) do not compose the end-of-period value.
    {
      std::vector<int> keys;
      for (size_t c : years) keys.push_back(t.columns[c].year != 0 ? t.columns[c].year : t.columns[c].period);
      std::sort(keys.begin(), keys.end());
      bool consecutive = true;
      for (size_t k = 1; k < keys.size(); ++k) consecutive = consecutive && keys[k] == keys[k - 1] + 1;
      if (!consecutive) continue;
    }
    for (const Row& row : t.rows) {
      if (row.type == RowType::Section || row.type == RowType::Average || e >= row.values.size()) continue;
      const Value& stated = row.values[e];
      if (!is_summable(stated)) continue;
      CellSum s;
      for (size_t c : years)
        if (!s.add(row.values[c], row.refs[c])) break;
      if (!s.meaningful() || money_equal(s.sum, *stated.number, ctx.cfg)) continue;
      Finding* f = ctx.emit("sum.period", Severity::Error, row.refs[e]);
      if (!f) return;
      f->related = std::move(s.related);
      f->expected = ReportValue::of(s.sum.normalized());
      f->actual = ReportValue::of(stated.number->normalized());
      set_message(*f, msg::sum_period(row_name(row), column_name(end), *stated.number, s.sum, s.numbers));
    }
  }
}

}  // namespace sakip
