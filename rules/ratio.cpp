#include "rules/ratio.h"

#include <algorithm>
#include <cctype>

#include "rules/compare.h"
#include "rules/numbering.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

bool is_realisasi(const Column& c, bool money) {
  if (money) return c.role == ColumnRole::RealisasiAnggaran || (c.role == ColumnRole::Realisasi && c.is_money);
  return c.role == ColumnRole::Realisasi && !c.is_money;
}
bool is_target(const Column& c, bool money) {
  if (money) return c.role == ColumnRole::Anggaran || c.role == ColumnRole::Sesudah || (c.role == ColumnRole::Target && c.is_money);
  return c.role == ColumnRole::Target && !c.is_money;
}

bool same_slot(const Column& a, const Column& b) { return a.quarter == b.quarter; }

// Nearest column left of `from` satisfying pred, with a year compatible with `r`.
template <typename Pred>
int nearest_left(const Table& t, int from, const Column& r, Pred pred) {
  std::vector<int> cands;
  for (int c = from - 1; c >= 0; --c)
    if (pred(t.columns[c]) && same_slot(t.columns[c], r)) cands.push_back(c);
  if (cands.empty()) return -1;
  if (r.year != 0) {
    for (int c : cands)
      if (t.columns[c].year == r.year || t.columns[c].year == 0) return c;
    return -1;
  }
  for (int c : cands)
    if (t.columns[c].year == 0) return c;
  // Only dated candidates: usable when they all carry the same year.
  const int y = t.columns[cands.front()].year;
  for (int c : cands)
    if (t.columns[c].year != y) return -1;
  return cands.front();
}

