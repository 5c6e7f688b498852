// xref.target_version (warning): a kegiatan's or sub kegiatan's indicator whose target for a
// year differs between the PK (murni) and the PK Perubahan tables (kontribusi/capaian tables of
// each version). xref.target compares targets only within one version, because a Perubahan may
// legitimately restate targets; but at kegiatan and sub kegiatan level a changed output target
// ('Jumlah laporan pertanggungjawaban keuangan' 43 in the PK, 12 in the PK-P: 001 K-14) is what
// a reviewer asks to be explained, so it is reported as a warning on the Perubahan's cell.
//
// Compared: rows of PK/RKT/capaian/efisiensi tables whose indicator (Indikator column) belongs to
// a kegiatan or sub kegiatan (the row's Uraian, else the nearest one above it, at that level),
// matched by indicator name AND kegiatan name (both tolerantly, rules/name_match.h), same year
// (the column's, else the table's title, else the file's). Program and sasaran targets are not
// compared: restating them is what a PK Perubahan is for. Nothing is reported when one
// version's own tables disagree (xref.target reports that), nor for a name that occurs twice in
// one table.
#include <map>
#include <set>

#include "rules/messages.h"
#include "rules/names.h"
#include "rules/table_view.h"
#include "rules/xref_common.h"

namespace sakip {
namespace {

using namespace xref;

struct Item {
  size_t file = 0;
  int table = 0;
  size_t row = 0, col = 0;
  const Value* value = nullptr;
  std::string indicator, context, satuan;  // as shown
  std::string ikey, ckey;                  // name_key of indicator and context
  bool perubahan = false;
  int year = 0;
};

// The row's kegiatan/sub kegiatan: the Uraian text of the row, else of the nearest data row
// above it that has one (a kegiatan with several indicators leaves later Uraian cells blank),
// with that row's level. Empty when the table has no Uraian column left of `c`.
struct Context {
  std::string_view name;
  RowLevel level = RowLevel::None;
};
Context enclosing(const Table& t, size_t r, size_t c) {
  for (size_t i = r + 1; i-- > 0;) {
    const Row& row = t.rows[i];
    if (row.type != RowType::Data) continue;
    for (size_t k = std::min(c, row.values.size()); k-- > 0;)
      if (t.columns[k].role == ColumnRole::Uraian && !row.values[k].original.empty())
        return {row.values[k].original, row.level};
  }
  return {};
}

// The Indikator text of the row left of `c`, empty when the row has none.
std::string_view indicator_of(const Table& t, const Row& row, size_t c) {
  for (size_t k = std::min(c, row.values.size()); k-- > 0;)
    if (t.columns[k].role == ColumnRole::Indikator && !row.values[k].original.empty()) return row.values[k].original;
  return {};
}

std::string_view satuan_of(const Table& t, const Row& row) {
  for (size_t k = 0; k < t.columns.size() && k < row.values.size(); ++k)
    if (t.columns[k].role == ColumnRole::Satuan) return row.values[k].original;
  return {};
}

}  // namespace

void check_xref_target_version(const std::vector<FileTables>& files, const Config&, Emitter& em) {
  if (!em.enabled("xref.target_version")) return;
  const std::vector<std::string> cluster = organisation_clusters(files);
  std::vector<Item> items;
  Canon ind_canon, ctx_canon;
  bool any_perubahan = false, any_original = false;
  for (size_t fi = 0; fi < files.size(); ++fi) {
    if (!files[fi].tables) continue;
    const auto& tables = *files[fi].tables;
    for (size_t ti = 0; ti < tables.size(); ++ti) {
      const Table& t = tables[ti];
      if (t.kind != TableKind::Pk && t.kind != TableKind::Rkt && t.kind != TableKind::Capaian &&
          t.kind != TableKind::Efisiensi)
        continue;
      const bool p = mentions_perubahan(t);
      const int ty = title_year(t);
      const int fallback = ty ? ty : file_year(files, fi, t);
      for (size_t r = 0; r < t.rows.size(); ++r) {
        const Row& row = t.rows[r];
        if (row.type != RowType::Data) continue;
        for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
          const Column& col = t.columns[c];
          if (col.role != ColumnRole::Target || col.is_money || col.quarter || col.end_of_period) continue;
          if (!comparable(row.values[c])) continue;
          const int year = col.year ? col.year : fallback;
          if (!year) continue;
          const std::string_view ind = indicator_of(t, row, c);
          const Context ctx = enclosing(t, r, c);
          if (ind.empty() || ctx.name.empty()) continue;
          if (ctx.level != RowLevel::Kegiatan && ctx.level != RowLevel::SubKegiatan) continue;
          Item it{fi, static_cast<int>(ti), r, c, &row.values[c], std::string(ind), std::string(ctx.name),
                  std::string(satuan_of(t, row)), name_key(ind), name_key(ctx.name), p, year};
          if (it.ikey.size() < 8 || it.ckey.size() < 8 || it.ikey == it.ckey) continue;
          ind_canon.add(cluster[fi], it.ikey, fi, static_cast<int>(ti));
          ctx_canon.add(cluster[fi], it.ckey, fi, static_cast<int>(ti));
          (p ? any_perubahan : any_original) = true;
          items.push_back(std::move(it));
        }
      }
    }
  }
  if (!any_perubahan || !any_original) return;
  ind_canon.resolve();
  ctx_canon.resolve();
  // (cluster|indicator@kegiatan, year) -> items
  std::map<std::pair<std::string, int>, std::vector<size_t>> groups;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    const std::string& cl = cluster[it.file];
    groups[{cl + "|" + ind_canon(cl, it.ikey) + "@" + ctx_canon(cl, it.ckey), it.year}].push_back(i);
  }
  for (const auto& [key, idx] : groups) {
    // A name twice in one table is ambiguous there.
    std::map<std::pair<size_t, int>, int> per_table;
    for (size_t i : idx) ++per_table[{items[i].file, items[i].table}];
    std::vector<size_t> orig, pert;
    for (size_t i : idx) {
      if (per_table[{items[i].file, items[i].table}] > 1) continue;
      (items[i].perubahan ? pert : orig).push_back(i);
    }
    if (orig.empty() || pert.empty()) continue;
    // Each version must agree with itself (else xref.target reports it): one value per side.
    auto one_value = [&](const std::vector<size_t>& side) -> std::optional<Comparable> {
      std::optional<Comparable> v = comparable(*items[side.front()].value);
      for (size_t i : side) {
        auto s = same(*v, *comparable(*items[i].value));
        if (!s || !*s) return std::nullopt;
      }
      return v;
    };
    const auto vo = one_value(orig);
    const auto vp = one_value(pert);
    if (!vo || !vp) continue;
    const auto s = same(*vo, *vp);
    if (!s || *s) continue;
    const Item& ref = items[orig.front()];
    const Table& rt = (*files[ref.file].tables)[ref.table];
    for (size_t i : pert) {
      const Item& it = items[i];
      const FileTables& f = files[it.file];
      const Table& t = (*f.tables)[it.table];
      Finding* fd = em.emit("xref.target_version", Severity::Warning, f, it.table, t.rows[it.row].refs[it.col]);
      if (!fd) continue;
      for (size_t j : orig) {
        if (fd->related.size() >= 10) break;
        const Item& o = items[j];
        const Table& ot = (*files[o.file].tables)[o.table];
        fd->related.push_back(relative_ref(f.file, t.sheet, files[o.file].file, ot.sheet, ot.rows[o.row].refs[o.col]));
      }
      fd->expected = reported(*ref.value);
      fd->actual = reported(*it.value);
      const std::string title = rt.title.empty() ? rt.sheet : rt.title;
      const std::string where =
          "'" + (title.size() > 70 ? title.substr(0, 70) + "…" : title) + "' (" +
          relative_ref(f.file, t.sheet, files[ref.file].file, rt.sheet, rt.rows[ref.row].refs[ref.col]) + ")";
      std::string units;
      if (!it.satuan.empty() && !ref.satuan.empty() && name_key(it.satuan) != name_key(ref.satuan))
        units = it.satuan + " / " + ref.satuan;
      const Message mi = msg::xref_target_version(it.indicator, it.context, it.year, shown(*it.value, Lang::Id),
                                                  shown(*ref.value, Lang::Id), where, units);
      const Message me = msg::xref_target_version(it.indicator, it.context, it.year, shown(*it.value, Lang::En),
                                                  shown(*ref.value, Lang::En), where, units);
      set_message(*fd, {mi.id, me.en});
    }
  }
}

}  // namespace sakip
