// sum.surplus: in an APBD/DPA/Penjabaran budget table (akun 4 Pendapatan, 5 Belanja,
// 6 Pembiayaan) the SURPLUS / (DEFISIT) row equals PENDAPATAN − BELANJA, and PEMBIAYAAN NETTO
// equals PENERIMAAN PEMBIAYAAN − PENGELUARAN PEMBIAYAAN (Permendagri 13/2006 and 77/2020
// account structure). An organisation without a PENDAPATAN row has pendapatan 0, so its
// surplus is −belanja (a negative figure: a defisit).
#include <algorithm>
#include <array>
#include <cassert>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/compare.h"
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_view.h"

namespace sakip {
namespace surplus_detail {

// No name below is longer than this.
constexpr size_t kMaxName = 32;

// Narrows [lo, hi) of sorted `names` sharing the first `pos` characters to those with `x` at
// `pos` (names equal to the prefix sort first, those with a smaller character next, larger last).
void narrow(std::span<const std::string_view> names, size_t& lo, size_t& hi, size_t pos, char x) {
  while (lo < hi && (names[lo].size() <= pos || names[lo][pos] < x)) ++lo;
  while (hi > lo && (names[hi - 1].size() <= pos || names[hi - 1][pos] > x)) --hi;
}

// Upper-case ASCII words of a label: "SURPLUS / (DEFISIT)" -> "SURPLUS DEFISIT", written into
// `buf`. A label whose words are longer than kMaxName, or stop being the start of any of the
// `names` (sorted), gives "" (it matches no name) and is not read further. (ASCII letters and
// digits: what isalnum/toupper mean in the "C" locale the tool runs in.)
std::string_view words(const std::string& label, char (&buf)[kMaxName], std::span<const std::string_view> names) {
  size_t n = 0;
  size_t lo = 0, hi = names.size();  // the names buf[0, n) is a prefix of
  bool space = false;
  for (unsigned char ch : label) {
    const bool lower = ch >= 'a' && ch <= 'z';
    if (!lower && !(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9')) {
      space = true;
      continue;
    }
    if (space && n > 0) {
      if (n == kMaxName) return {};
      narrow(names, lo, hi, n, ' ');
      if (lo == hi) return {};
      buf[n++] = ' ';
    }
    if (n == kMaxName) return {};
    const char up = static_cast<char>(lower ? ch - ('a' - 'A') : ch);
    narrow(names, lo, hi, n, up);
    if (lo == hi) return {};
    buf[n++] = up;
    space = false;
  }
  return std::string_view(buf, n);
}

// The same words read to the end (kMaxName still applies): what `words` shortcuts; tests
// compare the two.
std::string_view words_reference(const std::string& label, char (&buf)[kMaxName]) {
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

}  // namespace surplus_detail

namespace {

using surplus_detail::kMaxName;
using surplus_detail::words;

bool is_one_of(std::string_view w, std::span<const std::string_view> names) {
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

// The labels of one relation: its result row, the plus side and the minus side (with the akun
// their code must end in, when given).
struct RelationNames {
  std::span<const std::string_view> result, plus;
  const char* plus_akun;
  std::span<const std::string_view> minus;
  const char* minus_akun;
};

constexpr std::string_view kSurplus[] = {"SURPLUS DEFISIT", "SURPLUS DEFISIT ANGGARAN", "SURPLUS", "DEFISIT SURPLUS"};
constexpr std::string_view kPendapatan[] = {"PENDAPATAN", "PENDAPATAN DAERAH"};
constexpr std::string_view kBelanja[] = {"BELANJA", "BELANJA DAERAH"};
constexpr std::string_view kNetto[] = {"PEMBIAYAAN NETTO", "PEMBIAYAAN NETO"};
constexpr std::string_view kPenerimaan[] = {"PENERIMAAN PEMBIAYAAN", "PENERIMAAN PEMBIAYAAN DAERAH"};
constexpr std::string_view kPengeluaran[] = {"PENGELUARAN PEMBIAYAAN", "PENGELUARAN PEMBIAYAAN DAERAH"};

// The relations' rows in one pass over the table (each label's words are read once): rows
// whose labels match a relation's result, its plus side or its minus side.
template <size_t N>
std::array<Relation, N> find_relations(const Table& t, const std::array<RelationNames, N>& names) {
  for (const auto& n : names)
    for (auto list : {n.result, n.plus, n.minus})
      for (std::string_view x : list) assert(x.size() <= kMaxName);
  std::array<Relation, N> rels;
  // Every name of every relation, sorted: a label is read only while its words can become one.
  std::vector<std::string_view> all;
  for (const auto& n : names)
    for (auto list : {n.result, n.plus, n.minus}) all.insert(all.end(), list.begin(), list.end());
  std::sort(all.begin(), all.end());
  char buf[kMaxName];
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const Row& r = t.rows[i];
    const std::string_view w = words(r.label, buf, all);
    if (w.empty()) continue;
    for (size_t k = 0; k < N; ++k) {
      const RelationNames& n = names[k];
      Relation& rel = rels[k];
      if (is_one_of(w, n.result)) {
        if (rel.result < 0) rel.result = static_cast<int>(i);
      } else if (is_one_of(w, n.plus) && (!n.plus_akun || akun_is(r, n.plus_akun))) {
        rel.plus.push_back(static_cast<int>(i));
      } else if (is_one_of(w, n.minus) && (!n.minus_akun || akun_is(r, n.minus_akun))) {
        rel.minus.push_back(static_cast<int>(i));
      }
    }
  }
  return rels;
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
  auto [surplus, netto] = find_relations<2>(t, {RelationNames{kSurplus, kPendapatan, "4", kBelanja, "5"},
                                                 RelationNames{kNetto, kPenerimaan, nullptr, kPengeluaran, nullptr}});
  check_relation(ctx, surplus, "pendapatan − belanja", "pendapatan − belanja");
  netto.minus_required = false;
  check_relation(ctx, netto, "penerimaan − pengeluaran pembiayaan", "financing receipts − payments");
}

}  // namespace sakip
