// grade.scale: a SAKIP grade letter written with its score ("B (85)") matches the score on the
// SAKIP scale (PermenPANRB 88/2021 by default). grade.predikat: a kriteria/predikat cell
// matches the row's % capaian on the configured scale (Permendagri 86/2017 by default).
// A value exactly on a band boundary may carry either neighbouring label.
#include <cctype>
#include <vector>

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

std::string upper(std::string_view s) {
  std::string o;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) o += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return o;
}

std::string labels(const std::vector<const ScaleBand*>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? " / " : "") + v[i]->label;
  return s;
}

}  // namespace

void check_grade(const TableContext& ctx) {
  const Table& t = ctx.table;
  const Decimal five = Decimal::from_int(5);
  if (ctx.em.enabled("grade.scale") && !ctx.cfg.sakip.bands.empty()) {
    // Only the columns holding any grade are read row by row.
    std::vector<size_t> grade_cols;
    const auto& traits = ctx.facts.column_traits();
    for (size_t c = 0; c < traits.size(); ++c)
      if (traits[c].has(ValueKind::Grade)) grade_cols.push_back(c);
    for (const Row& row : t.rows) {
      if (grade_cols.empty()) break;
      for (size_t c : grade_cols) {
        if (c >= row.values.size()) break;
        const Value& v = row.values[c];
        if (v.kind != ValueKind::Grade || !v.number || v.grade.empty()) continue;
        // Scores of 5 or less are index categories (IPP 1–5), not SAKIP scores.
        if (*v.number <= five) continue;
        const std::string letter = upper(v.grade);
        bool known = false;
        for (const auto& b : ctx.cfg.sakip.bands) known |= upper(b.label) == letter;
        if (!known) continue;
        const auto ok = ctx.cfg.sakip.acceptable(*v.number);
        bool match = false;
        for (const ScaleBand* b : ok) match |= upper(b->label) == letter;
        if (match || ok.empty()) continue;
        Finding* f = ctx.emit("grade.scale", Severity::Warning, row.refs[c]);
        if (!f) break;
        f->expected = ReportValue::of_text(labels(ok));
        f->actual = ReportValue::of_text(std::string(v.grade));
        set_message(*f, msg::grade_scale(std::string(v.grade), *v.number, labels(ok)));
      }
    }
  }
  if (ctx.em.enabled("grade.predikat") && !ctx.cfg.predikat.bands.empty()) {
    for (size_t k = 0; k < t.columns.size(); ++k) {
      if (t.columns[k].role != ColumnRole::Kriteria) continue;
      // The % capaian it grades: the nearest Capaian column to its left.
      int cap = -1;
      for (int c = static_cast<int>(k) - 1; c >= 0; --c)
        if (t.columns[c].role == ColumnRole::Capaian) { cap = c; break; }
      if (cap < 0) continue;
      for (const Row& row : t.rows) {
        if (k >= row.values.size()) continue;
        const Value& kv = row.values[k];
        const Value& cv = row.values[cap];
        if (kv.original.empty() || !cv.number || cv.kind == ValueKind::Text) continue;
        const ScaleBand* stated = ctx.cfg.predikat.find_label(kv.original);
        if (!stated) continue;
        const auto ok = ctx.cfg.predikat.acceptable(*cv.number);
        bool match = false;
        for (const ScaleBand* b : ok) match |= b == stated;
        if (match || ok.empty()) continue;
        Finding* f = ctx.emit("grade.predikat", Severity::Warning, row.refs[k]);
        if (!f) break;
        f->related = {to_a1(row.refs[cap])};
        f->expected = ReportValue::of_text(labels(ok));
        f->actual = ReportValue::of_text(std::string(kv.original));
        set_message(*f, msg::grade_predikat(indicator_name(t, row), std::string(kv.original), *cv.number, labels(ok)));
      }
    }
  }
}

}  // namespace sakip
