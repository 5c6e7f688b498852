#include "ingest/file_bytes.h"

#include <fstream>

#include "ingest/read_error.h"

namespace sakip {

std::string read_file_bytes(const std::string& path, const ReadLimits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError(ReadErrorCode::Unreadable, path);
  in.seekg(0, std::ios::end);
  const auto size = static_cast<uint64_t>(in.tellg());
  if (size > limits.max_file_bytes)
    throw ReadError(ReadErrorCode::LimitExceeded,
                    std::to_string(size) + " B > " + std::to_string(limits.max_file_bytes) + " B");
  in.seekg(0);
  std::string data(size, '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  data.resize(static_cast<size_t>(in.gcount()));
  return data;
}

}  // namespace sakip
