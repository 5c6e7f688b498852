#include "rules/name_match.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <set>
#include <unordered_map>

namespace sakip {
namespace {

// Words that carry little of a name's identity: connectives, the measure words indicators
// start with (in their common spellings), and the generic verbs of sasaran/indikator wording.
// They count a quarter of a content word and may be present on one side only.
bool is_stop(std::string_view w) {
  static const std::set<std::string_view> stop = {
      "yang",       "dan",         "di",          "dalam",      "pada",          "dengan",
      "serta",      "untuk",       "oleh",        "atau",       "ke",            "dari",
      "bagi",       "terhadap",    "secara",      "persentase", "prosentase",    "presentase",
      "persentasi", "prosentasi",  "presentasi",  "persen",     "jumlah",        "tingkat",
      "rasio",      "angka",       "nilai",       "peningkatan", "meningkatnya", "meningkatkan", "dilaksanakan",
      "terlaksananya", "tercapainya", "terwujudnya"};
  return stop.count(w) > 0;
}

double weight(std::string_view w) { return is_stop(w) ? 0.25 : 1.0; }

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}
bool all_alpha(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}
// Numbers and single letters tell items apart ("Sub Kegiatan 1"/"2", "Tipe A"/"B"): they must
// agree exactly.
bool is_discriminator(std::string_view w) { return all_digits(w) || w.size() == 1; }

std::vector<std::string> split(std::string_view key) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < key.size()) {
    while (i < key.size() && key[i] == ' ') ++i;
    size_t j = i;
    while (j < key.size() && key[j] != ' ') ++j;
    if (j > i) out.emplace_back(key.substr(i, j - i));
    i = j;
  }
  return out;
}

size_t osa_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  std::iota(prev.begin(), prev.end(), size_t{0});
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    prev2.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

size_t lcs_length(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    prev.swap(cur);
  }
  return prev[b.size()];
}

// Joins a word split by a line-break hyphen ('berku alitas') when the joined word is a word of
// the other name and neither half is.
void join_split_words(std::vector<std::string>& x, const std::vector<std::string>& y) {
  const std::set<std::string> other(y.begin(), y.end());
  for (size_t i = 0; i + 1 < x.size();) {
    if (!other.count(x[i]) && !other.count(x[i + 1]) && other.count(x[i] + x[i + 1])) {
      x[i] += x[i + 1];
      x.erase(x.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      ++i;
    }
  }
}

// The initials of content words from position i on, `len` of them (connectives skipped).
bool initials_run(const std::vector<std::string>& y, size_t i, size_t len, std::string_view want, size_t& end) {
  size_t k = 0;
  for (size_t j = i; j < y.size(); ++j) {
    if (k == len) break;
    if (is_stop(y[j]) && k > 0) continue;
    if (y[j][0] != want[k]) return false;
    ++k;
    end = j + 1;
  }
  return k == len;
}

// Replaces an acronym word of x ('ikm') by the run of words of y whose initials spell it
// ('indeks kepuasan masyarakat'), when x has none of those words already.
void expand_acronyms(std::vector<std::string>& x, const std::vector<std::string>& y) {
  const std::set<std::string> in_x(x.begin(), x.end()), in_y(y.begin(), y.end());
  for (size_t i = 0; i < x.size(); ++i) {
    const std::string& w = x[i];
    if (w.size() < 2 || w.size() > 6 || !all_alpha(w) || in_y.count(w) || is_stop(w)) continue;
    for (size_t s = 0; s < y.size(); ++s) {
      size_t end = 0;
      if (is_stop(y[s]) || !initials_run(y, s, w.size(), w, end)) continue;
      bool overlap = false;
      for (size_t j = s; j < end; ++j) overlap |= !is_stop(y[j]) && in_x.count(y[j]) > 0;
      // The acronym stands for the whole of the other name's own words: every content word of
      // y outside the run must be in x as well ('IKM' is not 'Indeks Kinerja Manajemen SDM').
      for (size_t j = 0; j < y.size() && !overlap; ++j)
        if ((j < s || j >= end) && !is_stop(y[j]) && !in_x.count(y[j])) overlap = true;
      if (overlap) break;
      std::vector<std::string> run(y.begin() + static_cast<std::ptrdiff_t>(s), y.begin() + static_cast<std::ptrdiff_t>(end));
      x.erase(x.begin() + static_cast<std::ptrdiff_t>(i));
      x.insert(x.begin() + static_cast<std::ptrdiff_t>(i), run.begin(), run.end());
      i += run.size() - 1;
      break;
    }
  }
}

}  // namespace

