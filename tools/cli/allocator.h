// The memory allocator of the command-line tool. Release builds link jemalloc (Debian
// libjemalloc-dev) and ask it for transparent huge pages on all its memory: `check` on a
// 200,000-row workbook touches ~350 MiB of fresh memory, and on the benchmark VM each fresh
// 4 KiB page is a ~10 us paravirtual fault (47,000 of them were a third of the run with glibc
// malloc; docs/benchmarks.md, "check", session 4). Sanitizer and fuzz builds keep the system
// allocator (ASan replaces it). The library (sakip_core) does not choose: a program embedding it
// keeps its own allocator.
#pragma once
#include <string>

namespace sakip::cli {

// "jemalloc 5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c (huge pages: always)" or "system malloc".
std::string allocator_description();

}  // namespace sakip::cli