std::string lower(std::string_view s) {
  std::string o(s);
  for (auto& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

}  // namespace

std::vector<RatioSpec> ratio_specs(const Table& t) {
  std::vector<RatioSpec> out;
  const auto m = numbering_map(t);
  std::vector<bool> covered(t.columns.size(), false);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    auto f = parse_numbering_formula(t.columns[c].numbering);
    if (!f || f->kind != NumberingFormula::Kind::Ratio) continue;
    RatioSpec s;
    s.num = m.column_of(f->numerator);
    s.den = m.column_of(f->denominator);
    s.result = static_cast<int>(c);
    s.factor = f->factor;
    s.declared = true;
    if (s.num < 0 || s.den < 0 || s.num == s.result || s.den == s.result) continue;
    const bool money = is_money_column(t.columns[s.num]) && is_money_column(t.columns[s.den]);
    const ColumnRole rr = t.columns[c].role;
    if (rr == ColumnRole::Serapan || money) s.kind = msg::Pct::Serapan;
    else if (rr == ColumnRole::Capaian || t.columns[s.num].role == ColumnRole::Realisasi) s.kind = msg::Pct::Capaian;
    else s.kind = msg::Pct::Share;
    covered[c] = true;
    out.push_back(s);
  }
  // A declared formula over a header group with sub-columns (K | Rp under "15 = 14/6 x 100")
  // applies to the unnumbered sibling too: Rp of 15 = Rp of 14 / Rp of 6.
  const size_t declared = out.size();
  for (size_t i = 0; i < declared; ++i) {
    const RatioSpec d = out[i];
    const size_t c2 = d.result + 1, n2 = d.num + 1, e2 = d.den + 1;
    if (c2 >= t.columns.size() || n2 >= t.columns.size() || e2 >= t.columns.size() || covered[c2]) continue;
    // Same header group: the texts above the leaf ('... s/d Tahun 2030 (%) / K' and '... / Rp.').
    auto group = [](const std::string& h) {
      const size_t cut = h.rfind(" / ");
      return cut == std::string::npos ? h : h.substr(0, cut);
    };
    auto sibling = [&](size_t a, size_t b) {
      return t.columns[b].numbering.empty() && !t.columns[a].header.empty() &&
             group(t.columns[a].header) == group(t.columns[b].header);
    };
    if (!sibling(d.result, c2) || !sibling(d.num, n2) || !sibling(d.den, e2)) continue;
    if (n2 == c2 || e2 == c2) continue;
    RatioSpec s2 = d;
    s2.result = static_cast<int>(c2);
    s2.num = static_cast<int>(n2);
    s2.den = static_cast<int>(e2);
    s2.kind = is_money_column(t.columns[n2]) && is_money_column(t.columns[e2]) ? msg::Pct::Serapan : d.kind;
    covered[c2] = true;
    out.push_back(s2);
  }
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (covered[c]) continue;
    const Column& r = t.columns[c];
    const int ci = static_cast<int>(c);
    RatioSpec s;
    s.result = ci;
    if (r.role == ColumnRole::Serapan) {
      s.kind = msg::Pct::Serapan;
      s.num = nearest_left(t, ci, r, [](const Column& x) { return is_realisasi(x, true); });
      if (s.num >= 0) s.den = nearest_left(t, s.num, r, [](const Column& x) { return is_target(x, true); });
    } else if (r.role == ColumnRole::Capaian) {
      // Money pair right before it (efisiensi: Target Rp | realisasi Rp | %) means absorption.
      const int rm = nearest_left(t, ci, r, [](const Column& x) { return is_realisasi(x, true); });
      const int rk = nearest_left(t, ci, r, [](const Column& x) { return is_realisasi(x, false); });
      if (rm >= 0 && (rk < 0 || rm > rk)) {
        s.kind = msg::Pct::Serapan;
        s.num = rm;
        s.den = nearest_left(t, rm, r, [](const Column& x) { return is_target(x, true); });
      } else {
        s.kind = msg::Pct::Capaian;
        s.num = rk;
        const std::string h = lower(r.header);
        const bool vs_end = r.end_of_period || h.find("akhir") != std::string::npos ||
                            h.find("terhadap target") != std::string::npos;
        s.den = nearest_left(t, ci, r, [&](const Column& x) {
          return is_target(x, false) && x.end_of_period == vs_end;
        });
        if (!vs_end && s.den < 0) {
          // No yearly target at all: the table compares the realisasi with the Renstra's
          // end-of-period target ('Target jangka menengah pada Renstra | Realisasi 2023 |
          // Capaian'), so that is the denominator.
          bool any_yearly = false;
          for (const Column& x : t.columns) any_yearly |= is_target(x, false) && !x.end_of_period;
          if (!any_yearly)
            s.den = nearest_left(t, ci, r, [&](const Column& x) { return is_target(x, false) && x.end_of_period; });
        }
        if (!vs_end && s.den >= 0 && s.num >= 0 && s.den > s.num) {
          // Target right of the realisasi it belongs with is unusual; accept only the ordinary
          // order Target | Realisasi | %.
          s.den = -1;
        }
      }
    } else if (r.role == ColumnRole::SelisihPersen) {
      s.kind = msg::Pct::Share;
      s.num = nearest_left(t, ci, r, [](const Column& x) { return x.role == ColumnRole::Selisih; });
      s.den = nearest_left(t, ci, r, [](const Column& x) { return x.role == ColumnRole::Sebelum; });
    } else {
      continue;
    }
    if (s.num < 0 || s.den < 0) continue;
    out.push_back(s);
  }
  return out;
}

