// Transparent huge pages for large fresh buffers (cell chunks, the string pool): one page fault
// per 2 MiB instead of 512 -- page faults were a fifth of reading a 200k-row sheet on a VM where
// each fault is expensive (docs/benchmarks.md, xlsx reader).
#pragma once
#include <cstddef>

namespace sakip {

// Asks the kernel to back the 2 MiB-aligned interior of [p, p + bytes) with transparent huge
// pages. Advice only: ignored where unsupported or too small.
void advise_huge_pages(void* p, size_t bytes);

// Memory straight from the kernel, given back the moment it is freed whatever malloc's
// heuristics (glibc serves blocks below its moving mmap threshold from the heap, where a freed
// block in the middle stays resident): for large short-lived buffers whose release must lower
// the peak. Huge pages are asked for. Throws std::bad_alloc.
void* map_pages(size_t bytes);
// The content of [p, p + bytes) is not needed any more: its whole pages go back to the kernel
// now instead of when the block is freed (they read as zeros if touched again). Lowers the peak
// while a large buffer is copied into its successor.
void release_pages(void* p, size_t bytes);
void unmap_pages(void* p, size_t bytes);

}  // namespace sakip
