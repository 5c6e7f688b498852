// sum.surplus: in an APBD/DPA/Penjabaran budget table (akun 4 Pendapatan, 5 Belanja,
// 6 Pembiayaan) the SURPLUS / (DEFISIT) row equals PENDAPATAN − BELANJA, and PEMBIAYAAN NETTO
// equals PENERIMAAN PEMBIAYAAN − PENGELUARAN PEMBIAYAAN (Permendagri 13/2006 and 77/2020
// account structure). An organisation without a PENDAPATAN row has pendapatan 0, so its
// surplus is −belanja (a negative figure: a defisit).
#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_view.h"

namespace sakip {
namespace {

// No name below is longer than this.
constexpr size_t kMaxName = 32;

// Upper-case ASCII words of a label: "SURPLUS / (DEFISIT)" -> "SURPLUS DEFISIT", written into
// `buf`. A label whose words are longer than kMaxName gives "" (it matches no name) and is
// not read further. (ASCII letters and digits: what isalnum/toupper mean in the "C" locale
// the tool runs in.)
std::string_view words(const std::string& label, char (&buf)[kMaxName]) {
  size_t n = 0;
  bool space = false;
  for (unsigned char ch : label) {
    const bool lower = ch >= 'a' && ch <= 'z';
    if (!lower && !(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9')) {
      space = true;
      continue;
    }
    if (space && n > 0) {
      if (n == kMaxName) return {};
      buf[n++] = ' ';
    }
    if (n == kMaxName) return {};
    buf[n++] = static_cast<char>(lower ? ch - ('a' - 'A') : ch);
    space = false;
  }
  return std::string_view(buf, n);
}

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (w == n) return true;
  return false;
}

// The akun of a row's code is its last segment: "1.01 . 1.01.01 . 00 . 00 . 5" -> "5". A row
// without a code is judged by its label alone.
bool akun_is(const Row& r, const char* akun) {
  if (r.code.empty()) return true;
  const auto seg = code_segments(r.code);
  return !seg.empty() && seg.back() == akun;
}

struct Relation {
  int result = -1;                 // the row stating the difference
  std::vector<int> plus, minus;    // rows added / subtracted
  bool minus_required = true;      // the subtracted side must exist (belanja)
};

// One relation: rows whose labels match the result, the plus side and the minus side.
Relation find_relation(const Table& t, std::initializer_list<std::string_view> result,
                       std::initializer_list<std::string_view> plus, const char* plus_akun,
                       std::initializer_list<std::string_view> minus, const char* minus_akun) {
  for (auto list : {result, plus, minus})
    for (std::string_view n : list) assert(n.size() <= kMaxName);
  Relation rel;
  char buf[kMaxName];
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const std::string_view w = words(r.label, buf);
    if (w.empty()) continue;
    if (is_one_of(w, result)) {
      if (rel.result < 0) rel.result = static_cast<int>(i);
    } else if (is_one_of(w, plus) && (!plus_akun || akun_is(r, plus_akun))) {
      rel.plus.push_back(static_cast<int>(i));
    } else if (is_one_of(w, minus) && (!minus_akun || akun_is(r, minus_akun))) {
      rel.minus.push_back(static_cast<int>(i));
    }
  }
  return rel;
}

// The value of one side in column c: the rows' common value (several rows with the same
// label must agree, else the side is ambiguous), 0 when there is no such row.
std::optional<Decimal> side_value(const Table& t, const std::vector<int>& rows, size_t c, bool* present) {
  std::optional<Decimal> v;
  *present = false;
  for (int i : rows) {
    if (c >= t.rows[i].values.size()) continue;
    const Value& x = t.rows[i].values[c];
    if (is_blank(x)) continue;
    if (!is_summable(x)) return std::nullopt;
    if (v && !(*v == *x.number)) return std::nullopt;
    v = *x.number;
    *present = true;
  }
  return v.value_or(Decimal{});
}

void check_relation(const TableContext& ctx, const Relation& rel, const char* what_id, const char* what_en) {
  const Table& t = ctx.table;
  if (rel.result < 0 || (rel.minus.empty() && rel.minus_required)) return;
  if (rel.plus.empty() && rel.minus.empty()) return;
  const Row& row = t.rows[rel.result];
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (!is_money_column(t.columns[c]) || c >= row.values.size()) continue;
    const Value& stated = row.values[c];
    if (!is_summable(stated)) continue;
    bool has_plus = false, has_minus = false;
    const auto p = side_value(t, rel.plus, c, &has_plus);
    const auto m = side_value(t, rel.minus, c, &has_minus);
    if (!p || !m || (!has_plus && !has_minus)) continue;
    const Decimal expected = *p - *m;
    if (money_equal(expected, *stated.number, ctx.cfg)) continue;
    Finding* f = ctx.emit("sum.surplus", Severity::Error, row.refs[c]);
    if (!f) return;
    for (int i : rel.plus) f->related.push_back(to_a1(t.rows[i].refs[c]));
    for (int i : rel.minus) f->related.push_back(to_a1(t.rows[i].refs[c]));
    f->expected = ReportValue::of(expected.normalized());
    f->actual = ReportValue::of(stated.number->normalized());
    const std::string col = column_name(t.columns[c]);
    const Decimal diff = *stated.number - expected;
    set_message(*f, {"'" + col + "' untuk '" + row_name(row) + "' tertulis " + num(*stated.number, Lang::Id) +
                         ", padahal " + what_id + " = " + num(*p, Lang::Id) + " − " + num(*m, Lang::Id) + " = " +
                         num(expected, Lang::Id) + "; selisih " + signed_num(diff, Lang::Id) + ".",
                     "'" + col + "' of '" + row_name(row) + "' says " + num(*stated.number, Lang::En) + ", but " +
                         what_en + " = " + num(*p, Lang::En) + " − " + num(*m, Lang::En) + " = " +
                         num(expected, Lang::En) + "; difference " + signed_num(diff, Lang::En) + "."});
  }
}

}  // namespace

void check_sum_surplus(const TableContext& ctx) {
  if (!ctx.em.enabled("sum.surplus")) return;
  const Table& t = ctx.table;
  const Relation surplus =
      find_relation(t, {"SURPLUS DEFISIT", "SURPLUS DEFISIT ANGGARAN", "SURPLUS", "DEFISIT SURPLUS"},
                    {"PENDAPATAN", "PENDAPATAN DAERAH"}, "4", {"BELANJA", "BELANJA DAERAH"}, "5");
  check_relation(ctx, surplus, "pendapatan − belanja", "pendapatan − belanja");
  Relation netto = find_relation(t, {"PEMBIAYAAN NETTO", "PEMBIAYAAN NETO"},
                                 {"PENERIMAAN PEMBIAYAAN", "PENERIMAAN PEMBIAYAAN DAERAH"}, nullptr,
                                 {"PENGELUARAN PEMBIAYAAN", "PENGELUARAN PEMBIAYAAN DAERAH"}, nullptr);
  netto.minus_required = false;
  check_relation(ctx, netto, "penerimaan − pengeluaran pembiayaan", "financing receipts − payments");
}

}  // namespace sakip
