// Value parser throughput (issue 4): the hand-written id-ID grammar against the ICU reference
// and the full parse_value, over the same pre-generated strings (typical money and percent
// cells). items/s = values per second on one core.
//   build-value/value_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "ingest/number_icu.h"
#include "ingest/number_id.h"
#include "ingest/value.h"

namespace {

std::string grouped(uint64_t v) {
  std::string d = std::to_string(v), out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i > 0 && (d.size() - i) % 3 == 0) out.push_back('.');
    out.push_back(d[i]);
  }
  return out;
}

// Money: "Rp. 744.112.000,00", "Rp 3.297.504.548", "2.911.311.160,40", "Rp.4.068.968.525,-".
std::vector<std::string> money_strings(size_t n) {
  std::mt19937_64 rng(1);
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    uint64_t v = rng() % 10000000000ULL;
    std::string g = grouped(v);
    switch (i % 4) {
      case 0: out.push_back("Rp. " + g + ",00"); break;
      case 1: out.push_back("Rp " + g); break;
      case 2: out.push_back(g + "," + std::to_string(10 + rng() % 90)); break;
      default: out.push_back("Rp." + g + ",-"); break;
    }
  }
  return out;
}

// Percent: "64,42%", "95,55 %", "100%", "8,33%".
std::vector<std::string> percent_strings(size_t n) {
  std::mt19937_64 rng(2);
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    uint64_t whole = rng() % 121, frac = rng() % 100;
    std::string f = (frac < 10 ? "0" : "") + std::to_string(frac);
    switch (i % 3) {
      case 0: out.push_back(std::to_string(whole) + "," + f + "%"); break;
      case 1: out.push_back(std::to_string(whole) + "," + f + " %"); break;
      default: out.push_back(std::to_string(whole) + "%"); break;
    }
  }
  return out;
}

const std::vector<std::string>& money() {
  static const auto v = money_strings(1 << 16);
  return v;
}
const std::vector<std::string>& percent() {
  static const auto v = percent_strings(1 << 16);
  return v;
}

template <typename F>
void run(benchmark::State& state, const std::vector<std::string>& in, F parse) {
  size_t ok = 0;
  for (auto _ : state) {
    for (const std::string& s : in) {
      auto d = parse(s);
      ok += d.has_value();
      benchmark::DoNotOptimize(d);
    }
  }
  if (ok != in.size() * static_cast<size_t>(state.iterations())) state.SkipWithError("a value was rejected");
  state.SetItemsProcessed(static_cast<int64_t>(in.size()) * state.iterations());
}

void BM_Fast_Money(benchmark::State& s) { run(s, money(), [](const std::string& x) { return sakip::parse_id_number(x); }); }
void BM_Fast_Percent(benchmark::State& s) { run(s, percent(), [](const std::string& x) { return sakip::parse_id_number(x); }); }
void BM_Icu_Money(benchmark::State& s) { run(s, money(), [](const std::string& x) { return sakip::parse_id_number_icu(x); }); }
void BM_Icu_Percent(benchmark::State& s) { run(s, percent(), [](const std::string& x) { return sakip::parse_id_number_icu(x); }); }
void BM_ParseValue_Money(benchmark::State& s) {
  run(s, money(), [](const std::string& x) { return sakip::parse_value(x).number; });
}
void BM_ParseValue_Percent(benchmark::State& s) {
  run(s, percent(), [](const std::string& x) { return sakip::parse_value(x).number; });
}

}  // namespace

BENCHMARK(BM_Fast_Money);
BENCHMARK(BM_Fast_Percent);
BENCHMARK(BM_Icu_Money);
BENCHMARK(BM_Icu_Percent);
BENCHMARK(BM_ParseValue_Money);
BENCHMARK(BM_ParseValue_Percent);
BENCHMARK_MAIN();
