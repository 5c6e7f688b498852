#include "rules/formula_columns.h"

#include <cctype>
#include <string>
#include <vector>

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/numbering.h"
#include "rules/table_view.h"

namespace sakip {

bool has_declared_linear(const Table& t, size_t c) {
  if (c >= t.columns.size()) return false;
  auto f = parse_numbering_formula(t.columns[c].numbering);
  if (!f || f->kind != NumberingFormula::Kind::Linear) return false;
  const auto m = numbering_map(t);
  for (const auto& [label, sign] : f->terms)
    if (m.column_of(label) < 0) return false;
  return true;
}

namespace {

void check_one(const TableContext& ctx, std::string_view rule, bool differences, size_t c,
               const std::vector<std::pair<int, int>>& cols, const std::string& numbering, int pct_col);

// The one money column of the group that column `c` opens: `c` and the columns after it up to
// the next column carrying its own numbering label. -1 when the group has none or several.
int group_money_column(const Table& t, size_t c) {
  int found = -1;
  for (size_t k = c + 1; k < t.columns.size() && t.columns[k].numbering.empty(); ++k) {
    if (!is_money_column(t.columns[k])) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(k);
  }
  return found;
}

bool is_percent_unit(const Value& v) {
  std::string s;
  for (char ch : v.original)
    if (!std::isspace(static_cast<unsigned char>(ch))) s += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s == "%" || s == "persen" || s == "(%)";
}

}  // namespace

void check_declared_linear(const TableContext& ctx, bool differences, std::string_view rule) {
  if (!ctx.em.enabled(rule)) return;
  const Table& t = ctx.table;
  const auto m = numbering_map(t);
  const int pct_col = t.column_index(ColumnRole::Satuan);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    auto f = parse_numbering_formula(t.columns[c].numbering);
    if (!f || f->kind != NumberingFormula::Kind::Linear) continue;
    bool minus = false;
    std::vector<std::pair<int, int>> cols;  // (column index, sign)
    bool ok_map = true;
    for (const auto& [label, sign] : f->terms) {
      const int ci = m.column_of(label);
      if (ci < 0 || ci == static_cast<int>(c)) ok_map = false;
      cols.push_back({ci, sign});
      minus |= sign < 0;
    }
    if (!ok_map || minus != differences) continue;
    check_one(ctx, rule, differences, c, cols, t.columns[c].numbering, pct_col);
    // A numbering label over a merged group of columns (K / % / Rp under "14 = 7 + 13") declares
    // the same relation for the group's money column: Rp of 14 = Rp of 7 + Rp of 13.
    if (is_money_column(t.columns[c])) continue;
    const int g = group_money_column(t, c);
    if (g < 0) continue;
    std::vector<std::pair<int, int>> rp;
    for (auto& [ci, s] : cols) {
      const int gi = group_money_column(t, static_cast<size_t>(ci));
      if (gi < 0 || gi == g) { rp.clear(); break; }
      rp.push_back({gi, s});
    }
    if (rp.size() == cols.size()) check_one(ctx, rule, differences, static_cast<size_t>(g), rp, t.columns[c].numbering, -1);
  }
}

