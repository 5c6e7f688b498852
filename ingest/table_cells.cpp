#include "ingest/table_cells.h"

#include <algorithm>
#include <new>

#include "ingest/huge_pages.h"
#include "ingest/two_threads.h"

namespace sakip {

namespace {
// From here on a block is mapped (huge pages); below it, malloc's heap serves it.
constexpr size_t kMapFrom = size_t{1} << 20;

// Default-constructs p[0, n) (T() does not throw). A large block is first touched here, and
// fresh pages are what typing costs most on a VM: two threads take the faults of a whole
// table's cells.
template <class T>
void construct(T* p, size_t n) {
  constexpr size_t kSlice = size_t{1} << 16;
  if (n >= 2 * kSlice) {
    for_each_on_two_threads((n + kSlice - 1) / kSlice, [&](size_t k, int) {
      for (size_t i = k * kSlice, e = std::min(n, i + kSlice); i < e; ++i) new (p + i) T();
    });
  } else {
    for (size_t i = 0; i < n; ++i) new (p + i) T();
  }
}
}  // namespace

void* TableCells::allocate(size_t bytes, Block& b) {
  b.bytes = bytes;
  if (bytes >= kMapFrom) {
    b.p = map_pages(bytes);
    b.mapped = true;
  } else {
    b.p = ::operator new(bytes, std::align_val_t{alignof(Value)});
  }
  return b.p;
}

std::span<Value> TableCells::values(size_t n) {
  if (n == 0) return {};
  blocks_.reserve(blocks_.size() + 1);  // no throw between allocation and bookkeeping
  Block b;
  Value* v = static_cast<Value*>(allocate(n * sizeof(Value), b));
  construct(v, n);
  b.count = n;
  blocks_.push_back(b);
  return {v, n};
}

std::span<CellRef> TableCells::refs(size_t n) {
  if (n == 0) return {};
  blocks_.reserve(blocks_.size() + 1);
  Block b;
  CellRef* r = static_cast<CellRef*>(allocate(n * sizeof(CellRef), b));
  construct(r, n);
  blocks_.push_back(b);
  return {r, n};
}

TableCells::~TableCells() {
  for (Block& b : blocks_) {
    Value* v = static_cast<Value*>(b.p);
    for (size_t i = 0; i < b.count; ++i) v[i].~Value();
    if (b.mapped) unmap_pages(b.p, b.bytes);
    else ::operator delete(b.p, std::align_val_t{alignof(Value)});
  }
}

}  // namespace sakip
