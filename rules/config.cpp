#include "rules/config.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sakip {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* kDefaultIni = R"(# sakipcheck configuration (read with --config FILE). Every key is optional; a key left
# out keeps the default shown here. Defaults follow Permendagri 86/2017 (capaian classes) and
# PermenPANRB 88/2021 (SAKIP predikat) as printed in LKIP documents.

[capaian]
# Capaian of lower-is-better ("negatif") indicators:
#   2t-r : (2 x Target - Realisasi) / Target x 100   (Target - (Realisasi - Target)) / Target
#   t/r  : Target / Realisasi x 100                  (SIPD "tren negatif")
negative_formula = 2t-r
# Indicators whose name matches this pattern (ECMAScript regex, case-insensitive) are
# lower-is-better. A Polaritas/Polarisasi column saying "negatif"/"menurun" also marks one.
negative_indicators = penduduk miskin|kemiskinan|stunting|pengangguran|angka kematian|kematian ibu|kematian bayi|gizi buruk|putus sekolah|kriminalitas|kecelakaan|inflasi|rasio gini|indeks gini|buta aksara|angka kesakitan|prevalensi|kawasan kumuh|genangan|pelanggaran perda
# % capaian outside [min, max] is reported as implausible.
min = 0
max = 200

[serapan]
# % serapan (realisasi / anggaran x 100) above this is reported.
max = 100

[money]
# Money is compared at this many decimals (sen) and must agree within `tolerance` rupiah.
decimals = 2
tolerance = 0

[scale]
# % capaian -> kriteria, Permendagri 86/2017: >= 90 Sangat Tinggi, 76 <= x < 90 Tinggi,
# 66 <= x < 76 Sedang, 51 <= x < 66 Rendah, below 51 Sangat Rendah. "90=X" means x >= 90;
# ">90=X" means x > 90. The lowest band takes everything below it. A value exactly on a
# boundary may carry either neighbouring label.
predikat = 90=Sangat Tinggi; 76=Tinggi; 66=Sedang; 51=Rendah; 0=Sangat Rendah
# SAKIP score -> predikat letter, PermenPANRB 88/2021: AA >90-100, A >80-90, BB >70-80,
# B >60-70, CC >50-60, C >30-50, D 0-30.
sakip = >90=AA; >80=A; >70=BB; >60=B; >50=CC; >30=C; 0=D
)";

}  // namespace

const ScaleBand* Scale::classify(const Decimal& v) const {
  for (const auto& b : bands) {
    if (b.inclusive ? v >= b.lower : v > b.lower) return &b;
  }
  return bands.empty() ? nullptr : &bands.back();
}

std::vector<const ScaleBand*> Scale::acceptable(const Decimal& v) const {
  std::vector<const ScaleBand*> out;
  const ScaleBand* own = classify(v);
  if (!own) return out;
  out.push_back(own);
  for (size_t i = 0; i < bands.size(); ++i) {
    // Only an inclusive printed bound ("76 <= x", ">= 90") is ambiguous on its edge; with
    // "> 80" the edge value belongs to the band below and nowhere else.
    if (bands[i].lower == v && bands[i].inclusive) {
      // On a boundary: the band above/below it is acceptable too.
      if (&bands[i] != own) out.push_back(&bands[i]);
      if (i + 1 < bands.size() && &bands[i + 1] != own) out.push_back(&bands[i + 1]);
    }
  }
  return out;
}

const ScaleBand* Scale::find_label(std::string_view text) const {
  const std::string t = lower_ascii(trim(text));
  const ScaleBand* best = nullptr;
  size_t best_len = 0;
  for (const auto& b : bands) {
    const std::string l = lower_ascii(b.label);
    if (l.empty()) continue;
    size_t pos = t.find(l);
    // Whole-word match: not inside a longer word.
    while (pos != std::string::npos) {
      const bool left_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(t[pos - 1]));
      const size_t end = pos + l.size();
      const bool right_ok = end >= t.size() || !std::isalnum(static_cast<unsigned char>(t[end]));
      if (left_ok && right_ok) break;
      pos = t.find(l, pos + 1);
    }
    if (pos != std::string::npos && l.size() > best_len) {
      best = &b;
      best_len = l.size();
    }
  }
  return best;
}

