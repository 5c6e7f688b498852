// The rules alone (issue 6): run_rules over the tables of one already read and recognised
// workbook, all rules and each family separately, so their CPU is measured without reading,
// recognition or report rendering. The workbook is the generated DPA benchmark:
//   build/xlsx_bench_gen /tmp/dpa200k.xlsx 200000
//   SAKIP_RULES_BENCH_FILE=/tmp/dpa200k.xlsx build/rules_bench --benchmark_min_time=2
// (default file /tmp/dpa200k.xlsx). Reference in the same run: one pass over every value of
// every row reading its kind (the floor of any rule that looks at each cell once).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "rules/config.h"
#include "rules/rule.h"
#include "rules/submission.h"

namespace {

const sakip::Submission& submission() {
  static const sakip::Submission sub = [] {
    const char* env = std::getenv("SAKIP_RULES_BENCH_FILE");
    return sakip::load_submission({env ? env : "/tmp/dpa200k.xlsx"}, 1);
  }();
  return sub;
}

void run(benchmark::State& state, std::vector<std::string> select) {
  const auto files = submission().file_tables();
  size_t rows = 0;
  for (const auto& f : files)
    if (f.tables)
      for (const auto& t : *f.tables) rows += t.rows.size();
  if (rows == 0) {
    state.SkipWithError("no table rows: generate the workbook (see the comment at the top)");
    return;
  }
  sakip::RuleFilter filter;
  filter.select = std::move(select);
  const sakip::Config cfg = sakip::Config::defaults();
  size_t findings = 0;
  for (auto _ : state) {
    auto out = sakip::run_rules(files, cfg, filter);
    findings = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * rows));
}

void BM_Rules_All(benchmark::State& s) { run(s, {}); }
void BM_Rules_Sum(benchmark::State& s) { run(s, {"sum"}); }
void BM_Rules_Pct(benchmark::State& s) { run(s, {"pct"}); }
void BM_Rules_Shift(benchmark::State& s) { run(s, {"shift"}); }
void BM_Rules_Range(benchmark::State& s) { run(s, {"range"}); }
void BM_Rules_Grade(benchmark::State& s) { run(s, {"grade"}); }
void BM_Rules_Format(benchmark::State& s) { run(s, {"format"}); }
void BM_Rules_Xref(benchmark::State& s) { run(s, {"xref"}); }

// Reference: read every value's kind once.
void BM_Reference_OnePassOverValues(benchmark::State& state) {
  const auto files = submission().file_tables();
  for (auto _ : state) {
    size_t numbers = 0;
    for (const auto& f : files)
      if (f.tables)
        for (const auto& t : *f.tables)
          for (const auto& r : t.rows)
            for (size_t c = 0; c < r.values.size(); ++c) numbers += r.values[c].kind != sakip::ValueKind::Empty;
    benchmark::DoNotOptimize(numbers);
  }
}

BENCHMARK(BM_Reference_OnePassOverValues)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_All)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Sum)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Pct)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Shift)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Range)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Grade)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Format)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rules_Xref)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