double word_similarity(std::string_view a, std::string_view b) {
  if (a == b) return 1;
  if (is_discriminator(a) || is_discriminator(b)) return 0;
  const size_t lo = std::min(a.size(), b.size()), hi = std::max(a.size(), b.size());
  // A word cut short ('deng' for 'dengan', 'pemerintah' for 'pemerintahan').
  if (lo >= 5 && (a.substr(0, lo) == b.substr(0, lo))) return 0.85;
  if (lo < 5) return 0;
  if (osa_distance(a, b) <= 1) return 0.9;
  if (lo >= 7) {
    const double r = static_cast<double>(lcs_length(a, b)) / static_cast<double>(hi);
    if (r >= 0.77) return r;
  }
  return 0;
}

NameSimilarity compare_names(std::string_view key_a, std::string_view key_b) {
  NameSimilarity out;
  if (key_a.empty() || key_b.empty()) return out;
  if (key_a == key_b) return {1, true};
  std::vector<std::string> a = split(key_a), b = split(key_b);
  join_split_words(a, b);
  join_split_words(b, a);
  expand_acronyms(a, b);
  expand_acronyms(b, a);
  // Greedy alignment: the most similar pair of unmatched words first.
  struct Pair {
    double sim;
    size_t i, j;
  };
  std::vector<Pair> pairs;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j)
      if (const double s = word_similarity(a[i], b[j]); s > 0) pairs.push_back({s, i, j});
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.sim > y.sim; });
  std::vector<bool> used_a(a.size()), used_b(b.size());
  double matched = 0;
  int content_matched = 0;
  for (const auto& p : pairs) {
    if (used_a[p.i] || used_b[p.j]) continue;
    used_a[p.i] = used_b[p.j] = true;
    matched += p.sim * (weight(a[p.i]) + weight(b[p.j])) / 2;
    if (!is_stop(a[p.i]) || !is_stop(b[p.j])) ++content_matched;
  }
  double wa = 0, wb = 0;
  bool unmatched_a = false, unmatched_b = false, discriminator_left = false;
  for (size_t i = 0; i < a.size(); ++i) {
    wa += weight(a[i]);
    if (used_a[i]) continue;
    discriminator_left |= is_discriminator(a[i]);
    unmatched_a |= !is_stop(a[i]);
  }
  for (size_t j = 0; j < b.size(); ++j) {
    wb += weight(b[j]);
    if (used_b[j]) continue;
    discriminator_left |= is_discriminator(b[j]);
    unmatched_b |= !is_stop(b[j]);
  }
  out.score = wa + wb > 0 ? 2 * matched / (wa + wb) : 0;
  out.content_matched = content_matched;
  // A content word on each side without a partner is a different name ('kondisi baik' /
  // 'kondisi rusak'), not a typo or a dropped word.
  out.acceptable = !discriminator_left && !(unmatched_a && unmatched_b) && content_matched >= 2 && out.score >= 0.75;
  return out;
}

