#include "ingest/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

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

uint64_t ZipArchive::declared_size(std::string_view name) const {
  const int64_t index = locate(name);
  if (index < 0) return 0;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0) return 0;
  return (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
}

// One part opened for reading: inflates into the caller's buffer and counts every byte
// against the caps, before the bytes are handed on.
class ZipArchive::PartReader {
 public:
  PartReader(zip_file_t* f, std::string name, uint64_t compressed, const ReadLimits& limits,
             uint64_t& inflated_total)
      : f_(f), name_(std::move(name)), compressed_(compressed), limits_(limits), inflated_total_(inflated_total) {}
  PartReader(PartReader&& o) noexcept
      : f_(std::exchange(o.f_, nullptr)), name_(std::move(o.name_)), compressed_(o.compressed_),
        limits_(o.limits_), inflated_total_(o.inflated_total_), part_total_(o.part_total_),
        pending_(std::move(o.pending_)) {}
  PartReader(const PartReader&) = delete;
  ~PartReader() {
    if (f_) zip_fclose(f_);
  }

  // Fills up to `cap` bytes; 0 at the end of the part. Throws ReadError (CorruptZip,
  // LimitExceeded).
  // The bytes before a failing step are returned first and the error thrown by the next call,
  // so a sink sees the same bytes before the error whatever the buffer size.
  size_t read(char* buf, size_t cap) {
    if (pending_) std::rethrow_exception(std::exchange(pending_, nullptr));
    size_t filled = 0;
    try {
      while (filled < cap) {
        const zip_int64_t got = zip_fread(f_, buf + filled, std::min<size_t>(cap - filled, kStep));
        if (got < 0) throw ReadError(ReadErrorCode::CorruptZip, name_);
        if (got == 0) break;
        count(static_cast<uint64_t>(got));
        filled += static_cast<size_t>(got);
      }
    } catch (const ReadError&) {
      if (filled == 0) throw;
      pending_ = std::current_exception();
    }
    return filled;
  }

 private:
  // Caps checked every 64 KiB, as stream() always did: a bomb is stopped within one step.
  static constexpr size_t kStep = 1 << 16;

  void count(uint64_t got) {
    part_total_ += got;
    inflated_total_ += got;
    if (part_total_ > limits_.max_part_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded, name_ + " > " + std::to_string(limits_.max_part_bytes) + " B");
    if (inflated_total_ > limits_.max_inflated_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded, "inflated > " + std::to_string(limits_.max_inflated_bytes) + " B");
    if (part_total_ > (1u << 20) && compressed_ > 0 && part_total_ / compressed_ > limits_.max_ratio)
      throw ReadError(ReadErrorCode::LimitExceeded, name_ + " ratio > " + std::to_string(limits_.max_ratio));
  }

  zip_file_t* f_;
  std::string name_;
  uint64_t compressed_;
  const ReadLimits& limits_;
  uint64_t& inflated_total_;
  uint64_t part_total_ = 0;
  std::exception_ptr pending_;
};

ZipArchive::PartReader ZipArchive::open(std::string_view name) {
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
  return PartReader(f, std::string(name), compressed, limits_, inflated_total_);
}

void ZipArchive::stream(std::string_view name, const Sink& sink) {
  PartReader part = open(name);
  std::vector<char> buf(1 << 16);
  while (const size_t got = part.read(buf.data(), buf.size())) sink(buf.data(), got);
}

void ZipArchive::stream_overlapped(std::string_view name, const Sink& sink, size_t buffer_bytes,
                                   size_t buffers) {
  buffer_bytes = std::max<size_t>(buffer_bytes, 1);
  buffers = std::max<size_t>(buffers, 2);
  // A part the directory declares to fit in one buffer gains nothing from a thread: read it here.
  // (The declared size is untrusted; a lie only costs the overlap, the caps hold either way.)
  if (declared_size(name) < buffer_bytes) return stream(name, sink);
  // Opened here: a missing, encrypted or unsupported part throws on the caller's thread.
  PartReader part = open(name);

  // The queue: `free` buffers go to the inflater, `full` ones (with their size) to the sink; an
  // empty full entry ends the part, `error` set with it ends it with that exception.
  struct Filled {
    size_t buffer, size;
  };
  std::vector<std::unique_ptr<char[]>> storage(buffers);
  for (auto& b : storage) b.reset(new char[buffer_bytes]);  // not zeroed: inflate fills them
  std::mutex mu;
  std::condition_variable to_inflater, to_sink;
  std::deque<size_t> free;
  std::deque<Filled> full;
  for (size_t i = 0; i < buffers; ++i) free.push_back(i);
  bool stop = false;  // the sink gave up: the inflater must quit
  std::exception_ptr error;

  std::thread inflater([&] {
    for (;;) {
      size_t b = 0;
      {
        std::unique_lock lock(mu);
        to_inflater.wait(lock, [&] { return stop || !free.empty(); });
        if (stop) return;
        b = free.front();
        free.pop_front();
      }
      size_t got = 0;
      std::exception_ptr failed;
      try {
        got = part.read(storage[b].get(), buffer_bytes);
      } catch (...) {
        failed = std::current_exception();
      }
      {
        std::lock_guard lock(mu);
        if (failed) error = failed;
        full.push_back(Filled{b, failed ? 0 : got});
      }
      to_sink.notify_one();
      if (failed || got == 0) return;
    }
  });
  // Stops and joins the inflater on every way out, before the buffers and `part` go.
  struct Joiner {
    std::thread& t;
    std::mutex& mu;
    bool& stop;
    std::condition_variable& cv;
    ~Joiner() {
      {
        std::lock_guard lock(mu);
        stop = true;
      }
      cv.notify_one();
      t.join();
    }
  } joiner{inflater, mu, stop, to_inflater};

  for (;;) {
    Filled f{};
    std::exception_ptr failed;
    {
      std::unique_lock lock(mu);
      to_sink.wait(lock, [&] { return !full.empty(); });
      f = full.front();
      full.pop_front();
      if (f.size == 0) failed = error;
    }
    if (f.size == 0) {
      if (failed) std::rethrow_exception(failed);
      return;
    }
    sink(storage[f.buffer].get(), f.size);
    {
      std::lock_guard lock(mu);
      free.push_back(f.buffer);
    }
    to_inflater.notify_one();
  }
}

std::string ZipArchive::read_all(std::string_view name) {
  std::string out;
  stream(name, [&](const char* d, size_t n) { out.append(d, n); });
  return out;
}

}  // namespace sakip