namespace {

std::string col_word(const Column& c, Lang lang) {
  switch (c.role) {
    case ColumnRole::Realisasi: return "realisasi";
    case ColumnRole::RealisasiAnggaran: return "realisasi";
    case ColumnRole::Target: return c.end_of_period ? (lang == Lang::Id ? "target akhir" : "end target") : "target";
    case ColumnRole::Anggaran: return "anggaran";
    case ColumnRole::Sesudah: return "anggaran";
    case ColumnRole::Selisih: return lang == Lang::Id ? "bertambah/berkurang" : "change";
    case ColumnRole::Sebelum: return lang == Lang::Id ? "sebelum perubahan" : "before change";
    default: return column_name(c);
  }
}

// Negative indicator per row: a Polaritas column decides; else the name pattern.
bool row_negative(const Table& t, const Row& row, const Config& cfg) {
  for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
    if (t.columns[c].role != ColumnRole::Polaritas) continue;
    const std::string v = lower(row.values[c].original);
    if (v.find("negatif") != std::string::npos || v.find("negative") != std::string::npos ||
        v.find("menurun") != std::string::npos || v.find("turun") != std::string::npos)
      return true;
    if (v.find("positif") != std::string::npos || v.find("positive") != std::string::npos ||
        v.find("meningkat") != std::string::npos || v.find("naik") != std::string::npos)
      return false;
  }
  return cfg.is_negative_indicator(indicator_name(t, row));
}

bool usable_number(const Value& v) {
  if (!v.number) return false;
  return v.kind != ValueKind::Range && v.kind != ValueKind::Text;
}

// The formula actually applied, for the message: "realisasi 95 / target 100", or for a
// lower-is-better indicator the configured one.
std::string formula_text(const RatioSpec& spec, const Column& ncol, const Column& dcol, bool negative,
                         NegativeFormula nf, const Decimal& R, const Decimal& T, Lang l) {
  const std::string n = col_word(ncol, l), d = col_word(dcol, l);
  const std::string fac = spec.factor == Decimal::from_int(1) ? std::string() : " × " + sakip::num(spec.factor, l);
  if (negative && nf == NegativeFormula::TwoTMinusR)
    return "(2 × " + d + " " + sakip::num(T, l) + " − " + n + " " + sakip::num(R, l) + ") / " + d + " " +
           sakip::num(T, l) + fac;
  if (negative) return d + " " + sakip::num(T, l) + " / " + n + " " + sakip::num(R, l) + fac;
  return n + " " + sakip::num(R, l) + " / " + d + " " + sakip::num(T, l) + fac;
}

}  // namespace

