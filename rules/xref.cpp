// xref.target, xref.anggaran, xref.realisasi: the same fact stated in several tables (across
// sheets and across the files given together) must have the same value.
//  - target: the same indicator and year in TC.25, Renstra, PK, capaian and efisiensi tables.
//    PK/capaian tables are grouped by version (PK Perubahan; the Renstra period their title
//    names; neither); Renstra/TC.25 tables by their period (last year). A PK/capaian target (original version) must also match some
//    Renstra/TC.25 target of that year when those give one.
//  - anggaran: the same program/kegiatan in PK, DPA, pergeseran and realisasi tables, the
//    original (murni/awal/sebelum) and amended (perubahan/sesudah) budgets each on their own.
//  - realisasi: the same program's realisation, or the same indicator's realisasi in a year.
// In a group that disagrees, the value most tables agree on is taken as expected and each
// other one is reported (on a tie, the later table).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "rules/messages.h"
#include "rules/name_match.h"
#include "rules/names.h"
#include "rules/rule.h"
#include "rules/table_view.h"
#include "rules/xref_common.h"

namespace sakip {
namespace {

using namespace xref;

struct Entry {
  size_t file = 0;  // index into files
  int table = 0;
  size_t row = 0, col = 0;
  const Value* value = nullptr;
  std::string name;  // as shown
  std::string key;   // name_key(name): names matched tolerantly keep their own key here
  // An efisiensi row tied to a program by its budget: that budget and the program's name.
  const Value* linked_by = nullptr;
  std::string linked_program;
  bool twin = false;  // matched to the other table's row at the same position (a copied list)
  bool plan_twin = false;  // a plan table's row matched by position and equal other years (plan_twins)
};

// The indicator a column's value belongs to: the nearest Indikator cell to its left that has
// text (wide layouts carry sasaran, program and sub kegiatan indicators on one row), else the
// row's indicator name.
std::string name_for(const Table& t, const Row& row, size_t c) {
  for (size_t k = c; k-- > 0;) {
    if (k < row.values.size() && t.columns[k].role == ColumnRole::Indikator && !row.values[k].original.empty())
      return std::string(row.values[k].original);
  }
  return indicator_name(t, row);
}

// The program/kegiatan an amount belongs to: the nearest Uraian cell to its left that has
// text (an RKT row carries kegiatan and sub kegiatan names side by side), else the row label.
std::string_view uraian_for(const Table& t, const Row& row, size_t c) {
  for (size_t k = c; k-- > 0;) {
    if (k < row.values.size() && t.columns[k].role == ColumnRole::Uraian && !row.values[k].original.empty())
      return row.values[k].original;
  }
  return row.label;
}

// Drops entries whose (key, year) occurs more than once in one table: ambiguous there.
template <typename Map>
void drop_repeats_within_tables(Map& groups) {
  for (auto& [k, v] : groups) {
    std::map<std::pair<size_t, int>, int> per_table;
    for (const auto& e : v) ++per_table[{e.file, e.table}];
    v.erase(std::remove_if(v.begin(), v.end(), [&](const Entry& e) { return per_table[{e.file, e.table}] > 1; }), v.end());
  }
}

class Checker {
 public:
  Checker(const std::vector<FileTables>& files, const Config& cfg, Emitter& em) : files_(files), cfg_(cfg), em_(em) {
    cluster_ = organisation_clusters(files);
  }

  const Table& table(const Entry& e) const { return (*files_[e.file].tables)[e.table]; }

  std::string where(const Entry& from, const Entry& to) const {
    const Table& tt = table(to);
    const std::string ref = relative_ref(files_[from.file].file, table(from).sheet, files_[to.file].file, tt.sheet,
                                         tt.rows[to.row].refs[to.col]);
    const std::string title = tt.title.empty() ? tt.sheet : tt.title;
    return "'" + (title.size() > 70 ? title.substr(0, 70) + "…" : title) + "' (" + ref + ")";
  }

