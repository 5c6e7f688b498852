#include "ingest/value_text.h"

#include <cstring>

namespace sakip {

char* TextStore::reserve(size_t n) {
  if (n > left_) {
    if (n > next_chunk_ / 4) {
      // A long text gets a chunk of its own; the current chunk keeps its free space.
      chunks_.push_back(std::make_unique_for_overwrite<char[]>(n));
      bytes_ += n;
      return chunks_.back().get();
    }
    chunks_.push_back(std::make_unique_for_overwrite<char[]>(next_chunk_));
    cur_ = chunks_.back().get();
    left_ = next_chunk_;
    if (next_chunk_ < kMaxChunk) next_chunk_ *= 2;
  }
  char* p = cur_;
  cur_ += n;
  left_ -= n;
  bytes_ += n;
  return p;
}

void TextStore::absorb(TextStore& other) {
  for (auto& c : other.chunks_) chunks_.push_back(std::move(c));
  bytes_ += other.bytes_;
  other.chunks_.clear();
  other.cur_ = nullptr;
  other.left_ = 0;
  other.bytes_ = 0;
}

std::string_view TextStore::add(std::string_view s) {
  if (s.empty()) return {};
  char* p = reserve(s.size());
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

std::string_view TextStore::join(std::string_view a, std::string_view sep, std::string_view b) {
  const size_t n = a.size() + sep.size() + b.size();
  if (n == 0) return {};
  char* p = reserve(n);
  if (!a.empty()) std::memcpy(p, a.data(), a.size());
  if (!sep.empty()) std::memcpy(p + a.size(), sep.data(), sep.size());
  if (!b.empty()) std::memcpy(p + a.size() + sep.size(), b.data(), b.size());
  return {p, n};
}

}  // namespace sakip
