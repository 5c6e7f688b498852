// Helpers shared by the fuzz targets (not a target itself: no _fuzz.cpp suffix).
// Readers take a path, so each input is written to a per-process file in /dev/shm (RAM).
#pragma once
#include <unistd.h>
#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/limits.h"

namespace sakip::fuzz {

inline std::string scratch_path(const char* ext) {
  const char* dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return std::string(dir) + "/sakip_fuzz_" + std::to_string(::getpid()) + ext;
}

inline void write_file(const std::string& path, const uint8_t* data, size_t size) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error("fuzz: cannot write " + path);
  if (size) std::fwrite(data, 1, size, f);
  std::fclose(f);
}

// A zip with the given (name, contents) entries, deflated, written with libzip.
inline void write_zip(const std::string& path, const std::vector<std::pair<std::string, std::string_view>>& entries) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("fuzz: zip_open");
  for (const auto& [name, body] : entries) {
    zip_source_t* src = zip_source_buffer(z, body.data(), body.size(), 0);
    if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) < 0) {
      if (src) zip_source_free(src);
      zip_discard(z);
      throw std::runtime_error("fuzz: zip_file_add");
    }
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    throw std::runtime_error("fuzz: zip_close");
  }
}

// Caps low enough that one input cannot eat the fuzzer's 2 GB RSS budget or its 10 s timeout,
// high enough that every code path (including the caps themselves) is reachable.
inline ReadLimits fuzz_limits() {
  ReadLimits l;
  l.max_inflated_bytes = 64u << 20;
  l.max_part_bytes = 32u << 20;
  l.max_cells = 200'000;  // 2M cells from a 700-byte ods costs >10 s under ASan: by design, not a hang
  l.max_strings = 1'000'000;
  l.max_string_bytes = 64u << 20;
  l.max_merges = 100'000;
  return l;
}

}  // namespace sakip::fuzz