namespace {

void check_one(const TableContext& ctx, std::string_view rule, bool differences, size_t c,
               const std::vector<std::pair<int, int>>& cols, const std::string& numbering, int pct_col) {
  {
    const Table& t = ctx.table;
    bool money = is_money_column(t.columns[c]);
    for (auto& [ci, s] : cols) money = money || is_money_column(t.columns[ci]);
    struct Bad { size_t row; Decimal expected; };
    std::vector<Bad> bad;
    size_t checked = 0;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const Row& row = t.rows[r];
      if (row.type == RowType::Section || row.type == RowType::Average || c >= row.values.size()) continue;
      const Value& stated = row.values[c];
      if (!is_summable(stated)) continue;
      Decimal expected, slack;
      bool usable = true;
      size_t numbers = 0;
      for (auto& [ci, s] : cols) {
        const Value& v = row.values[ci];
        if (is_blank(v)) continue;
        if (!is_summable(v)) { usable = false; break; }
        expected = s > 0 ? expected + *v.number : expected - *v.number;
        slack = slack + rounding_slack(v);
        ++numbers;
      }
      if (!usable || numbers == 0) continue;
      ++checked;
      const bool ok = money ? money_equal(expected, *stated.number, ctx.cfg) : exact_agrees(expected, stated, slack);
      if (!ok) bad.push_back({r, expected});
      if (ok && !money && !differences && pct_col >= 0 && numbers >= 2 && expected > *Decimal::parse("100.005") &&
          is_percent_unit(row.values[static_cast<size_t>(pct_col)])) {
        // A percentage indicator (satuan %) summed over periods: 100 % + 100 % is not 200 %. Only a
        // sum clearly above 100 % (not quarters adding to 100.00000000000001) shows it.
        size_t nonzero = 0;
        for (auto& [ci, s] : cols)
          if (is_summable(row.values[ci]) && !(*row.values[ci].number == Decimal{})) ++nonzero;
        if (nonzero >= 2) {
          if (Finding* fp = ctx.emit(rule, Severity::Warning, row.refs[c])) {
            for (auto& [ci, s] : cols) fp->related.push_back(to_a1(row.refs[ci]));
            fp->actual = ReportValue::of(stated.number->normalized());
            const std::string col = column_name(t.columns[c]);
            set_message(*fp, {"'" + col + "' untuk '" + row_name(row) + "' (satuan %) dijumlahkan menurut rumus kolom (" +
                                  numbering + ") menjadi " + num(*stated.number, Lang::Id) +
                                  " %: persentase tidak dapat dijumlahkan antarperiode (realisasi s/d periode ini "
                                  "adalah nilai terakhirnya, bukan jumlahnya).",
                              "'" + col + "' of '" + row_name(row) + "' (unit %) is summed by the column's formula (" +
                                  numbering + ") to " + num(*stated.number, Lang::En) +
                                  " %: percentages do not add up across periods (the realisation to date is the "
                                  "latest value, not a sum)."});
          }
        }
      }
    }
    if (bad.empty()) return;
    if (checked >= 3 && bad.size() == checked) {
      // The declared formula fits no row: the label is what is wrong, not every row.
      const CellRef at{t.numbering_row.value_or(t.rows.empty() ? 0 : t.rows[0].sheet_row), t.columns[c].col};
      if (Finding* fd = ctx.emit("format.formula_label", Severity::Warning, at))
        set_message(*fd, msg::formula_label(column_name(t.columns[c]), numbering, checked));
      return;
    }
    for (const auto& b : bad) {
      const Row& row = t.rows[b.row];
      Finding* fd = ctx.emit(rule, Severity::Error, row.refs[c]);
      if (!fd) return;
      for (auto& [ci, s] : cols) fd->related.push_back(to_a1(row.refs[ci]));
      fd->expected = ReportValue::of(b.expected.normalized());
      fd->actual = ReportValue::of(row.values[c].number->normalized());
      if (differences) {
        // "Bertambah/(berkurang) ... padahal Perubahan 5 − Pergeseran 4 = ..."
        std::string fid, fen;
        for (size_t k = 0; k < cols.size(); ++k) {
          const auto& [ci, s] = cols[k];
          const std::string name = column_name(t.columns[ci]);
          const Decimal v = row.values[ci].number.value_or(Decimal{});
          if (k) { fid += s > 0 ? " + " : " − "; fen += s > 0 ? " + " : " − "; }
          else if (s < 0) { fid += "−"; fen += "−"; }
          fid += name + " " + num(v, Lang::Id);
          fen += name + " " + num(v, Lang::En);
        }
        set_message(*fd, msg::shift_change(row_name(row), fid, fen, *row.values[c].number, b.expected));
      } else {
        set_message(*fd, msg::sum_formula(row_name(row), column_name(t.columns[c]), numbering,
                                          *row.values[c].number, b.expected));
      }
    }
  }
}

}  // namespace

}  // namespace sakip