void check_ratio(const TableContext& ctx, const RatioSpec& spec, std::string_view rule) {
  if (!ctx.em.enabled(rule)) return;
  const Table& t = ctx.table;
  const Column& ncol = t.columns[spec.num];
  const Column& dcol = t.columns[spec.den];
  const bool capaian = spec.kind == msg::Pct::Capaian;
  const Decimal hundred = Decimal::from_int(100);
  const Decimal one = Decimal::from_int(1);

  // Rows that give a finding; their message text is built only when the finding is made.
  struct Outcome {
    size_t row;
    enum { Bad, Zero, NegPositive } what;
    Decimal expected;
    bool negative;
  };
  std::vector<Outcome> outs;
  size_t checked = 0;
  for (size_t ri = 0; ri < t.rows.size(); ++ri) {
    const Row& row = t.rows[ri];
    if (row.type == RowType::Section || row.type == RowType::Average) continue;
    if (static_cast<size_t>(spec.result) >= row.values.size()) continue;
    const Value& s = row.values[spec.result];
    if (!usable_number(s)) continue;
    const Value& nv = row.values[spec.num];
    const Value& dv = row.values[spec.den];
    if (!usable_number(nv) || !usable_number(dv)) continue;
    const Decimal& R = *nv.number;
    const Decimal& T = *dv.number;
    const bool negative = capaian && spec.factor == hundred && row_negative(t, row, ctx.cfg);
    // The formula actually applied: numerator / denominator × factor.
    Decimal num = R, den = T;
    if (negative && ctx.cfg.negative_formula == NegativeFormula::TwoTMinusR) {
      num = T + T - R;
    } else if (negative) {
      num = T;
      den = R;
    }
    if (den.is_zero()) {
      outs.push_back({ri, Outcome::Zero, {}, negative});
      continue;
    }
    ++checked;
    if (ratio_agrees(num, den, spec.factor, s)) continue;
    // A fraction written without '%' (0,9555 for 95,55 %) is the same number.
    if (spec.factor == hundred && s.kind != ValueKind::Percent && !s.has(kFlagPercentSign) &&
        ratio_agrees(num, den, one, s))
      continue;
    const int d = shown_decimals(s);
    const Decimal expected = ratio_value(num, den, spec.factor, std::max(d, 2)).value_or(Decimal{});
    if (negative && !T.is_zero() && ratio_agrees(R, T, spec.factor, s)) {
      outs.push_back({ri, Outcome::NegPositive, expected, negative});
      continue;
    }
    outs.push_back({ri, Outcome::Bad, expected, negative});
  }
  size_t bad = 0;
  for (const auto& o : outs) bad += o.what == Outcome::Bad;
  if (spec.declared && checked >= 3 && bad == checked) {
    const Column& rc = t.columns[spec.result];
    const CellRef at{t.numbering_row.value_or(t.rows.empty() ? 0 : t.rows[0].sheet_row), rc.col};
    if (Finding* f = ctx.emit("format.formula_label", Severity::Warning, at))
      set_message(*f, msg::formula_label(column_name(rc), rc.numbering, checked));
    return;
  }
  for (const auto& o : outs) {
    const Row& row = t.rows[o.row];
    const Value& s = row.values[spec.result];
    const std::string name = capaian ? indicator_name(t, row) : row_name(row);
    const std::string shown = name.size() > 80 ? row_name(row) : name;
    Finding* f = nullptr;
    if (o.what == Outcome::Zero) {
      f = ctx.emit(rule, Severity::Info, row.refs[spec.result]);
      if (!f) return;
      const bool den_is_realisasi = capaian && ctx.cfg.negative_formula == NegativeFormula::TOverR &&
                                    row_negative(t, row, ctx.cfg);
      const Column& zc = den_is_realisasi ? ncol : dcol;
      set_message(*f, msg::ratio_zero(spec.kind, shown, col_word(zc, Lang::Id), col_word(zc, Lang::En), std::string(s.original)));
      f->actual = ReportValue::of(s.number->normalized());
    } else if (o.what == Outcome::NegPositive) {
      f = ctx.emit(rule, Severity::Warning, row.refs[spec.result]);
      if (!f) return;
      const Decimal& R = *row.values[spec.num].number;
      const Decimal& T = *row.values[spec.den].number;
      const NegativeFormula nf = ctx.cfg.negative_formula;
      set_message(*f, msg::negative_used_positive(shown, formula_text(spec, ncol, dcol, o.negative, nf, R, T, Lang::Id),
                                                  formula_text(spec, ncol, dcol, o.negative, nf, R, T, Lang::En),
                                                  *s.number, o.expected));
      f->expected = ReportValue::of(o.expected);
      f->actual = ReportValue::of(s.number->normalized());
    } else {
      f = ctx.emit(rule, Severity::Error, row.refs[spec.result]);
      if (!f) return;
      const Decimal& R = *row.values[spec.num].number;
      const Decimal& T = *row.values[spec.den].number;
      const NegativeFormula nf = ctx.cfg.negative_formula;
      std::string fid = formula_text(spec, ncol, dcol, o.negative, nf, R, T, Lang::Id);
      std::string fen = formula_text(spec, ncol, dcol, o.negative, nf, R, T, Lang::En);
      if (capaian && row_negative(t, row, ctx.cfg)) {
        fid += " (indikator negatif)";
        fen += " (lower-is-better indicator)";
      }
      set_message(*f, msg::ratio(spec.kind, shown, fid, fen, *s.number, o.expected));
      f->expected = ReportValue::of(o.expected);
      f->actual = ReportValue::of(s.number->normalized());
    }
    f->related = {to_a1(row.refs[spec.num]), to_a1(row.refs[spec.den])};
  }
}

}  // namespace sakip
