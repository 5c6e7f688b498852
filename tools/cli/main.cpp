// sakipcheck: reads the spreadsheets of Indonesian regional performance and budget
// accountability (LKIP appendices, Renstra, PK, DPA) and reports where the numbers contradict
// each other, cell by cell.
#include <cstring>
#include <iostream>
#include <string>

#include "tools/cli/allocator.h"
#include "tools/cli/commands.h"

namespace {

void usage(std::ostream& out) {
  out << "sakipcheck " SAKIP_VERSION "\n"
         "Pemeriksa konsistensi lampiran LKIP, Renstra, PK dan DPA / consistency checker for\n"
         "Indonesian performance and budget spreadsheets.\n\n"
         "Usage: sakipcheck <command> [options]\n\n"
         "Commands:\n"
         "  check FILE|DIR...   check the files given together as one submission\n"
         "  cells FILE          print every non-empty cell the reader sees\n"
         "  tables FILE         print the tables recognised in a workbook\n"
         "  convert FILE...     write clean, typed JSON for each file\n"
         "  rules               list the consistency rules with their ids\n\n"
         "Run 'sakipcheck <command> --help' for the options of a command.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace sakip::cli;
  if (argc < 2) {
    usage(std::cerr);
    return kExitUsage;
  }
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    usage(std::cout);
    return kExitOk;
  }
  if (cmd == "--version") {
    std::cout << "sakipcheck " SAKIP_VERSION "\n" << "allocator: " << allocator_description() << "\n";
    return kExitOk;
  }
  Args args(argv + 2, argv + argc);
  try {
    if (cmd == "cells") return cmd_cells(args);
    if (cmd == "tables") return cmd_tables(args);
    if (cmd == "convert") return cmd_convert(args);
    if (cmd == "check") return cmd_check(args);
    if (cmd == "rules") return cmd_rules(args);
  } catch (const std::bad_alloc&) {
    std::cerr << "sakipcheck: out of memory\n";
    return kExitUnreadable;
  }
  std::cerr << "sakipcheck: unknown command '" << cmd << "'\n\n";
  usage(std::cerr);
  return kExitUsage;
}
