#include "ingest/kode.h"

#include <array>
#include <cctype>

namespace sakip {

std::string canonical_code(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  canonical_code_into(text, out);
  return out;
}

void canonical_code_into(std::string_view text, std::string& out) {
  out.clear();
  bool digit = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= '0' && u <= '9') {
      out.push_back(c);
      digit = true;
    } else if (c == '.' || c == ',') {
      if (out.empty() || out.back() == '.') continue;  // leading dot, ".." collapsed
      out.push_back('.');
    } else if (c == 'x' || c == 'X') {
      out.push_back('X');
    } else if (!std::isspace(u)) {
      out.clear();
      return;
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (!digit) out.clear();
}

std::string expand_dotless_account(std::string_view digits) {
  static constexpr std::array<int, 6> kWidths = {1, 1, 2, 2, 2, 4};
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return {};
  std::string out;
  size_t pos = 0;
  for (int w : kWidths) {
    if (pos == digits.size()) break;
    if (pos + w > digits.size()) return {};
    if (!out.empty()) out.push_back('.');
    out.append(digits.substr(pos, w));
    pos += w;
  }
  if (pos != digits.size()) return {};
  return out;
}

bool code_is_prefix(std::string_view parent, std::string_view child) {
  return !parent.empty() && child.size() > parent.size() + 1 && child.substr(0, parent.size()) == parent &&
         child[parent.size()] == '.';
}

std::string_view code_parent(std::string_view code) {
  size_t dot = code.rfind('.');
  if (dot == std::string_view::npos) return {};
  return code.substr(0, dot);
}

int code_segments(std::string_view code) {
  if (code.empty()) return 0;
  int n = 1;
  for (char c : code) n += c == '.';
  return n;
}

RowLevel level_from_code_shape(std::string_view code) {
  // The number of segments and the first six segments' lengths (no list of segments: a code's
  // level is asked for every row).
  size_t count = 0;
  std::array<size_t, 6> len{};
  size_t start = 0;
  for (size_t i = 0; i <= code.size(); ++i) {
    if (i < code.size() && code[i] != '.') continue;
    if (count < len.size()) len[count] = i - start;
    ++count;
    start = i + 1;
  }
  if (count < 2 || len[0] != 1) return RowLevel::None;
  if (len[1] == 2) {  // U.BB: urusan/bidang, then program, kegiatan, sub kegiatan
    if (count == 3 && len[2] == 2) return RowLevel::Program;
    if (count == 5 && len[3] == 1 && len[4] == 2) return RowLevel::Kegiatan;
    if (count == 6 && len[3] == 1 && len[4] == 2 && len[5] >= 2 && len[5] <= 4) return RowLevel::SubKegiatan;
    return RowLevel::None;
  }
  if (len[1] == 1 && (code[0] == '4' || code[0] == '5' || code[0] == '6') && count >= 3 && len[2] == 2)
    return RowLevel::Rekening;
  return RowLevel::None;
}

std::pair<std::string, std::string_view> split_leading_code(std::string_view label) {
  size_t i = 0;
  while (i < label.size() && label[i] == ' ') ++i;
  size_t start = i;
  bool dot = false;
  while (i < label.size() && (std::isdigit(static_cast<unsigned char>(label[i])) || label[i] == '.' ||
                              ((label[i] == 'X' || label[i] == 'x') && i > start))) {
    dot = dot || label[i] == '.';
    ++i;
  }
  if (i == start || i >= label.size() || label[i] != ' ' || !dot) return {{}, label};
  std::string code = canonical_code(label.substr(start, i - start));
  if (code.empty()) return {{}, label};
  while (i < label.size() && label[i] == ' ') ++i;
  return {code, label.substr(i)};
}

}  // namespace sakip