std::map<std::string, std::string> resolve_names(const std::vector<NameOccurrence>& occurrences) {
  // Distinct keys and the tables each occurs in.
  std::vector<std::string> keys;
  std::vector<std::set<uint64_t>> tables;
  {
    std::unordered_map<std::string, size_t> id;
    for (const auto& o : occurrences) {
      if (o.key.empty()) continue;
      auto [it, fresh] = id.emplace(o.key, keys.size());
      if (fresh) {
        keys.push_back(o.key);
        tables.emplace_back();
      }
      tables[it->second].insert(o.table);
    }
  }
  const size_t n = keys.size();
  std::vector<std::vector<std::string>> words(n);
  for (size_t k = 0; k < n; ++k) words[k] = split(keys[k]);

  // Candidate pairs: keys sharing a content word (words found in very many keys do not
  // propose pairs), or an acronym word and a run of words it abbreviates.
  std::unordered_map<std::string, std::vector<size_t>> by_word, by_initials;
  for (size_t k = 0; k < n; ++k) {
    std::set<std::string> seen;
    for (const auto& w : words[k])
      if (!is_stop(w) && !is_discriminator(w) && w.size() >= 3 && seen.insert(w).second) by_word[w].push_back(k);
    // Initials of runs of 2..6 content words.
    const auto& y = words[k];
    std::set<std::string> inits;
    for (size_t s = 0; s < y.size(); ++s) {
      if (is_stop(y[s])) continue;
      std::string in;
      for (size_t j = s; j < y.size() && in.size() < 6; ++j) {
        if (is_stop(y[j])) continue;
        in += y[j][0];
        if (in.size() >= 2) inits.insert(in);
      }
    }
    for (const auto& in : inits) by_initials[in].push_back(k);
  }
  constexpr size_t kMaxPosting = 300;
  std::set<std::pair<size_t, size_t>> candidates;
  auto propose = [&](size_t x, size_t y) {
    if (x == y) return;
    candidates.insert({std::min(x, y), std::max(x, y)});
  };
  for (const auto& [w, list] : by_word) {
    if (list.size() > kMaxPosting) continue;
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size(); ++j) propose(list[i], list[j]);
  }
  for (size_t k = 0; k < n; ++k)
    for (const auto& w : words[k]) {
      if (w.size() < 2 || w.size() > 6 || !all_alpha(w) || is_stop(w)) continue;
      auto it = by_initials.find(w);
      if (it == by_initials.end() || it->second.size() > kMaxPosting) continue;
      for (size_t o : it->second) propose(k, o);
    }

  auto disjoint = [](const std::set<uint64_t>& x, const std::set<uint64_t>& y) {
    for (uint64_t t : x)
      if (y.count(t)) return false;
    return true;
  };
  struct Scored {
    double score;
    size_t a, b;
  };
  std::vector<Scored> accepted;
  std::vector<std::vector<std::pair<size_t, double>>> cand_of(n);
  for (const auto& [x, y] : candidates) {
    if (!disjoint(tables[x], tables[y])) continue;
    const NameSimilarity s = compare_names(keys[x], keys[y]);
    if (!s.acceptable) continue;
    accepted.push_back({s.score, x, y});
    cand_of[x].push_back({y, s.score});
    cand_of[y].push_back({x, s.score});
  }
  std::stable_sort(accepted.begin(), accepted.end(), [](const Scored& p, const Scored& q) { return p.score > q.score; });

  std::vector<bool> excluded(n, false);
  std::vector<size_t> parent(n);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Links the best pairs first; two groups join only when no table holds keys of both.
  auto build = [&] {
    std::iota(parent.begin(), parent.end(), size_t{0});
    std::vector<std::set<uint64_t>> cluster_tables = tables;
    for (const auto& p : accepted) {
      if (excluded[p.a] || excluded[p.b]) continue;
      const size_t ra = find(p.a), rb = find(p.b);
      if (ra == rb || !disjoint(cluster_tables[ra], cluster_tables[rb])) continue;
      parent[rb] = ra;
      cluster_tables[ra].insert(cluster_tables[rb].begin(), cluster_tables[rb].end());
    }
  };
  // A key with a near-equal candidate outside its group is ambiguous: it matches nothing.
  constexpr double kMargin = 0.1;
  for (;;) {
    build();
    bool changed = false;
    for (size_t k = 0; k < n; ++k) {
      if (excluded[k] || cand_of[k].empty()) continue;
      double best = 0;
      for (const auto& [o, s] : cand_of[k])
        if (!excluded[o]) best = std::max(best, s);
      // Its near-best candidates must all be in one group, else which one it names is a guess.
      size_t group = n;
      for (const auto& [o, s] : cand_of[k]) {
        if (excluded[o] || s < best - kMargin) continue;
        if (group == n) {
          group = find(o);
        } else if (find(o) != group) {
          excluded[k] = changed = true;
          break;
        }
      }
    }
    if (!changed) break;  // each round excludes a key: at most n rounds
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t k = 0; k < n; ++k)
    if (!excluded[k]) groups[find(k)].push_back(k);
  std::map<std::string, std::string> out;
  for (const auto& [root, members] : groups) {
    if (members.size() < 2) continue;
    size_t canon = members.front();
    for (size_t m : members) {
      const auto better = [&](size_t x, size_t y) {
        if (keys[x].size() != keys[y].size()) return keys[x].size() > keys[y].size();
        if (tables[x].size() != tables[y].size()) return tables[x].size() > tables[y].size();
        return keys[x] < keys[y];
      };
      if (better(m, canon)) canon = m;
    }
    for (size_t m : members)
      if (m != canon) out[keys[m]] = keys[canon];
  }
  return out;
}

}  // namespace sakip
