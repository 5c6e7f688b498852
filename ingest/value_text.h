// Storage for the texts typed values view (Value::original, a quantity's unit): append-only,
// in large chunks, so typing a million cells does not allocate per cell. A chunk never moves
// once written, so the views stay valid for the store's whole life, however the owner (a Table,
// which holds its store by shared_ptr) is moved or copied.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace sakip {

class TextStore {
 public:
  TextStore() = default;
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  // A stable copy of `s` (an empty view for an empty `s`).
  std::string_view add(std::string_view s);
  // The concatenation of the parts, stored once.
  std::string_view join(std::string_view a, std::string_view sep, std::string_view b);
  size_t bytes() const { return bytes_; }
  // Takes over `other`'s texts (their views stay valid, now kept alive by this store): a second
  // thread types into its own store, merged after.
  void absorb(TextStore& other);

 private:
  char* reserve(size_t n);

  // Chunks grow from 4 KiB (a small table, a one-off value) to 256 KiB.
  static constexpr size_t kFirstChunk = 4 * 1024, kMaxChunk = 256 * 1024;
  size_t next_chunk_ = kFirstChunk;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
  size_t bytes_ = 0;
};

}  // namespace sakip
