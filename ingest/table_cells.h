// Storage for the typed values and cell references of a table's rows: a few large blocks
// instead of two heap vectors per row. Typing a 200,000-row sheet allocated 400,000 small
// vectors, and malloc plus the page faults of their fresh heap pages were a third of
// `sakipcheck check` (docs/benchmarks.md, check). A block never moves once handed out, so a
// Row's spans stay valid for the store's whole life however the owning Table is moved or
// copied (a Table holds its store by shared_ptr, like its TextStore).
#pragma once
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include "ingest/cell_ref.h"
#include "ingest/value.h"

namespace sakip {

class TableCells {
 public:
  TableCells() = default;
  TableCells(const TableCells&) = delete;
  TableCells& operator=(const TableCells&) = delete;
  ~TableCells();

  // `n` empty values / references in stable memory. Large requests (a whole table's cells at
  // once) are mapped straight from the kernel with transparent huge pages asked for.
  std::span<Value> values(size_t n);
  std::span<CellRef> refs(size_t n);

 private:
  struct Block {
    void* p = nullptr;
    size_t bytes = 0;
    size_t count = 0;   // Values constructed in it (0 for a block of refs)
    bool mapped = false;
  };
  void* allocate(size_t bytes, Block& b);
  std::vector<Block> blocks_;
};

}  // namespace sakip
