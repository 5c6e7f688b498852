// range.*: plausibility. Realisasi anggaran above its anggaran, negative money in budget
// columns, % serapan above the configured limit, % capaian outside the plausible range.
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/ratio.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_range(const TableContext& ctx) {
  const Table& t = ctx.table;
  // The (realisasi, anggaran) pairs: each serapan spec, else the plain Anggaran/Realisasi pair.
  std::vector<std::pair<int, int>> pairs;
  std::vector<char> serapan_cols(t.columns.size(), 0);  // % columns that are absorption whatever their role says
  for (const auto& s : ctx.facts.ratio_specs())
    if (s.kind == msg::Pct::Serapan) {
      pairs.push_back({s.num, s.den});
      serapan_cols[s.result] = 1;
    }
  if (pairs.empty()) {
    int a = -1;
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].role == ColumnRole::Anggaran) a = static_cast<int>(c);
      if (t.columns[c].role == ColumnRole::RealisasiAnggaran && a >= 0) pairs.push_back({static_cast<int>(c), a});
    }
  }
  const bool over_on = ctx.em.enabled("range.realisasi_anggaran");
  auto cumulative = [&](int c) {
    std::string h;
    for (char ch : t.columns[c].header) h += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return h.find("s/d") != std::string::npos || h.find("s.d") != std::string::npos ||
           h.find("sampai dengan") != std::string::npos || h.find("kumulatif") != std::string::npos;
  };
  // Does another rule judge row i's % serapan (its arithmetic, or realisasi > anggaran)? Both
  // numbers there: pct.serapan judges the % itself; a % above 100 follows from them.
  auto judged_elsewhere = [&](size_t i) {
    const Row& row = t.rows[i];
    if (row.type == RowType::Section || row.type == RowType::Average) return false;
    for (const auto& [rc, ac] : pairs) {
      const uint8_t r = ctx.facts.cell(i, rc), a = ctx.facts.cell(i, ac);
      if ((r & kCellSummable) && (a & kCellSummable) && !(a & kCellZero)) return true;
    }
    return false;
  };
  for (const auto& [rc, ac] : pairs) {
    // A realisasi up to a year (s/d 2025, cumulative) against one year's budget is not "over".
    if (!over_on || cumulative(rc) != cumulative(ac)) continue;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const Row& row = t.rows[i];
      if (row.type == RowType::Section || row.type == RowType::Average) continue;
      // A negative budget is its own finding.
      const uint8_t rk = ctx.facts.cell(i, rc), ak = ctx.facts.cell(i, ac);
      if (!(rk & kCellSummable) || !(ak & kCellSummable) || (ak & (kCellNegative | kCellZero))) continue;
      const Value& r = row.values[rc];
      const Value& a = row.values[ac];
      if (*r.number <= *a.number) continue;
      Finding* f = ctx.emit("range.realisasi_anggaran", Severity::Warning, row.refs[rc]);
      if (!f) break;
      f->related = {to_a1(row.refs[ac])};
      f->expected = ReportValue::of(a.number->normalized());
      f->actual = ReportValue::of(r.number->normalized());
      set_message(*f, msg::realisasi_over(row_name(row), *r.number, *a.number));
    }
  }
  if (ctx.em.enabled("range.negative_money")) {
    std::string l;  // a row's label in lower case, reused
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const Column& col = t.columns[c];
      const ColumnRole r = col.role;
      if (!is_money_column(col) || r == ColumnRole::Selisih || r == ColumnRole::Pergeseran ||
          r == ColumnRole::SelisihPersen || r == ColumnRole::Sisa)
        continue;
      for (size_t i = 0; i < t.rows.size(); ++i) {
        if (!(ctx.facts.cell(i, c) & kCellNegative)) continue;  // also: no value in column c
        const Row& row = t.rows[i];
        const Value& v = row.values[c];
        // Surplus/(defisit) and netto rows are differences, negative by nature.
        l.clear();
        for (char ch : row.label) l += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (l.find("surplus") != std::string::npos || l.find("defisit") != std::string::npos ||
            l.find("netto") != std::string::npos || l.find("selisih") != std::string::npos)
          continue;
        Finding* f = ctx.emit("range.negative_money", Severity::Warning, row.refs[c]);
        if (!f) break;
        f->actual = ReportValue::of(v.number->normalized());
        set_message(*f, msg::negative_money(row_name(row), column_name(col), *v.number));
      }
    }
  }
  const bool serapan_on = ctx.em.enabled("range.serapan"), capaian_on = ctx.em.enabled("range.capaian");
  if (!serapan_on && !capaian_on) return;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    ColumnRole role = t.columns[c].role;
    if (role != ColumnRole::Serapan && role != ColumnRole::Capaian) continue;
    if (serapan_cols[c]) role = ColumnRole::Serapan;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const Row& row = t.rows[i];
      if (c >= row.values.size()) continue;
      const Value& v = row.values[c];
      if (!v.number || v.kind == ValueKind::Text || v.kind == ValueKind::Range) continue;
      const Decimal x = *v.number;
      if (role == ColumnRole::Serapan) {
        if (!serapan_on || x <= ctx.cfg.serapan_max || judged_elsewhere(i)) continue;
        Finding* f = ctx.emit("range.serapan", Severity::Warning, row.refs[c]);
        if (!f) break;
        f->expected = ReportValue::of(ctx.cfg.serapan_max);
        f->actual = ReportValue::of(x.normalized());
        set_message(*f, msg::serapan_over(row_name(row), x, ctx.cfg.serapan_max));
      } else {
        if (!capaian_on || (x >= ctx.cfg.capaian_min && x <= ctx.cfg.capaian_max)) continue;
        // A bare amount in millions is a column the recogniser could not place, not a %.
        if (!v.has(kFlagPercentSign) && abs(x) > Decimal::from_int(100000)) continue;
        Finding* f = ctx.emit("range.capaian", Severity::Warning, row.refs[c]);
        if (!f) break;
        f->actual = ReportValue::of(x.normalized());
        set_message(*f, msg::capaian_outside(row_name(row), x, ctx.cfg.capaian_min, ctx.cfg.capaian_max));
      }
    }
  }
}

}  // namespace sakip
