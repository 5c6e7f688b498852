// Where `sakipcheck check` spends its time on one file (issue 6): each stage of the pipeline
// timed on its own, with CPU time, the minor page faults it took and the resident size after
// it. On the benchmark VM a fresh 4 KiB page costs ~10 us (the fault is a paravirtual exit), so
// faults are time; the figure tells a stage that allocates from one that computes.
//   build/check_stages /tmp/dpa200k.xlsx [--one-thread]
// Stages: read (read_workbook), grid + find (SheetGrid, find_tables of the first sheet, timed
// apart for information; recognize does them again), recognize (recognize_tables, everything),
// rules (run_rules, all rules, default config), free (the tables and the workbook destroyed).
// The report is not timed here: `check`'s total minus these stages is its share.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/sheet_grid.h"
#include "ingest/table.h"
#include "ingest/table_finder.h"
#include "rules/config.h"
#include "rules/rule.h"

namespace {

struct Mark {
  double wall = 0, cpu = 0;
  long faults = 0;
};

Mark now() {
  Mark m;
  m.wall = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  m.cpu = static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  m.faults = u.ru_minflt;
  return m;
}

long rss_mib() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * 4 / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: check_stages FILE [--one-thread]\n");
    return 64;
  }
  sakip::RecognizeOptions ro;
  for (int i = 2; i < argc; ++i)
    if (std::strcmp(argv[i], "--one-thread") == 0) ro.two_threads = false;
  Mark last = now();
  Mark total = last;
  auto lap = [&](const char* name) {
    const Mark m = now();
    std::printf("%-10s wall %.3f s  cpu %.3f s  faults %7ld  rss %4ld MiB\n", name, m.wall - last.wall,
                m.cpu - last.cpu, m.faults - last.faults, rss_mib());
    last = now();
  };
  try {
    auto wb_owner = std::make_unique<sakip::Workbook>(sakip::read_workbook(argv[1]));
    const sakip::Workbook& wb = *wb_owner;
    lap("read");
    if (!wb.sheets.empty()) {
      const sakip::SheetGrid grid(wb, wb.sheets[0]);
      lap("grid");
      const auto drafts = sakip::find_tables(grid);
      lap("find");
    }
    auto tables_owner = std::make_unique<std::vector<sakip::Table>>(sakip::recognize_tables(wb, ro));
    const std::vector<sakip::Table>& tables = *tables_owner;
    lap("recognize");
    std::vector<sakip::FileTables> files(1);
    files[0].file = argv[1];
    files[0].format = wb.format;
    files[0].tables = &tables;
    const auto findings = sakip::run_rules(files, sakip::Config::defaults(), sakip::RuleFilter{});
    lap("rules");
    size_t rows = 0;
    for (const auto& t : tables) rows += t.rows.size();
    std::printf("tables %zu, rows %zu, findings %zu\n", tables.size(), rows, findings.size());
    last = now();
    tables_owner.reset();
    wb_owner.reset();
    lap("free");
  } catch (const sakip::ReadError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 3;
  }
  const Mark m = now();
  std::printf("%-10s wall %.3f s  cpu %.3f s  faults %7ld (grid and find counted twice)\n", "total",
              m.wall - total.wall, m.cpu - total.cpu, m.faults - total.faults);
  return 0;
}
