// Reads one xlsx file and prints its cell count: for tools/bench_xlsx.sh, to time the worksheet
// scanner against the expat-only path (--reference) in the same run, without the CLI around it.
// Usage: xlsx_read_once FILE.xlsx [--reference]
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
  opt.reference_xml_parser = argc > 2 && std::strcmp(argv[2], "--reference") == 0;
  try {
    const sakip::Workbook wb = sakip::read_xlsx(argv[1], opt);
    std::printf("%zu\n", wb.cell_count());
  } catch (const sakip::ReadError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 3;
  }
  return 0;
}
