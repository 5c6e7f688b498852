// What the cross-table rules (rules/xref.cpp: xref.target, xref.anggaran, xref.realisasi;
// rules/xref_target_version.cpp: xref.target_version) share: which files state one
// organisation's facts, which PK version a table is, the year a yearless table is about, the
// comparable form of a target value, and the tolerant resolution of names across tables.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/decimal.h"
#include "ingest/table.h"
#include "ingest/value.h"
#include "rules/finding.h"
#include "rules/name_match.h"
#include "rules/rule.h"

namespace sakip::xref {

std::string lower(std::string_view s);

// A PK Perubahan / DPPA / P-APBD table (its title or sheet says so).
bool mentions_perubahan(const Table& t);

// The last year of a period named in a title ("Renstra 2021-2026" -> 2026), 0 when none.
int period_end(const std::string& title);

// The year a table is about: its title's year, else the one year all titled tables of its
// file agree on; 0 when unknown.
int file_year(const std::vector<FileTables>& files, size_t fi, const Table& t);

// Files given together are compared with each other only when they are about the same
// organisation (the organisations their titles name overlap). Per file: its cluster's name.
std::vector<std::string> organisation_clusters(const std::vector<FileTables>& files);

// Comparable form of a target/realisasi value: nullopt when it cannot be compared.
struct Comparable {
  bool is_number = false;
  Decimal number;
  std::string letter;
};
std::optional<Comparable> comparable(const Value& v);
// Same value? nullopt when not comparable (a bare letter against a number).
std::optional<bool> same(const Comparable& a, const Comparable& b);
// The value as a sentence shows it.
std::string shown(const Value& v, Lang lang);
// The value as the JSON report gives it: its number (a grade's score), else its text.
ReportValue reported(const Value& v);

// Which names are one name: per organisation cluster, the keys of all entries of a rule are
// resolved together (rules/name_match.h) and each key maps to its group's canonical key.
class Canon {
 public:
  void add(const std::string& cluster, const std::string& key, size_t file, int table) {
    occ_[cluster].push_back({key, (static_cast<uint64_t>(file) << 32) | static_cast<uint32_t>(table)});
  }
  void resolve() {
    for (const auto& [cluster, occ] : occ_) map_[cluster] = resolve_names(occ);
    occ_.clear();
  }
  const std::string& operator()(const std::string& cluster, const std::string& key) const {
    auto c = map_.find(cluster);
    if (c == map_.end()) return key;
    auto k = c->second.find(key);
    return k == c->second.end() ? key : k->second;
  }

 private:
  std::map<std::string, std::vector<NameOccurrence>> occ_;
  std::map<std::string, std::map<std::string, std::string>> map_;
};

}  // namespace sakip::xref

namespace sakip {
// xref.target_version (rules/xref_target_version.cpp); run by check_xref.
void check_xref_target_version(const std::vector<FileTables>& files, const Config& cfg, Emitter& em);
}  // namespace sakip
