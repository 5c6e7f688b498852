#include "tools/cli/allocator.h"

#include <cstddef>

#ifdef SAKIP_JEMALLOC
// Read by jemalloc at its first allocation (its documented compile-time configuration):
// every extent advised MADV_HUGEPAGE (the kernel's THP mode here is `madvise`), jemalloc's own
// metadata too. Freed memory stays with the process for reuse (jemalloc's decay), so a buffer
// freed and allocated again is not faulted in again either.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always";
int mallctl(const char* name, void* oldp, size_t* oldlenp, void* newp, size_t newlen);
}
#endif

namespace sakip::cli {

std::string allocator_description() {
#ifdef SAKIP_JEMALLOC
  const char* version = nullptr;
  const char* thp = nullptr;
  size_t len = sizeof(const char*);
  if (mallctl("version", &version, &len, nullptr, 0) != 0 || !version) return "jemalloc (version unknown)";
  len = sizeof(const char*);
  if (mallctl("opt.thp", &thp, &len, nullptr, 0) != 0 || !thp) thp = "unknown";
  std::string out = "jemalloc ";
  out += version;
  out += " (huge pages: ";
  out += thp;
  out += ')';
  return out;
#else
  return "system malloc";
#endif
}

}  // namespace sakip::cli