  // Compares the entries of one group; reports those that disagree with the majority.
  // With `strict`, nothing is reported unless one value has more tables than any other (returns
  // false then); only entries before `reportable` (all by default) may be reported.
  bool resolve(std::vector<Entry>& group, std::string_view rule, msg::Xref kind, int year,
               std::set<const Value*>& reported, bool strict = false, size_t reportable = SIZE_MAX) {
    if (group.size() < 2) return true;
    // Cluster by value.
    std::vector<std::vector<size_t>> clusters;
    std::vector<Comparable> reps;
    for (size_t i = 0; i < group.size(); ++i) {
      auto c = comparable(*group[i].value);
      if (!c) continue;
      bool placed = false;
      for (size_t k = 0; k < clusters.size() && !placed; ++k) {
        auto s = same(reps[k], *c);
        if (s && *s) {
          clusters[k].push_back(i);
          placed = true;
        }
      }
      if (!placed) {
        // Only a new cluster if it is comparable with some existing one (else it is a different kind of value).
        bool comparable_any = clusters.empty();
        for (const auto& r : reps) comparable_any |= same(r, *c).has_value();
        if (!comparable_any) continue;
        clusters.push_back({i});
        reps.push_back(*c);
      }
    }
    if (clusters.size() < 2) return true;
    // The majority cluster; ties go to the earliest-seen value.
    size_t best = 0;
    for (size_t k = 1; k < clusters.size(); ++k)
      if (clusters[k].size() > clusters[best].size()) best = k;
    if (strict)
      for (size_t k = 0; k < clusters.size(); ++k)
        if (k != best && clusters[k].size() == clusters[best].size()) return false;
    for (size_t k = 0; k < clusters.size(); ++k) {
      if (k == best) continue;
      for (size_t i : clusters[k]) {
        const Entry& e = group[i];
        if (i >= reportable || reported.count(e.value)) continue;
        size_t ref_i = clusters[best].front();
        for (size_t j : clusters[best])
          if (group[j].key == e.key) {
            ref_i = j;
            break;
          }
        report(e, group[ref_i], clusters[best], group, rule, kind, year);
        reported.insert(e.value);
      }
    }
    return true;
  }

  void report(const Entry& e, const Entry& ref, const std::vector<size_t>& agreeing, const std::vector<Entry>& group,
              std::string_view rule, msg::Xref kind, int year) {
    const FileTables& f = files_[e.file];
    const Table& t = table(e);
    Finding* fd = em_.emit(rule, Severity::Error, f, e.table, t.rows[e.row].refs[e.col]);
    if (!fd) return;
    for (size_t i : agreeing) {
      if (fd->related.size() >= 10) break;
      const Entry& a = group[i];
      fd->related.push_back(relative_ref(f.file, t.sheet, files_[a.file].file, table(a).sheet,
                                         table(a).rows[a.row].refs[a.col]));
    }
    const Value& v = *e.value;
    const Value& rv = *ref.value;
    fd->expected = reported(rv);
    fd->actual = reported(v);
    const std::string w = where(e, ref);
    Message mi = msg::xref(kind, e.name, year, shown(v, Lang::Id), shown(rv, Lang::Id), w, agreeing.size());
    Message me = msg::xref(kind, e.name, year, shown(v, Lang::En), shown(rv, Lang::En), w, agreeing.size());
    if (e.linked_by || ref.linked_by) {
      const Entry& l = e.linked_by ? e : ref;
      const Message link = msg::xref_linked_by_amount(l.name, l.linked_program, *l.linked_by->number);
      mi.id += link.id;
      me.en += link.en;
    } else if (e.plan_twin || ref.plan_twin) {
      const Message names = msg::xref_matched_plan_position(e.name, ref.name);
      mi.id += names.id;
      me.en += names.en;
    } else if (e.key != ref.key) {
      const Message names = msg::xref_matched_names(e.name, ref.name, e.twin || ref.twin);
      mi.id += names.id;
      me.en += names.en;
    }
    set_message(*fd, {mi.id, me.en});
  }

  // Reports entries of `commits` whose value matches none of `plans` (and was not reported).
  void against_plan(const std::vector<Entry>& commits, const std::vector<Entry>& plans, int year,
                    std::set<const Value*>& reported) {
    if (commits.empty() || plans.empty()) return;
    for (const Entry& e : commits) {
      if (reported.count(e.value)) continue;
      auto c = comparable(*e.value);
      if (!c) continue;
      bool any_comparable = false, any_same = false;
      for (const Entry& p : plans) {
        auto pc = comparable(*p.value);
        if (!pc) continue;
        auto s = same(*c, *pc);
        if (!s) continue;
        any_comparable = true;
        any_same |= *s;
      }
      if (!any_comparable || any_same) continue;
      std::vector<Entry> group = plans;
      std::vector<size_t> idx;
      for (size_t i = 0; i < group.size(); ++i)
        if (comparable(*group[i].value)) idx.push_back(i);
      report(e, plans[idx.front()], idx, group, "xref.target", msg::Xref::Target, year);
      reported.insert(e.value);
    }
  }

