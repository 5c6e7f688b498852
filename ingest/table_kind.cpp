#include "ingest/table_kind.h"

#include <set>
#include <string>

#include "ingest/table_komposisi.h"
#include "ingest/text_key.h"

namespace sakip {

namespace {

struct Roles {
  std::multiset<ColumnRole> r;
  int year_targets = 0, year_money = 0, quarters = 0, end_target = 0;
  size_t count(ColumnRole x) const { return r.count(x); }
  bool has(ColumnRole x) const { return r.count(x) > 0; }
};

double share(std::initializer_list<bool> needed) {
  int n = 0, ok = 0;
  for (bool b : needed) {
    ++n;
    ok += b;
  }
  return n ? static_cast<double>(ok) / n : 0;
}

}  // namespace

KindGuess classify_table(const std::vector<Column>& columns, std::string_view text) {
  Roles R;
  std::set<int> target_years;
  for (const Column& c : columns) {
    R.r.insert(c.role);
    if (c.role == ColumnRole::Target && (c.year || c.period) && !c.end_of_period) target_years.insert(c.year * 100 + c.period);
    if ((c.role == ColumnRole::Anggaran) && (c.year || c.period)) ++R.year_money;
    if (c.quarter) ++R.quarters;
    if (c.end_of_period) ++R.end_target;
  }
  R.year_targets = static_cast<int>(target_years.size());
  const std::string key = text_key(text);
  auto says = [&](std::string_view w) { return key.find(w) != std::string::npos; };
  using C = ColumnRole;
  const bool label = R.has(C::Uraian) || R.has(C::Sasaran) || R.has(C::Tujuan) || R.has(C::Indikator);
  KindGuess g;
  auto pick = [&](TableKind k, double conf) {
    if (conf > g.confidence) {
      g.kind = k;
      g.confidence = conf;
    }
  };
  // Budget shift: awal -> pergeseran -> perubahan.
  if (R.has(C::Pergeseran)) pick(TableKind::Pergeseran, share({R.has(C::Uraian), R.has(C::Pergeseran), R.has(C::Sebelum) || R.has(C::Anggaran), R.has(C::Sesudah)}));
  // DPA / DPPA / Penjabaran APBD: kode rekening, uraian, jumlah (or sebelum/sesudah).
  if (R.has(C::Kode) && (R.has(C::Anggaran) || (R.has(C::Sebelum) && R.has(C::Sesudah))) && !R.has(C::Target))
    pick(TableKind::Dpa, share({R.has(C::Kode), R.has(C::Uraian), R.has(C::Anggaran) || R.has(C::Sesudah),
                                !R.has(C::Sebelum) || R.has(C::Selisih) || R.has(C::Sesudah)}) - 0.01);
  // Efficiency: kinerja % against anggaran %.
  if (says("efisien")) pick(TableKind::Efisiensi, share({R.has(C::Capaian), R.has(C::Serapan) || R.has(C::RealisasiAnggaran), label, R.has(C::Kriteria)}));
  // Budget realisation: anggaran, realisasi, % serapan.
  if (R.has(C::RealisasiAnggaran) && !R.has(C::Target) && R.quarters == 0)
    pick(TableKind::RealisasiAnggaran, share({R.has(C::Uraian) || label, R.has(C::Anggaran), R.has(C::RealisasiAnggaran), R.has(C::Serapan)}) - 0.02);
  // T-C.25 / Renstra target matrices: targets per year.
  if (R.year_targets >= 3 && !R.has(C::Realisasi)) {
    bool tc25 = R.has(C::Tujuan) && R.has(C::Sasaran) && R.year_money == 0;
    if (tc25 || says("tc 25") || says("t c 25") || says("tc25"))
      pick(TableKind::Tc25, share({R.has(C::Tujuan) || R.has(C::Sasaran), R.has(C::Indikator), R.year_targets >= 3, R.year_money == 0}));
    pick(TableKind::Renstra, share({label, R.has(C::Indikator), R.year_targets >= 3, R.year_money > 0 || R.end_target > 0 || says("renstra")}) - 0.05);
  }
  // Capaian: target, realisasi, % capaian.
  if (R.has(C::Target) && R.has(C::Realisasi))
    pick(TableKind::Capaian, share({label, R.has(C::Target), R.has(C::Realisasi), R.has(C::Capaian)}) - 0.01);
  // Perjanjian Kinerja: sasaran, indikator, target (one year).
  if (R.has(C::Target) && !R.has(C::Realisasi) && R.year_targets <= 1 && (R.has(C::Indikator) || R.has(C::Sasaran)))
    pick(TableKind::Pk, share({R.has(C::Sasaran) || R.has(C::Tujuan), R.has(C::Indikator), R.has(C::Target), says("perjanjian") || says("pk")}));
  // Rencana Kinerja Tahunan: one year's targets with the anggaran that funds them, on one row
  // (sasaran | indikator | target | program | ... | sub kegiatan | target | anggaran; 002 RKT
  // Perubahan 2023). A PK names itself ("Perjanjian Kinerja") and so wins a tie.
  bool budget_col = false, plain_target = false;
  for (const Column& c : columns) {
    budget_col = budget_col || (c.role == C::Anggaran && c.is_money && !c.period && !c.end_of_period && !c.quarter);
    plain_target = plain_target || (c.role == C::Target && !c.is_money && !c.quarter && !c.end_of_period);
  }
  if (plain_target && budget_col && !R.has(C::Realisasi) && !R.has(C::RealisasiAnggaran) && R.year_targets <= 1 &&
      R.year_money <= 1) {
    bool rkt_word = says("rencana kinerja tahunan");
    for (std::string_view w : key_words(key)) rkt_word = rkt_word || w == "rkt";
    pick(TableKind::Rkt, share({label, R.has(C::Indikator), plain_target, budget_col, rkt_word}));
  }
  // PK program budgets: program, anggaran (APBD / P-APBD), no realisasi.
  if ((R.has(C::Anggaran) || R.has(C::Sebelum) || R.has(C::Sesudah)) && R.has(C::Uraian) && !R.has(C::Kode) &&
      !R.has(C::RealisasiAnggaran) && !R.has(C::Target) && !R.has(C::Pergeseran))
    pick(TableKind::PkAnggaran, share({R.has(C::Uraian), R.has(C::Anggaran) || R.has(C::Sesudah), R.has(C::Keterangan) || says("perjanjian") || says("apbd")}) - 0.05);
  if (g.kind == TableKind::Unknown) g.confidence = 0;
  return g;
}

void reread_roles_by_values(Table& t) {
  const size_t m = t.columns.size();
  bool target = false;
  for (const Column& c : t.columns) {
    if (c.role == ColumnRole::Realisasi || c.role == ColumnRole::RealisasiAnggaran) return;
    target = target || c.role == ColumnRole::Target;
  }
  if (!target) return;
  for (size_t j = 0; j < m; ++j) {
    Column& c = t.columns[j];
    if (c.role != ColumnRole::Capaian || c.quarter) continue;
    const std::string key = text_key(c.header);
    if (key.find('%') != std::string::npos || key.find("persen") != std::string::npos ||
        key.find("tingkat") != std::string::npos)
      continue;
    bool pct_right = false;
    for (size_t k = j + 1; k < m; ++k) pct_right = pct_right || t.columns[k].role == ColumnRole::Capaian;
    if (!pct_right) continue;
    size_t numbers = 0, amounts = 0, percents = 0;
    for (const Row& r : t.rows) {
      if (j >= r.values.size() || !r.values[j].is_number()) continue;
      ++numbers;
      const ValueKind k = r.values[j].kind;
      amounts += k == ValueKind::Quantity || k == ValueKind::Money;
      percents += k == ValueKind::Percent && r.values[j].has(kFlagPercentSign);  // '85%', not a hint's guess
    }
    if (numbers >= 2 && amounts * 2 >= numbers && percents == 0) {
      c.role = ColumnRole::Realisasi;
      c.is_money = false;
      c.hint = ColumnHint::Unknown;
    }
  }
}

void classify_typed_table(Table& t, std::string_view text) {
  reread_roles_by_values(t);
  KindGuess k = classify_table(t.columns, text);
  t.kind = k.kind;
  t.confidence = k.confidence;
  recognize_composition(t, text);
}

}  // namespace sakip
