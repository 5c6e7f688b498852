#include "ingest/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ingest/read_error.h"

namespace sakip {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A file whose first bytes are a well-formed local file header (known compression method, a
// printable part name) is a zip that lost its end (truncated download, cut copy): libzip then
// finds no central directory. Anything else with a bad directory is not a zip at all.
bool starts_with_local_header(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  unsigned char h[30 + 64];
  const size_t got = std::fread(h, 1, sizeof h, f);
  std::fclose(f);
  if (got < 30 || h[0] != 'P' || h[1] != 'K' || h[2] != 3 || h[3] != 4) return false;
  const unsigned method = h[8] | (h[9] << 8);
  const unsigned name_len = h[26] | (h[27] << 8);
  if (method != 0 && method != 8 && method != 9 && method != 12 && method != 14 && method != 93 && method != 95)
    return false;
  if (name_len == 0 || name_len > 1024) return false;
  for (size_t i = 30; i < std::min<size_t>(got, 30 + name_len); ++i) {
    if (h[i] < 0x20 || h[i] == 0x7F) return false;
  }
  return true;
}

std::string_view strip_slash(std::string_view s) {
  while (!s.empty() && s.front() == '/') s.remove_prefix(1);
  return s;
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path, const ReadLimits& limits)
    : path_(path), limits_(limits) {
  int err = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!zip_) {
    switch (err) {
      case ZIP_ER_NOZIP:
        if (starts_with_local_header(path)) throw ReadError(ReadErrorCode::CorruptZip, "no central directory (truncated?)");
        throw ReadError(ReadErrorCode::NotAZip, "");
      case ZIP_ER_OPEN:
      case ZIP_ER_READ: throw ReadError(ReadErrorCode::Unreadable, "");
      case ZIP_ER_NOENT: throw ReadError(ReadErrorCode::NotFound, "");
      default: {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        std::string msg = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        throw ReadError(ReadErrorCode::CorruptZip, msg);
      }
    }
  }
  const zip_int64_t n = zip_get_num_entries(zip_, 0);
  if (n < 0) throw ReadError(ReadErrorCode::CorruptZip, "central directory");
  names_.reserve(static_cast<size_t>(std::min<zip_int64_t>(n, 100000)));
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    names_.emplace_back(name ? name : "");
  }
}

ZipArchive::~ZipArchive() {
  if (zip_) zip_discard(zip_);
}

int64_t ZipArchive::locate(std::string_view name) const {
  const std::string want = lower(strip_slash(name));
  for (size_t i = 0; i < names_.size(); ++i) {
    if (lower(strip_slash(names_[i])) == want) return static_cast<int64_t>(i);
  }
  return -1;
}

bool ZipArchive::has(std::string_view name) const { return locate(name) >= 0; }

void ZipArchive::stream(std::string_view name, const Sink& sink) {
  const int64_t index = locate(name);
  if (index < 0) throw ReadError(ReadErrorCode::MissingPart, std::string(strip_slash(name)));
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    throw ReadError(ReadErrorCode::CorruptZip, std::string(name));
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw ReadError(ReadErrorCode::Encrypted, std::string(name));
  const uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  zip_file_t* f = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
  if (!f) {
    const int ze = zip_error_code_zip(zip_get_error(zip_));
    if (ze == ZIP_ER_COMPNOTSUPP || ze == ZIP_ER_ENCRNOTSUPP)
      throw ReadError(ReadErrorCode::Unsupported, std::string(name));
    throw ReadError(ReadErrorCode::CorruptZip, std::string(name));
  }
  struct Closer {
    zip_file_t* f;
    ~Closer() { zip_fclose(f); }
  } closer{f};
  std::vector<char> buf(1 << 16);
  uint64_t part_total = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(f, buf.data(), buf.size());
    if (got < 0) throw ReadError(ReadErrorCode::CorruptZip, std::string(name));
    if (got == 0) break;
    part_total += static_cast<uint64_t>(got);
    inflated_total_ += static_cast<uint64_t>(got);
    if (part_total > limits_.max_part_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      std::string(name) + " > " + std::to_string(limits_.max_part_bytes) + " B");
    if (inflated_total_ > limits_.max_inflated_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      "inflated > " + std::to_string(limits_.max_inflated_bytes) + " B");
    if (part_total > (1u << 20) && compressed > 0 && part_total / compressed > limits_.max_ratio)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      std::string(name) + " ratio > " + std::to_string(limits_.max_ratio));
    sink(buf.data(), static_cast<size_t>(got));
  }
}

std::string ZipArchive::read_all(std::string_view name) {
  std::string out;
  stream(name, [&](const char* d, size_t n) { out.append(d, n); });
  return out;
}

}  // namespace sakip