  void run() {
    if (em_.enabled("xref.target")) targets();
    if (em_.enabled("xref.anggaran")) money("xref.anggaran", msg::Xref::Anggaran);
    if (em_.enabled("xref.realisasi")) {
      money("xref.realisasi", msg::Xref::Realisasi);
      indicator_realisasi();
    }
  }

 private:
  template <typename Fn>
  void each_table(Fn fn) {
    for (size_t fi = 0; fi < files_.size(); ++fi) {
      if (!files_[fi].tables) continue;
      for (size_t ti = 0; ti < files_[fi].tables->size(); ++ti) fn(fi, static_cast<int>(ti), (*files_[fi].tables)[ti]);
    }
  }

  void targets() {
    struct Pending {
      Entry e;
      std::string tag;
      int year;
    };
    std::vector<Pending> pending;
    Canon canon;
    each_table([&](size_t fi, int ti, const Table& t) {
      const bool plan = t.kind == TableKind::Tc25 || t.kind == TableKind::Renstra;
      // An RKT's targets are the year's plan for the same indicators the PK commits to: held to
      // the same year's PK and capaian targets like a PK.
      const bool commit = t.kind == TableKind::Pk || t.kind == TableKind::Rkt || t.kind == TableKind::Capaian ||
                          t.kind == TableKind::Efisiensi;
      if (!plan && !commit) return;
      int last_year = 0;
      for (const auto& c : t.columns) last_year = std::max(last_year, c.year);
      std::string tag;
      if (plan) {
        tag = "plan:" + std::to_string(last_year);
      } else if (mentions_perubahan(t)) {
        tag = "commit:P";
      } else if (const int end = period_end(t.title)) {
        tag = "commit:R" + std::to_string(end);  // "... dengan Dasar Renstra 2021-2026"
      } else {
        tag = "commit:A";
      }
      const int ty = title_year(t);
      for (size_t r = 0; r < t.rows.size(); ++r) {
        const Row& row = t.rows[r];
        if (row.type != RowType::Data) continue;
        for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
          const Column& col = t.columns[c];
          if (col.role != ColumnRole::Target || col.is_money || col.quarter) continue;
          std::string col_tag = tag;
          if (col.end_of_period) {
            // 'Target Akhir Renstra (2029)' in a PK/capaian table restates the final target of
            // the Renstra ending that year (001 K-08). In a Renstra it repeats its own column.
            if (!commit || !col.year) continue;
            col_tag = "end:" + std::to_string(col.year);
          }
          std::string name = name_for(t, row, c);
          std::string key = name_key(name);
          if (key.size() < 2) continue;
          // A PK/capaian/efisiensi column without a year is about the table's year, else the
          // one year the file's titles agree on.
          const int year = col.year ? col.year : (commit ? (ty ? ty : budget_year(fi, t)) : 0);
          if (!year) continue;
          if (!comparable(row.values[c])) continue;
          canon.add(cluster_[fi], key, fi, ti);
          pending.push_back({{fi, ti, r, c, &row.values[c], std::move(name), std::move(key)}, col_tag, year});
        }
      }
    });
    canon.resolve();
    const auto twins = plan_twins(pending, canon);
    // key|year -> tag -> entries
    std::map<std::pair<std::string, int>, std::map<std::string, std::vector<Entry>>> groups;
    for (auto& p : pending) {
      const std::string& cluster = cluster_[p.e.file];
      std::string key = canon(cluster, p.e.key);
      if (auto it = twins.find({cluster, key}); it != twins.end()) {
        key = it->second;
        p.e.plan_twin = true;
      }
      if (key.size() < 5) continue;
      groups[{cluster + "|" + key, p.year}][p.tag].push_back(std::move(p.e));
    }
    for (auto& [ky, by_tag] : groups) {
      drop_repeats_within_tables(by_tag);
      std::set<const Value*> reported;
      std::vector<Entry> plans;
      for (auto& [tag, entries] : by_tag) {
        const bool plan = tag.rfind("plan:", 0) == 0;
        bool done = false;
        if (plan) {
          // Plans of one period that disagree with no majority (Tabel 4.1 80, Lampiran Renstra
          // 99,34 %) are decided by the commitments made on them: the PK and capaian tables
          // that name this period or none (PK, T3.1, T3.2 100 %: 002 V2-05).
          std::vector<Entry> vote = entries;
          const size_t n_plans = vote.size();
          for (const auto& [ctag, centries] : by_tag)
            if (ctag == "commit:A" || ctag == "commit:R" + tag.substr(5)) vote.insert(vote.end(), centries.begin(), centries.end());
          if (vote.size() > n_plans && resolve(entries, "xref.target", msg::Xref::Target, ky.second, reported, true))
            done = true;
          else if (vote.size() > n_plans)
            done = resolve(vote, "xref.target", msg::Xref::Target, ky.second, reported, true, n_plans);
        }
        if (!done) resolve(entries, "xref.target", msg::Xref::Target, ky.second, reported);
        if (plan)
          for (const auto& e : entries)
            if (!reported.count(e.value)) plans.push_back(e);
      }
      // A PK/capaian that names its Renstra period is held to that Renstra; one that names
      // none (and is not a Perubahan, which may rest on a newer Renstra) to any Renstra.
      for (auto& [tag, entries] : by_tag) {
        if (tag == "commit:A") {
          against_plan(entries, plans, ky.second, reported);
        } else if (tag.rfind("commit:R", 0) == 0 || tag.rfind("end:", 0) == 0) {
          const auto it = by_tag.find("plan:" + tag.substr(tag[0] == 'e' ? 4 : 8));
          if (it == by_tag.end()) continue;
          std::vector<Entry> own;
          for (const auto& e : it->second)
            if (!reported.count(e.value)) own.push_back(e);
          against_plan(entries, own, ky.second, reported);
        }
      }
    }
  }

