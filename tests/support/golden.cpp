#include "tests/support/golden.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "ingest/cell_ref.h"
#include "tests/support/paths.h"

namespace sakip::test {

std::vector<std::string> json_files(const std::string& fixture_subdir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  const fs::path dir = fixture(fixture_subdir);
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool cell_in_range(std::string_view cell, std::string_view range) {
  const auto c = parse_a1(cell.substr(0, cell.find(':')));
  const auto r = parse_range(range);
  if (!c || !r) return false;
  return c->row >= r->first.row && c->row <= r->last.row && c->col >= r->first.col && c->col <= r->last.col;
}

int column_of(std::string_view ref) {
  const size_t bang = ref.rfind('!');
  if (bang != std::string_view::npos) ref.remove_prefix(bang + 1);
  size_t n = 0;
  while (n < ref.size() && std::isalpha(static_cast<unsigned char>(ref[n]))) ++n;
  const auto col = column_from_letters(ref.substr(0, n));
  return col ? static_cast<int>(*col) : -1;
}

}  // namespace sakip::test
