// Reads one xlsx file and prints its cell count: for tools/bench_xlsx.sh, to time the worksheet
// scanner against the expat-only path (--reference) in the same run, without the CLI around it.
// Usage: xlsx_read_once FILE.xlsx [--reference] [--stats]   (--stats: string pool size too)
#include <cstdio>
#include <cstring>

#include "ingest/read_error.h"
#include "ingest/reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: xlsx_read_once FILE.xlsx [--reference]\n");
    return 64;
  }
  sakip::ReadOptions opt;
  bool stats = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reference") == 0) opt.reference_xml_parser = true;
    else if (std::strcmp(argv[i], "--stats") == 0) stats = true;
  }
  try {
    const sakip::Workbook wb = sakip::read_xlsx(argv[1], opt);
    std::printf("%zu\n", wb.cell_count());
    if (stats) std::printf("strings %zu, string bytes %zu\n", wb.strings.size(), wb.strings.bytes());
  } catch (const sakip::ReadError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 3;
  }
  return 0;
}