  // A Renstra and its TC.25 appendix (plan tables of one period) list the same indicators in the
  // same order. When two such tables have as many indicator rows and more than half of them (two
  // or more) carry the same name at the same position, a pair of rows at one position with
  // different names is one indicator if neither name occurs in the other table, the names share
  // a content word, and the targets of the years both state agree in at least three years and
  // differ in at most one: 'Nilai SAKIP CFD' in a TC.25 whose 2022-2025 targets equal those of
  // the Renstra's 'Nilai Sakip OPD' is that indicator, 'OPD' garbled by OCR (000 G-15). Returns
  // (cluster, canonical key) -> the partner's key, for the later table.
  template <typename Pending>
  std::map<std::pair<std::string, std::string>, std::string> plan_twins(const std::vector<Pending>& pending,
                                                                       const Canon& canon) const {
    struct PlanRow {
      std::string key;
      std::map<int, const Value*> by_year;
    };
    std::map<std::pair<size_t, int>, std::vector<PlanRow>> lists;  // table -> rows in order
    std::map<std::pair<size_t, int>, std::string> tag_of;
    std::map<std::pair<size_t, int>, size_t> last_row;
    for (const auto& p : pending) {
      if (p.tag.rfind("plan:", 0) != 0) continue;
      const auto tab = std::make_pair(p.e.file, p.e.table);
      auto& list = lists[tab];
      tag_of[tab] = p.tag;
      auto lr = last_row.find(tab);
      if (lr == last_row.end() || lr->second != p.e.row) {
        list.push_back({canon(cluster_[p.e.file], p.e.key), {}});
        last_row[tab] = p.e.row;
      }
      list.back().by_year[p.year] = p.e.value;
    }
    std::map<std::pair<std::string, std::string>, std::string> out;
    std::set<std::pair<std::string, std::string>> conflicting;
    for (auto a = lists.begin(); a != lists.end(); ++a) {
      for (auto b = std::next(a); b != lists.end(); ++b) {
        const std::string& cluster = cluster_[a->first.first];
        if (cluster != cluster_[b->first.first] || tag_of[a->first] != tag_of[b->first]) continue;
        const auto& x = a->second;
        const auto& y = b->second;
        if (x.size() != y.size() || x.size() < 3) continue;
        std::vector<size_t> odd;
        for (size_t i = 0; i < x.size(); ++i)
          if (x[i].key != y[i].key) odd.push_back(i);
        if (odd.empty() || 2 * odd.size() >= x.size() || x.size() - odd.size() < 2) continue;
        auto has = [](const std::vector<PlanRow>& l, const std::string& k) {
          return std::any_of(l.begin(), l.end(), [&](const PlanRow& r) { return r.key == k; });
        };
        for (size_t i : odd) {
          const std::string& kx = x[i].key;
          const std::string& ky = y[i].key;
          if (has(y, kx) || has(x, ky)) continue;
          if (compare_names(kx, ky).content_matched < 1) continue;
          int agree = 0, differ = 0;
          for (const auto& [year, v] : x[i].by_year) {
            auto w = y[i].by_year.find(year);
            if (w == y[i].by_year.end()) continue;
            const auto cv = comparable(*v), cw = comparable(*w->second);
            const auto s = cv && cw ? same(*cv, *cw) : std::nullopt;
            if (!s) continue;
            ++(*s ? agree : differ);
          }
          if (agree < 3 || differ > 1) continue;
          const std::pair<std::string, std::string> from{cluster, ky};
          auto [it, fresh] = out.emplace(from, kx);
          if (!fresh && it->second != kx) conflicting.insert(from);
        }
      }
    }
    for (const auto& c : conflicting) out.erase(c);
    return out;
  }

