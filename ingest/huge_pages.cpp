#include "ingest/huge_pages.h"

#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace sakip {

#if defined(__linux__)
namespace {
// Gives `advice` for the whole `page`-aligned pages strictly inside [p, p + bytes) (never a
// partial page at either end: it may hold someone else's bytes, e.g. an allocator's header).
void advise_interior(void* p, size_t bytes, uintptr_t page, int advice) {
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + page - 1) & ~(page - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(page - 1);
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, advice);
}
}  // namespace
#endif

void advise_huge_pages(void* p, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  advise_interior(p, bytes, uintptr_t{1} << 21, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

void* map_pages(size_t bytes) {
#if defined(__linux__)
  void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  advise_huge_pages(p, bytes);
  return p;
#else
  return ::operator new(bytes);
#endif
}

void release_pages(void* p, size_t bytes) {
#if defined(__linux__) && defined(MADV_DONTNEED)
  advise_interior(p, bytes, 4096, MADV_DONTNEED);
#else
  (void)p;
  (void)bytes;
#endif
}

void unmap_pages(void* p, size_t bytes) {
  if (!p) return;
#if defined(__linux__)
  ::munmap(p, bytes);
#else
  (void)bytes;
  ::operator delete(p);
#endif
}

}  // namespace sakip
