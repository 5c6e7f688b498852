// A read-only, bounded reader for OLE2 / Compound File Binary containers (MS-CFB), the box a
// legacy .xls keeps its "Workbook" stream in, whose BIFF records ingest/biff_records.h reads.
//
// Hardened: every offset and length is checked against the buffer, sector chains are
// cycle-checked and bounded by the number of sectors in the file, and nothing is allocated
// beyond the size of the file itself.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

class OleContainer {
 public:
  // Parses the header, FAT, mini FAT and directory of `bytes` (the whole file, kept by
  // reference: it must outlive this object). Throws ReadError(CorruptXls) with a detail
  // such as "cfb: fat chain cycle".
  explicit OleContainer(std::string_view bytes);

  struct Entry {
    std::string name;  // UTF-16 name narrowed to ASCII ('?' for anything else)
    uint8_t type = 0;  // 1 storage, 2 stream, 5 root
    uint32_t start = 0;
    uint64_t size = 0;
  };
  const std::vector<Entry>& entries() const { return entries_; }

  // The contents of the first stream whose name matches (ASCII case-insensitive), or nullopt
  // when there is none. Throws ReadError(CorruptXls) on a broken chain.
  std::optional<std::string> stream(std::string_view name) const;

 private:
  std::string read_chain(uint32_t start, uint64_t size, bool mini) const;
  std::string_view sector(uint32_t id) const;

  std::string_view bytes_;
  uint32_t sector_size_ = 512;
  uint32_t mini_sector_size_ = 64;
  uint32_t mini_cutoff_ = 4096;
  uint64_t sector_count_ = 0;  // sectors that fit in the file after the header
  std::vector<uint32_t> fat_;
  std::vector<uint32_t> mini_fat_;
  std::string mini_stream_;
  std::vector<Entry> entries_;
};

}  // namespace sakip