  // The budget year of a table: its title's year, else the one year all titled tables of its
  // file agree on; 0 when unknown. Budgets of different years are never compared.
  int budget_year(size_t fi, const Table& t) const { return file_year(files_, fi, t); }

  // Which budget an amount is: "realisasi", the original "awal" or the amended "akhir"; empty
  // when the column is none of these.
  static std::string money_version(const Table& t, const Row& row, size_t c, bool realisasi, bool perubahan) {
    const Column& col = t.columns[c];
    if (realisasi)
      return col.role == ColumnRole::RealisasiAnggaran || (col.role == ColumnRole::Realisasi && col.is_money) ? "realisasi"
                                                                                                            : "";
    if (col.role == ColumnRole::Sebelum) return "awal";
    if (col.role == ColumnRole::Sesudah) return "akhir";
    if (col.role != ColumnRole::Anggaran && !(col.role == ColumnRole::Target && col.is_money)) return "";
    // A Keterangan saying P-APBD marks the amended budget.
    for (size_t kc = 0; kc < t.columns.size() && kc < row.values.size(); ++kc)
      if (t.columns[kc].role == ColumnRole::Keterangan && lower(row.values[kc].original).find("p-apbd") != std::string::npos)
        return "akhir";
    return t.kind == TableKind::RealisasiAnggaran || perubahan ? "akhir" : "awal";
  }

  void money(std::string_view rule, msg::Xref kind) {
    const bool realisasi = kind == msg::Xref::Realisasi;
    struct Pending {
      Entry e;
      std::string version;  // version|year
    };
    std::vector<Pending> pending;
    // A table's one Jumlah/Total row: compared across tables that list the same programs.
    struct TotalRow {
      size_t file;
      int table;
      size_t row;
      std::vector<size_t> top;  // the top-level data rows it closes
    };
    std::vector<TotalRow> totals;
    Canon canon;
    each_table([&](size_t fi, int ti, const Table& t) {
      const std::string year = "|" + std::to_string(budget_year(fi, t));
      const TableKind k = t.kind;
      if (k != TableKind::Pk && k != TableKind::Rkt && k != TableKind::PkAnggaran && k != TableKind::Dpa &&
          k != TableKind::Pergeseran && k != TableKind::RealisasiAnggaran)
        return;
      const bool p = mentions_perubahan(t);
      // Names that occur twice in one table with different values are ambiguous there.
      std::map<std::pair<std::string, size_t>, int> seen;
      std::vector<Pending> local;
      for (size_t r = 0; r < t.rows.size(); ++r) {
        const Row& row = t.rows[r];
        // Kode rekening lines repeat the same names under every sub kegiatan: not restated facts.
        if (row.type != RowType::Data || row.level == RowLevel::Rekening) continue;
        std::string key;
        const char* key_of = nullptr;  // the Uraian text the key was made from
        for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
          const Column& col = t.columns[c];
          if (!is_money_column(col) && !(col.role == ColumnRole::Target && col.is_money)) continue;
          if (!is_summable(row.values[c])) continue;
          const std::string_view u = uraian_for(t, row, c);
          if (u.data() != key_of) {
            key = name_key(u);
            key_of = u.data();
          }
          if (key.size() < 2) continue;
          std::string version = money_version(t, row, c, realisasi, p);
          if (version.empty()) continue;
          ++seen[{key + "|" + version, c}];
          local.push_back({{fi, ti, r, c, &row.values[c], std::string(u), key}, version});
        }
      }
      for (auto& l : local) {
        if (seen[{l.e.key + "|" + l.version, l.e.col}] > 1) continue;
        canon.add(cluster_[fi], l.e.key, fi, ti);
        l.version += year;
        pending.push_back(std::move(l));
      }
      size_t n_total = 0, total = 0;
      for (size_t r = 0; r < t.rows.size(); ++r)
        if (t.rows[r].type == RowType::Total) ++n_total, total = r;
      if (n_total == 1) totals.push_back({fi, ti, total, top_level_rows(t, effective_parents(t))});
    });
    canon.resolve();
    const auto twins = twin_rows(pending, canon);
    std::map<std::pair<std::string, std::string>, std::vector<Entry>> groups;  // (key, version|year)
    for (auto& p : pending) {
      const std::string& cluster = cluster_[p.e.file];
      std::string key = canon(cluster, p.e.key);
      if (auto it = twins.find({cluster, key}); it != twins.end()) {
        key = it->second;
        p.e.twin = true;
      }
      if (key.size() < 8) continue;
      groups[{cluster + "|" + key, p.version}].push_back(std::move(p.e));
    }
    // Totals: keyed by the programs they close (every one named, at least two), so two tables
    // listing the same programs must state the same Jumlah (001 K-05: PK-P lampiran Jumlah).
    for (const auto& tr : totals) {
      const Table& t = (*files_[tr.file].tables)[tr.table];
      const Row& total = t.rows[tr.row];
      const std::string& cluster = cluster_[tr.file];
      for (size_t c = 0; c < t.columns.size() && c < total.values.size(); ++c) {
        const Column& col = t.columns[c];
        if (!is_money_column(col) && !(col.role == ColumnRole::Target && col.is_money)) continue;
        if (!is_summable(total.values[c])) continue;
        const std::string version = money_version(t, total, c, realisasi, mentions_perubahan(t));
        if (version.empty()) continue;
        std::set<std::string> programs;
        bool named = true;
        for (size_t r : tr.top) {
          const Row& row = t.rows[r];
          if (c >= row.values.size() || is_blank(row.values[c])) continue;
          const std::string raw = name_key(uraian_for(t, row, c));
          const std::string key = canon(cluster, raw);
          named &= key.size() >= 8 && is_summable(row.values[c]);
          programs.insert(key);
        }
        if (!named || programs.size() < 2) continue;
        std::string set_key = "jumlah:";
        for (const auto& pk : programs) set_key += pk + ";";
        groups[{cluster + "|" + set_key, version + "|" + std::to_string(budget_year(tr.file, t))}].push_back(
            {tr.file, tr.table, tr.row, c, &total.values[c], row_name(total), "jumlah"});
      }
    }
    if (realisasi) efisiensi_by_budget(canon, groups);
    for (auto& [kv, entries] : groups) {
      // Only across tables: one entry per table.
      std::set<std::pair<size_t, int>> tabs;
      for (const auto& e : entries) tabs.insert({e.file, e.table});
      if (tabs.size() < 2 || tabs.size() != entries.size()) continue;
      std::set<const Value*> reported;
      resolve(entries, rule, kind, 0, reported);
    }
  }

