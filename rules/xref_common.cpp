// Helpers shared by the cross-table rules (rules/xref_common.h).
#include "rules/xref_common.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "rules/messages.h"
#include "rules/table_view.h"

namespace sakip::xref {

std::string lower(std::string_view s) {
  std::string o(s);
  for (auto& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

bool mentions_perubahan(const Table& t) {
  const std::string s = lower(t.title + " " + t.sheet);
  return s.find("perubahan") != std::string::npos || s.find("pk-p") != std::string::npos ||
         s.find("pk p ") != std::string::npos || s.find("p-apbd") != std::string::npos ||
         s.find("dppa") != std::string::npos;
}

int period_end(const std::string& title) {
  static const std::regex period(R"((20[0-9]{2})\s*(?:-|–|—|s\.?d\.?|s/d)\s*(20[0-9]{2}))");
  std::smatch m;
  if (!std::regex_search(title, m, period)) return 0;
  return std::stoi(m[2].str());
}

int file_year(const std::vector<FileTables>& files, size_t fi, const Table& t) {
  if (const int y = title_year(t)) return y;
  int found = 0;
  for (const auto& o : *files[fi].tables) {
    const int y = title_year(o);
    if (!y) continue;
    if (found && found != y) return 0;
    found = y;
  }
  return found;
}

std::vector<std::string> organisation_clusters(const std::vector<FileTables>& files) {
  static const std::regex org(R"((kecamatan|kelurahan|dinas|badan|kantor|sekretariat|inspektorat|rsud|puskesmas)\s+([a-z]+))",
                              std::regex::icase);
  std::vector<std::set<std::string>> orgs(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    if (!files[i].tables) continue;
    for (const auto& t : *files[i].tables) {
      std::string title = lower(t.title);
      for (auto it = std::sregex_iterator(title.begin(), title.end(), org); it != std::sregex_iterator(); ++it)
        orgs[i].insert((*it)[1].str() + " " + (*it)[2].str());
    }
  }
  // Union files whose organisation sets intersect.
  std::vector<size_t> parent(files.size());
  for (size_t i = 0; i < files.size(); ++i) parent[i] = i;
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (size_t i = 0; i < files.size(); ++i)
    for (size_t j = i + 1; j < files.size(); ++j) {
      if (orgs[i].empty() || orgs[j].empty()) continue;
      for (const auto& o : orgs[i])
        if (orgs[j].count(o)) {
          parent[find(j)] = find(i);
          break;
        }
    }
  std::set<size_t> roots;
  for (size_t i = 0; i < files.size(); ++i)
    if (!orgs[i].empty()) roots.insert(find(i));
  std::vector<std::string> out(files.size(), "all");
  if (roots.size() <= 1) return out;
  for (size_t i = 0; i < files.size(); ++i)
    out[i] = orgs[i].empty() ? "file" + std::to_string(i) : "org" + std::to_string(find(i));
  return out;
}

std::optional<Comparable> comparable(const Value& v) {
  if (v.kind == ValueKind::Range || v.kind == ValueKind::Text || v.kind == ValueKind::Empty ||
      v.kind == ValueKind::NotApplicable)
    return std::nullopt;
  Comparable c;
  if (v.number) {
    c.is_number = true;
    c.number = *v.number;
    return c;
  }
  if (v.kind == ValueKind::Grade && !v.grade.empty()) {
    for (char ch : v.grade)
      if (!std::isspace(static_cast<unsigned char>(ch))) c.letter += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return c;
  }
  return std::nullopt;
}
// Same value? nullopt when not comparable (a bare letter against a number).
std::optional<bool> same(const Comparable& a, const Comparable& b) {
  if (a.is_number && b.is_number) return a.number == b.number;
  if (!a.is_number && !b.is_number) return a.letter == b.letter;
  return std::nullopt;
}

std::string shown(const Value& v, Lang lang) {
  if (v.number && v.kind != ValueKind::Grade) return num(*v.number, lang);
  return std::string(v.original);
}

ReportValue reported(const Value& v) {
  if (v.number) return ReportValue::of(v.number->normalized());
  return ReportValue::of_text(std::string(v.original));
}

}  // namespace sakip::xref
