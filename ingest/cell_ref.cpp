#include "ingest/cell_ref.h"

#include <algorithm>
#include <cctype>

namespace sakip {

std::optional<uint32_t> column_from_letters(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  uint32_t n = 0;
  for (char ch : letters) {
    const unsigned char c = static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c < 'A' || c > 'Z') return std::nullopt;
    n = n * 26 + (c - 'A' + 1);
  }
  if (n > kMaxCols) return std::nullopt;
  return n - 1;
}

std::string column_letters(uint32_t col) {
  std::string out;
  uint32_t n = col + 1;
  while (n > 0) {
    const uint32_t rem = (n - 1) % 26;
    out.push_back(static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::optional<CellRef> parse_a1(std::string_view a1) {
  size_t i = 0;
  if (i < a1.size() && a1[i] == '$') ++i;
  const size_t letters_begin = i;
  while (i < a1.size() && std::isalpha(static_cast<unsigned char>(a1[i]))) ++i;
  const auto col = column_from_letters(a1.substr(letters_begin, i - letters_begin));
  if (!col) return std::nullopt;
  if (i < a1.size() && a1[i] == '$') ++i;
  if (i >= a1.size() || a1[i] == '0') return std::nullopt;
  uint64_t row = 0;
  size_t digits = 0;
  for (; i < a1.size(); ++i, ++digits) {
    const char c = a1[i];
    if (c < '0' || c > '9' || digits >= 8) return std::nullopt;
    row = row * 10 + static_cast<uint64_t>(c - '0');
  }
  if (digits == 0 || row == 0 || row > kMaxRows) return std::nullopt;
  return CellRef{static_cast<uint32_t>(row - 1), *col};
}

std::string to_a1(uint32_t row, uint32_t col) {
  return column_letters(col) + std::to_string(static_cast<uint64_t>(row) + 1);
}

std::optional<RangeRef> parse_range(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    auto one = parse_a1(text);
    if (!one) return std::nullopt;
    return RangeRef{*one, *one};
  }
  auto a = parse_a1(text.substr(0, colon));
  auto b = parse_a1(text.substr(colon + 1));
  if (!a || !b) return std::nullopt;
  return RangeRef{{std::min(a->row, b->row), std::min(a->col, b->col)},
                  {std::max(a->row, b->row), std::max(a->col, b->col)}};
}

std::string to_a1(const RangeRef& r) {
  if (r.first == r.last) return to_a1(r.first);
  return to_a1(r.first) + ":" + to_a1(r.last);
}

std::string quote_sheet_name(std::string_view name) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name.front()));
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) plain = false;
  }
  if (plain) return std::string(name);
  std::string out = "'";
  for (char c : name) {
    out.push_back(c);
    if (c == '\'') out.push_back('\'');
  }
  out.push_back('\'');
  return out;
}

}  // namespace sakip