  // A lampiran copies the body's program list row by row. When two tables list the same number
  // of programs and all but one row carry the same names in the same order, the odd row of each
  // is the same program even if its name differs by more than a typo ('Koordinasi Ketertarikan
  // dan Ketertiban Umum' for '... Ketentraman ...', 001 K-04), provided the two names still
  // share most of their words and neither name occurs in the other table. Returns (cluster,
  // canonical key) -> the partner's canonical key, for the odd row of the later table.
  template <typename Pending>
  std::map<std::pair<std::string, std::string>, std::string> twin_rows(const std::vector<Pending>& pending,
                                                                      const Canon& canon) const {
    std::map<std::pair<size_t, int>, std::vector<std::string>> lists;  // table -> keys in row order
    std::map<std::pair<size_t, int>, size_t> last_row;
    for (const auto& p : pending) {
      const auto tab = std::make_pair(p.e.file, p.e.table);
      auto lr = last_row.find(tab);
      if (lr != last_row.end() && lr->second == p.e.row) continue;  // one name per row
      last_row[tab] = p.e.row;
      lists[tab].push_back(canon(cluster_[p.e.file], p.e.key));
    }
    std::map<std::pair<std::string, std::string>, std::string> out;
    std::set<std::pair<std::string, std::string>> conflicting;
    for (auto a = lists.begin(); a != lists.end(); ++a) {
      for (auto b = std::next(a); b != lists.end(); ++b) {
        const std::string& cluster = cluster_[a->first.first];
        if (cluster != cluster_[b->first.first]) continue;
        const auto& x = a->second;
        const auto& y = b->second;
        if (x.size() != y.size() || x.size() < 3) continue;
        size_t odd = x.size(), mismatches = 0;
        for (size_t i = 0; i < x.size(); ++i)
          if (x[i] != y[i]) ++mismatches, odd = i;
        if (mismatches != 1) continue;
        const std::string& kx = x[odd];
        const std::string& ky = y[odd];
        if (std::find(y.begin(), y.end(), kx) != y.end() || std::find(x.begin(), x.end(), ky) != x.end()) continue;
        if (compare_names(kx, ky).score < 0.6) continue;
        const std::pair<std::string, std::string> from{cluster, ky}, other{cluster, kx};
        if (out.count(other) && out[other] == ky) continue;  // already linked the other way
        auto [it, fresh] = out.emplace(from, kx);
        if (!fresh && it->second != kx) conflicting.insert(from);
      }
    }
    for (const auto& c : conflicting) out.erase(c);
    return out;
  }

