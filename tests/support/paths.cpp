#include "tests/support/paths.h"

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace sakip::test {

std::string source_dir() { return SAKIP_SOURCE_DIR; }

std::string fixture(const std::string& rel) { return source_dir() + "/fixtures/" + rel; }

std::string realdata_dir() {
  if (const char* env = std::getenv("SAKIP_REALDATA")) return env;
  const auto p = std::filesystem::path(source_dir()).parent_path() / "shared" / "realdata";
  return std::filesystem::is_directory(p) ? p.string() : std::string();
}

std::vector<std::string> realdata_files() {
  std::vector<std::string> out;
  const std::string dir = realdata_dir();
  if (dir.empty()) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string sakipcheck_binary() { return std::string(SAKIP_BINARY_DIR) + "/sakipcheck"; }

int run(const std::string& command, std::string* out) {
  FILE* p = popen(command.c_str(), "r");
  if (!p) return -1;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) {
    if (out) out->append(buf.data(), n);
  }
  const int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace sakip::test
