// sum.hierarchy: a parent row equals the sum of its children (Program = Σ Kegiatan =
// Σ Sub Kegiatan; kode rekening levels), in every money column; in composition tables (sarpras
// inventories: section III 'PERALATAN DAN MESIN' = Σ its items), in every count column. The
// hierarchy comes from the recogniser, else from code prefixes, else from row levels
// (table_view.h).
#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_sum_hierarchy(const TableContext& ctx) {
  if (!ctx.em.enabled("sum.hierarchy")) return;
  const Table& t = ctx.table;
  // Indicator tables (sasaran -> indikator rows) carry budgets beside indicators, not a
  // budget hierarchy.
  // A hierarchy the sheet's own SUM formulas state (Column::sums_rows) is certain in any kind
  // of table (an evaluasi Renja sheet: bidang > program > kegiatan by formulas only); its
  // columns are the ones checked.
  bool formula_tree = false;
  for (const Column& c : t.columns) formula_tree = formula_tree || c.sums_rows;
  if (!formula_tree && (t.kind == TableKind::Capaian || t.kind == TableKind::Efisiensi || t.kind == TableKind::Pk ||
                        t.kind == TableKind::Rkt || t.kind == TableKind::Tc25))
    return;
  // Composition tables: their counts (Jumlah, Jumlah ideal, category columns), and parents
  // without a level or code (a roman-numeral section over numbered items).
  const bool komposisi = t.kind == TableKind::Komposisi;
  std::vector<size_t> money_cols;
  for (size_t c = 0; c < t.columns.size(); ++c)
    if (komposisi  ? t.columns[c].role == ColumnRole::Jumlah || t.columns[c].role == ColumnRole::Komponen
        : formula_tree ? t.columns[c].sums_rows && is_money_column(t.columns[c])
                       : is_money_column(t.columns[c]))
      money_cols.push_back(c);
  if (money_cols.empty()) return;
  const auto& kids = ctx.facts.kids();
  const auto& family_ok = ctx.facts.family_ok();
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& parent = t.rows[i];
    if (parent.type != RowType::Data || kids[i].empty() || !family_ok[i]) continue;
    // Only budget levels (Program, Kegiatan, Sub Kegiatan, rekening) or coded rows: in wide
    // layouts without either (an RKT: sasaran | program | sub kegiatan | anggaran on one row)
    // the row structure is not a budget hierarchy.
    if ((parent.level == RowLevel::Tujuan || parent.level == RowLevel::Sasaran || parent.level == RowLevel::Indikator) &&
        !formula_tree)
      continue;
    if (parent.level == RowLevel::None && parent.code.empty() && !komposisi && !formula_tree) continue;
    for (size_t c : money_cols) {
      if (c >= parent.values.size()) continue;
      const Value& stated = parent.values[c];
      if (!is_summable(stated)) continue;
      CellSum s;
      for (int k : kids[i]) {
        const Row& kr = t.rows[k];
        if (kr.type != RowType::Data || c >= kr.values.size()) continue;
        if (!s.add(kr.values[c], kr.refs[c])) break;
      }
      if (!s.meaningful()) continue;
      if (komposisi ? s.sum == *stated.number : money_equal(s.sum, *stated.number, ctx.cfg)) continue;
      Finding* f = ctx.emit("sum.hierarchy", Severity::Error, parent.refs[c]);
      if (!f) return;
      f->related = std::move(s.related);
      f->expected = ReportValue::of(s.sum.normalized());
      f->actual = ReportValue::of(stated.number->normalized());
      set_message(*f, msg::sum_hierarchy(row_name(parent), column_name(t.columns[c]), *stated.number, s.sum, s.numbers));
    }
  }
}

}  // namespace sakip