  // Efisiensi tables name their rows by sasaran and indicator, not by program: a row's
  // 'Anggaran Program Pendukung Sasaran' ties it to the one program whose budget (a top-level
  // row of a PK/DPA/realisasi table of that year) is exactly that amount, when no other program
  // has it and no other row of the table ties to the same program. Its realisasi is then that
  // program's realisasi (000 G-04: Tabel 3.7 250.288.850 vs Tabel 3.10 248.833.850). A row
  // supported by several programs (a sum) ties to none.
  void efisiensi_by_budget(const Canon& canon, std::map<std::pair<std::string, std::string>, std::vector<Entry>>& groups) {
    bool any = false;
    each_table([&](size_t, int, const Table& t) { any |= t.kind == TableKind::Efisiensi; });
    if (!any) return;
    struct Program {
      std::string key;
      std::string name;
    };
    std::map<std::tuple<std::string, int, std::string>, std::vector<Program>> by_amount;  // cluster, year, amount
    each_table([&](size_t fi, int, const Table& t) {
      const TableKind k = t.kind;
      if (k != TableKind::Pk && k != TableKind::Rkt && k != TableKind::PkAnggaran && k != TableKind::Dpa &&
          k != TableKind::Pergeseran && k != TableKind::RealisasiAnggaran)
        return;
      const std::string& cluster = cluster_[fi];
      const int year = budget_year(fi, t);
      for (size_t r : top_level_rows(t, effective_parents(t))) {
        const Row& row = t.rows[r];
        for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
          const Column& col = t.columns[c];
          const bool budget = col.role == ColumnRole::Anggaran || col.role == ColumnRole::Sebelum ||
                              col.role == ColumnRole::Sesudah || (col.role == ColumnRole::Target && col.is_money);
          if (!budget || !is_summable(row.values[c])) continue;
          const std::string raw = name_key(uraian_for(t, row, c));
          const std::string key = canon(cluster, raw);
          if (key.size() < 8) continue;
          auto& list = by_amount[{cluster, year, row.values[c].number->normalized().to_string()}];
          if (std::none_of(list.begin(), list.end(), [&](const Program& p) { return p.key == key; }))
            list.push_back({key, std::string(uraian_for(t, row, c))});
        }
      }
    });
    each_table([&](size_t fi, int ti, const Table& t) {
      if (t.kind != TableKind::Efisiensi) return;
      int ca = -1, cr = -1;
      for (size_t c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c].role == ColumnRole::Anggaran && ca < 0) ca = static_cast<int>(c);
        if (t.columns[c].role == ColumnRole::RealisasiAnggaran && cr < 0) cr = static_cast<int>(c);
      }
      if (ca < 0 || cr < 0) return;
      const std::string& cluster = cluster_[fi];
      const int year = budget_year(fi, t);
      std::vector<Entry> linked;
      std::map<std::string, int> per_program;
      for (size_t r = 0; r < t.rows.size(); ++r) {
        const Row& row = t.rows[r];
        if (row.type != RowType::Data || static_cast<size_t>(std::max(ca, cr)) >= row.values.size()) continue;
        const Value& a = row.values[ca];
        const Value& v = row.values[cr];
        if (!is_summable(a) || !is_summable(v)) continue;
        auto it = by_amount.find({cluster, year, a.number->normalized().to_string()});
        if (it == by_amount.end() || it->second.size() != 1) continue;
        const Program& p = it->second.front();
        ++per_program[p.key];
        Entry e{fi, ti, r, static_cast<size_t>(cr), &v, indicator_name(t, row), p.key};
        e.linked_by = &a;
        e.linked_program = p.name;
        linked.push_back(std::move(e));
      }
      for (auto& e : linked) {
        if (per_program[e.key] > 1) continue;  // two rows on one program's budget: which is it?
        groups[{cluster + "|" + e.key, "realisasi|" + std::to_string(year)}].push_back(std::move(e));
      }
    });
  }

  // The program/kegiatan/sub kegiatan a row's indicator belongs to in a kontribusi-style table
  // (Uraian | Indikator | ...): the row's Uraian text, else the last one above it (a program
  // with several indicators leaves the Uraian of its later rows blank). Empty without Uraian.
  static std::string_view enclosing_uraian(const Table& t, size_t r, size_t c) {
    for (size_t i = r + 1; i-- > 0;) {
      const Row& row = t.rows[i];
      if (row.type != RowType::Data) continue;
      for (size_t k = std::min(c, row.values.size()); k-- > 0;)
        if (t.columns[k].role == ColumnRole::Uraian && !row.values[k].original.empty()) return row.values[k].original;
    }
    return {};
  }

  void indicator_realisasi() {
    struct Pending {
      Entry e;
      int year;
      std::string context;  // name_key of the enclosing program/kegiatan, may be empty
      bool yearless;        // the year is the file's, not the table's own
    };
    std::vector<Pending> pending;
    Canon canon, context_canon;
    each_table([&](size_t fi, int ti, const Table& t) {
      if (t.kind != TableKind::Capaian && t.kind != TableKind::Efisiensi && t.kind != TableKind::Pk &&
          t.kind != TableKind::Rkt)
        return;
      // A table without a year in its columns or title (kontribusi, efisiensi) is about the one
      // year its file's titles agree on.
      const int ty = title_year(t);
      const int fallback = ty ? ty : budget_year(fi, t);
      for (size_t r = 0; r < t.rows.size(); ++r) {
        const Row& row = t.rows[r];
        if (row.type != RowType::Data) continue;
        for (size_t c = 0; c < t.columns.size() && c < row.values.size(); ++c) {
          const Column& col = t.columns[c];
          if (col.role != ColumnRole::Realisasi || col.is_money || col.quarter) continue;
          std::string name = name_for(t, row, c);
          std::string key = name_key(name);
          if (key.size() < 2) continue;
          const int year = col.year ? col.year : fallback;
          if (!year || !comparable(row.values[c])) continue;
          std::string context = name_key(enclosing_uraian(t, r, c));
          if (context == key) context.clear();  // the row names itself (no Indikator column)
          canon.add(cluster_[fi], key, fi, ti);
          if (!context.empty()) context_canon.add(cluster_[fi], context, fi, ti);
          pending.push_back(
              {{fi, ti, r, c, &row.values[c], std::move(name), std::move(key)}, year, std::move(context), !col.year && !ty});
        }
      }
    });
    canon.resolve();
    context_canon.resolve();
    // Generic indicators ('Persentase realisasi anggaran') repeat under several programs, or
    // several times in one table: in a table that names the program, they are one fact only
    // under the same program, so their key carries it. Rows of sasaran-level tables (no
    // program column) keep the bare name.
    std::map<std::string, std::set<std::string>> contexts;  // cluster|key -> programs
    std::set<std::string> repeated;
    {
      std::map<std::tuple<std::string, size_t, int>, int> per_table;
      for (const auto& p : pending) {
        const std::string& cluster = cluster_[p.e.file];
        const std::string ck = cluster + "|" + canon(cluster, p.e.key);
        if (!p.context.empty()) contexts[ck].insert(context_canon(cluster, p.context));
        if (++per_table[{ck, p.e.file, p.e.table}] > 1) repeated.insert(ck);
      }
    }
    std::map<std::pair<std::string, int>, std::vector<Entry>> groups;
    for (auto& p : pending) {
      const std::string& cluster = cluster_[p.e.file];
      const std::string& key = canon(cluster, p.e.key);
      if (key.size() < 5) continue;
      std::string gk = cluster + "|" + key;
      // A yearless kontribusi row is a program's indicator: the same wording at sasaran level
      // (Ikhtisar, capaian) may be derived over another PK version's programs (001 K-18).
      if (!p.context.empty() && (p.yearless || repeated.count(gk) || contexts[gk].size() > 1))
        gk += "@" + context_canon(cluster, p.context);
      groups[{gk, p.year}].push_back(std::move(p.e));
    }
    drop_repeats_within_tables(groups);
    for (auto& [ky, entries] : groups) {
      std::set<std::pair<size_t, int>> tabs;
      for (const auto& e : entries) tabs.insert({e.file, e.table});
      if (tabs.size() < 2 || tabs.size() != entries.size()) continue;
      std::set<const Value*> reported;
      resolve(entries, "xref.realisasi", msg::Xref::Realisasi, ky.second, reported);
    }
  }

  const std::vector<FileTables>& files_;
  const Config& cfg_;
  Emitter& em_;
  std::vector<std::string> cluster_;  // per file: which organisation's facts it states
};

}  // namespace

void check_xref(const std::vector<FileTables>& files, const Config& cfg, Emitter& em) {
  Checker(files, cfg, em).run();
  check_xref_target_version(files, cfg, em);
}

}  // namespace sakip
