#include "ingest/ole_container.h"

#include <cstring>

#include "ingest/read_error.h"

namespace sakip {

namespace {

constexpr uint32_t kEndOfChain = 0xFFFFFFFEu;
constexpr uint32_t kFreeSect = 0xFFFFFFFFu;
constexpr uint32_t kMaxRegSect = 0xFFFFFFFAu;

[[noreturn]] void corrupt(const std::string& what) {
  throw ReadError(ReadErrorCode::CorruptXls, "cfb: " + what);
}

uint16_t u16(std::string_view b, size_t off) {
  if (off + 2 > b.size()) corrupt("truncated");
  return static_cast<uint16_t>(static_cast<unsigned char>(b[off]) |
                               (static_cast<unsigned char>(b[off + 1]) << 8));
}

uint32_t u32(std::string_view b, size_t off) {
  if (off + 4 > b.size()) corrupt("truncated");
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[off + i]);
  return v;
}

bool iequal_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

OleContainer::OleContainer(std::string_view bytes) : bytes_(bytes) {
  static const char kSig[8] = {'\xD0', '\xCF', '\x11', '\xE0', '\xA1', '\xB1', '\x1A', '\xE1'};
  if (bytes_.size() < 512 || std::memcmp(bytes_.data(), kSig, 8) != 0) corrupt("no header");
  if (u16(bytes_, 0x1C) != 0xFFFE) corrupt("byte order");
  const uint16_t shift = u16(bytes_, 0x1E);
  if (shift != 9 && shift != 12) corrupt("sector size");
  sector_size_ = 1u << shift;
  const uint16_t mini_shift = u16(bytes_, 0x20);
  if (mini_shift != 6) corrupt("mini sector size");
  mini_sector_size_ = 1u << mini_shift;
  mini_cutoff_ = u32(bytes_, 0x38);
  if (mini_cutoff_ != 4096) corrupt("mini stream cutoff");
  // Sector n starts at (n + 1) * sector_size (the header fills sector "-1"). A last sector cut
  // short still counts (writers and truncations leave them); what is missing reads as absent.
  sector_count_ = bytes_.size() <= sector_size_ ? 0 : (bytes_.size() - 1) / sector_size_;

  const uint32_t fat_sectors = u32(bytes_, 0x2C);
  const uint32_t first_dir = u32(bytes_, 0x30);
  const uint32_t first_mini_fat = u32(bytes_, 0x3C);
  const uint32_t mini_fat_sectors = u32(bytes_, 0x40);
  uint32_t difat_next = u32(bytes_, 0x44);
  const uint32_t difat_sectors = u32(bytes_, 0x48);
  if (fat_sectors > sector_count_) corrupt("fat sector count");
  if (difat_sectors > sector_count_) corrupt("difat sector count");

  // The FAT sector list: 109 entries in the header, then the DIFAT chain.
  std::vector<uint32_t> fat_ids;
  fat_ids.reserve(fat_sectors);
  for (uint32_t i = 0; i < 109 && fat_ids.size() < fat_sectors; ++i) {
    fat_ids.push_back(u32(bytes_, 0x4C + 4 * i));
  }
  {
    std::vector<bool> seen(sector_count_, false);
    uint32_t walked = 0;
    const uint32_t per = sector_size_ / 4 - 1;
    while (fat_ids.size() < fat_sectors) {
      if (difat_next > kMaxRegSect || difat_next >= sector_count_) corrupt("difat chain");
      if (seen[difat_next] || ++walked > difat_sectors) corrupt("difat chain cycle");
      seen[difat_next] = true;
      std::string_view s = sector(difat_next);
      for (uint32_t i = 0; i < per && fat_ids.size() < fat_sectors; ++i) fat_ids.push_back(u32(s, 4 * i));
      difat_next = u32(s, 4 * per);
    }
  }
  fat_.reserve(static_cast<size_t>(fat_ids.size()) * (sector_size_ / 4));
  for (uint32_t id : fat_ids) {
    std::string_view s = sector(id);
    for (uint32_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(u32(s, 4 * i));
  }

  // The directory: 128-byte entries along the FAT chain.
  const std::string dir = read_chain(first_dir, UINT64_MAX, false);
  for (size_t off = 0; off + 128 <= dir.size(); off += 128) {
    Entry e;
    const uint16_t name_bytes = u16(dir, off + 0x40);
    e.type = static_cast<uint8_t>(dir[off + 0x42]);
    if (e.type == 0) {
      entries_.push_back(std::move(e));  // unused slot: keep indices stable
      continue;
    }
    const size_t chars = name_bytes >= 2 && name_bytes <= 64 ? name_bytes / 2 - 1 : 0;
    for (size_t i = 0; i < chars; ++i) {
      const uint16_t ch = u16(dir, off + 2 * i);
      e.name.push_back(ch < 0x80 ? static_cast<char>(ch) : '?');
    }
    e.start = u32(dir, off + 0x74);
    e.size = u32(dir, off + 0x78);
    if (sector_size_ == 4096) e.size |= static_cast<uint64_t>(u32(dir, off + 0x7C)) << 32;
    entries_.push_back(std::move(e));
  }
  if (entries_.empty() || entries_[0].type != 5) corrupt("no root entry");

  // The mini FAT and the mini stream (held by the root entry), for streams under the cutoff.
  if (mini_fat_sectors > 0 && first_mini_fat != kEndOfChain) {
    const std::string mf = read_chain(first_mini_fat, UINT64_MAX, false);
    mini_fat_.reserve(mf.size() / 4);
    for (size_t i = 0; i + 4 <= mf.size(); i += 4) mini_fat_.push_back(u32(mf, i));
    if (entries_[0].start != kEndOfChain && entries_[0].size > 0)
      mini_stream_ = read_chain(entries_[0].start, entries_[0].size, false);
  }
}

std::string_view OleContainer::sector(uint32_t id) const {
  if (id >= sector_count_) corrupt("sector beyond end of file");
  return bytes_.substr((static_cast<uint64_t>(id) + 1) * sector_size_, sector_size_);  // may be short
}

std::string OleContainer::read_chain(uint32_t start, uint64_t size, bool mini) const {
  const std::vector<uint32_t>& fat = mini ? mini_fat_ : fat_;
  const uint32_t unit = mini ? mini_sector_size_ : sector_size_;
  const uint64_t units_available =
      mini ? mini_stream_.size() / mini_sector_size_ : sector_count_;
  // A declared size larger than the file can hold is a lie: refuse before allocating.
  if (size != UINT64_MAX && size > units_available * unit) corrupt("stream larger than file");
  std::string out;
  if (size != UINT64_MAX) out.reserve(size);
  std::vector<bool> seen(units_available, false);
  uint32_t id = start;
  while (id != kEndOfChain) {
    if (size != UINT64_MAX && out.size() >= size) break;
    if (id > kMaxRegSect || id >= units_available || id >= fat.size()) {
      if (id == kFreeSect && size == UINT64_MAX) break;
      corrupt(mini ? "mini chain" : "fat chain");
    }
    if (seen[id]) corrupt(mini ? "mini chain cycle" : "fat chain cycle");
    seen[id] = true;
    if (mini) {
      out.append(mini_stream_, static_cast<size_t>(id) * unit, unit);
    } else {
      out.append(sector(id));
    }
    id = fat[id];
  }
  if (size != UINT64_MAX) {
    if (out.size() < size) corrupt("stream shorter than declared");
    out.resize(size);
  }
  return out;
}

std::optional<std::string> OleContainer::stream(std::string_view name) const {
  for (const Entry& e : entries_) {
    if (e.type != 2 || !iequal_ascii(e.name, name)) continue;
    if (e.size == 0) return std::string();
    return read_chain(e.start, e.size, e.size < mini_cutoff_);
  }
  return std::nullopt;
}

}  // namespace sakip
