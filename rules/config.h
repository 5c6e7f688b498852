// What a check may be tuned by: tolerances, the capaian formula for lower-is-better
// indicators, which indicators are lower-is-better, and the grading scales. Read from an INI
// file (Boost.Program_options parse_config_file) given with --config; the defaults follow
// Permendagri 86/2017 (capaian classes) and PermenPANRB 88/2021 (SAKIP predikat).
#pragma once
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "ingest/decimal.h"

namespace sakip {

enum class NegativeFormula { TwoTMinusR, TOverR };  // (2T − R)/T × 100  |  T/R × 100

// A band of a scale: values v with lower < v (or lower <= v when inclusive) belong to `label`
// unless a higher band takes them. Bands are kept sorted from the highest lower bound down.
struct ScaleBand {
  Decimal lower;
  bool inclusive = true;  // lower bound included ("≥ 90") or not ("> 90")
  std::string label;      // "Sangat Tinggi", "AA"
};

struct Scale {
  std::vector<ScaleBand> bands;  // highest first
  // The label of `v`; the lowest band takes everything below it.
  const ScaleBand* classify(const Decimal& v) const;
  // Labels acceptable for v: its own band, plus the neighbouring band when v sits exactly on
  // an inclusive boundary between them (documents print "76 ≤ 90" and "≥ 90": 90 is in both).
  // An exclusive bound ("> 80") is exact: 80 is BB only.
  std::vector<const ScaleBand*> acceptable(const Decimal& v) const;
  // The band whose label matches `text` (case-insensitive, longest label first), or nullptr.
  const ScaleBand* find_label(std::string_view text) const;
};

struct Config {
  // Capaian of lower-is-better indicators.
  NegativeFormula negative_formula = NegativeFormula::TwoTMinusR;
  std::string negative_pattern;  // ECMAScript regex, case-insensitive, on the indicator name
  std::optional<std::regex> negative_regex;

  // Money: compared at `money_decimals` places (sen), equal when |diff| <= money_tolerance.
  int money_decimals = 2;
  Decimal money_tolerance;  // 0 by default: money must add up exactly

  // Plausibility.
  Decimal capaian_min = Decimal::from_int(0);
  Decimal capaian_max = Decimal::from_int(200);
  Decimal serapan_max = Decimal::from_int(100);

  Scale predikat;  // % capaian -> kriteria (Permendagri 86/2017)
  Scale sakip;     // SAKIP score -> grade letter (PermenPANRB 88/2021)

  static Config defaults();
  bool is_negative_indicator(std::string_view name) const;
};

// Parses a band list: "90=Sangat Tinggi; 76=Tinggi" (>= lower) or ">90=AA; >80=A" (> lower).
std::optional<Scale> parse_scale(std::string_view text);

// Reads an INI file over the defaults. Throws std::runtime_error with a one-line reason
// (unknown key, bad value, unreadable file).
Config load_config(const std::string& path);

// The default INI text (what `docs/sakipcheck.ini` holds).
std::string default_config_text();

}  // namespace sakip
