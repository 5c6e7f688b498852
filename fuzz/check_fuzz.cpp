// Fuzz target: the whole `check` pipeline on one file of any format, as a library:
// read_workbook (sniffing by content) -> recognize_tables -> run_rules with the default
// configuration, then every finding is summarised. Only ReadError is an accepted outcome.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/table.h"
#include "rules/config.h"
#include "rules/finding.h"
#include "rules/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = sakip::fuzz::scratch_path(".bin");
  static const sakip::Config cfg = sakip::Config::defaults();
  sakip::fuzz::write_file(path, data, size);
  sakip::ReadOptions opt;
  opt.limits = sakip::fuzz::fuzz_limits();
  try {
    const sakip::Workbook wb = sakip::read_workbook(path, opt);
    const std::vector<sakip::Table> tables = sakip::recognize_tables(wb);
    for (const auto& t : tables) {
      if (t.sheet_index >= wb.sheets.size()) __builtin_trap();  // a table on a sheet that is not there
    }
    const std::vector<sakip::FileTables> files = {sakip::FileTables{"fuzz.bin", 0, wb.format, &tables}};
    const std::vector<sakip::Finding> findings = sakip::run_rules(files, cfg, sakip::RuleFilter{});
    (void)sakip::summarize(findings);
  } catch (const sakip::ReadError&) {
  }
  return 0;
}
