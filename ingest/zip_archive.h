// A zip container read through libzip, streamed part by part, with zip-bomb guards:
// the inflated bytes of each part are counted as they arrive, against the size and ratio caps.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/limits.h"

struct zip;

namespace sakip {

class ZipArchive {
 public:
  // Throws ReadError (NotAZip, CorruptZip, Unreadable).
  ZipArchive(const std::string& path, const ReadLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Part names as stored. Lookups are case-insensitive, as OPC requires; a leading '/' is ignored.
  const std::vector<std::string>& names() const { return names_; }
  bool has(std::string_view name) const;
  // The inflated size the directory declares for a part (0 when absent or unknown). Untrusted:
  // a hint for reserving memory, never a bound (stream() counts the real bytes).
  uint64_t declared_size(std::string_view name) const;

  using Sink = std::function<void(const char* data, size_t size)>;
  // Inflates the part in chunks into `sink`. Throws ReadError: MissingPart, CorruptZip,
  // LimitExceeded (part size, ratio, or the archive-wide inflated total).
  void stream(std::string_view name, const Sink& sink);
  // The same as stream(), but a second thread inflates the part while `sink` runs on the
  // caller's thread, through a bounded queue of `buffers` buffers of `buffer_bytes` each (the
  // only extra memory). The caps are checked on the inflating thread before a chunk is queued,
  // so `sink` sees exactly the chunks stream() would give it, and then the same ReadError,
  // rethrown on the caller's thread. If `sink` throws, the inflating thread is stopped and
  // joined before the exception leaves. A part the directory declares smaller than one buffer
  // is read by stream() on the caller's thread. For large parts (worksheets): inflating is
  // about half the time of reading one.
  void stream_overlapped(std::string_view name, const Sink& sink, size_t buffer_bytes = 1 << 20,
                         size_t buffers = 3);
  // The whole part as a string (for small parts such as workbook.xml).
  std::string read_all(std::string_view name);
  // The archive-wide inflated byte count, saved and restored by a reader that streams a part a
  // second time (the xlsx worksheet fallback), so a re-read does not count twice.
  uint64_t inflated_total() const { return inflated_total_; }
  void set_inflated_total(uint64_t n) { inflated_total_ = n; }

 private:
  int64_t locate(std::string_view name) const;
  class PartReader;
  PartReader open(std::string_view name);
  zip* zip_ = nullptr;
  std::string path_;
  ReadLimits limits_;
  std::vector<std::string> names_;
  uint64_t inflated_total_ = 0;
};

}  // namespace sakip