std::optional<Scale> parse_scale(std::string_view text) {
  Scale s;
  std::string item;
  std::stringstream ss{std::string(text)};
  while (std::getline(ss, item, ';')) {
    item = trim(item);
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    if (eq == std::string::npos) return std::nullopt;
    std::string bound = trim(item.substr(0, eq));
    ScaleBand band;
    band.label = trim(item.substr(eq + 1));
    if (!bound.empty() && bound[0] == '>') {
      band.inclusive = false;
      bound = trim(bound.substr(1));
    }
    for (auto& c : bound) if (c == ',') c = '.';
    auto d = Decimal::parse(bound);
    if (!d || band.label.empty()) return std::nullopt;
    band.lower = *d;
    s.bands.push_back(std::move(band));
  }
  if (s.bands.empty()) return std::nullopt;
  std::stable_sort(s.bands.begin(), s.bands.end(), [](const ScaleBand& a, const ScaleBand& b) {
    if (a.lower == b.lower) return !a.inclusive && b.inclusive;
    return a.lower > b.lower;
  });
  return s;
}

bool Config::is_negative_indicator(std::string_view name) const {
  if (!negative_regex || name.empty()) return false;
  return std::regex_search(name.begin(), name.end(), *negative_regex);
}

std::string default_config_text() { return kDefaultIni; }

namespace {

void apply_ini(Config& c, const boost::program_options::variables_map& vm) {
  auto get = [&](const char* k) -> std::optional<std::string> {
    if (!vm.count(k)) return std::nullopt;
    return trim(vm[k].as<std::string>());
  };
  auto dec = [&](const char* k, Decimal& out) {
    if (auto v = get(k)) {
      std::string t = *v;
      for (auto& ch : t) if (ch == ',') ch = '.';
      auto d = Decimal::parse(t);
      if (!d) throw std::runtime_error(std::string(k) + ": not a number: " + *v);
      out = *d;
    }
  };
  if (auto v = get("capaian.negative_formula")) {
    const std::string f = lower_ascii(*v);
    if (f == "2t-r" || f == "(2t-r)/t") c.negative_formula = NegativeFormula::TwoTMinusR;
    else if (f == "t/r") c.negative_formula = NegativeFormula::TOverR;
    else throw std::runtime_error("capaian.negative_formula must be 2t-r or t/r, not " + *v);
  }
  if (auto v = get("capaian.negative_indicators")) c.negative_pattern = *v;
  dec("capaian.min", c.capaian_min);
  dec("capaian.max", c.capaian_max);
  dec("serapan.max", c.serapan_max);
  dec("money.tolerance", c.money_tolerance);
  if (auto v = get("money.decimals")) {
    try {
      c.money_decimals = std::stoi(*v);
    } catch (...) {
      throw std::runtime_error("money.decimals: not a whole number: " + *v);
    }
    if (c.money_decimals < 0 || c.money_decimals > 6) throw std::runtime_error("money.decimals must be 0..6");
  }
  if (auto v = get("scale.predikat")) {
    auto s = parse_scale(*v);
    if (!s) throw std::runtime_error("scale.predikat: expected '90=Label; 76=Label; ...', got " + *v);
    c.predikat = *s;
  }
  if (auto v = get("scale.sakip")) {
    auto s = parse_scale(*v);
    if (!s) throw std::runtime_error("scale.sakip: expected '>90=AA; >80=A; ...', got " + *v);
    c.sakip = *s;
  }
  if (c.negative_pattern.empty()) {
    c.negative_regex.reset();
  } else {
    try {
      c.negative_regex.emplace(c.negative_pattern, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
    } catch (const std::regex_error&) {
      throw std::runtime_error("capaian.negative_indicators: not a valid regular expression");
    }
  }
}

boost::program_options::options_description ini_options() {
  namespace po = boost::program_options;
  po::options_description d;
  for (const char* k : {"capaian.negative_formula", "capaian.negative_indicators", "capaian.min", "capaian.max",
                        "serapan.max", "money.decimals", "money.tolerance", "scale.predikat", "scale.sakip"}) {
    d.add_options()(k, po::value<std::string>());
  }
  return d;
}

Config from_stream(std::istream& in, Config base) {
  namespace po = boost::program_options;
  po::variables_map vm;
  try {
    po::store(po::parse_config_file(in, ini_options(), /*allow_unregistered=*/false), vm);
  } catch (const po::error& e) {
    throw std::runtime_error(e.what());
  }
  apply_ini(base, vm);
  return base;
}

}  // namespace

Config Config::defaults() {
  static const Config c = [] {
    std::istringstream in(kDefaultIni);
    return from_stream(in, Config{});
  }();
  return c;
}

Config load_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read config file " + path);
  return from_stream(in, Config::defaults());
}

}  // namespace sakip
