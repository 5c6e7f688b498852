#include "rules/table_codes.h"

namespace sakip {
namespace {
// std::isspace in the "C" locale the tool runs in.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
}  // namespace

TableCodes::TableCodes(const Table& t) {
  const size_t n = t.rows.size();
  row_seg_.reserve(n + 1);
  row_start_.reserve(n);
  size_t bytes = 0;
  for (const Row& r : t.rows)
    if (r.type == RowType::Data) bytes += r.code.size();
  // A canonical code is never longer than the code (a '.' joins two segments only where a
  // separator stood), so the text is written through a pointer into room for all of them.
  text_.resize(bytes);
  seg_end_.reserve(bytes / 2 + 1);
  char* const base = text_.data();
  char* out = base;
  for (const Row& r : t.rows) {
    row_seg_.push_back(static_cast<uint32_t>(seg_end_.size()));
    char* const row_begin = out;
    row_start_.push_back(static_cast<uint32_t>(row_begin - base));
    if (r.type != RowType::Data || r.code.empty()) continue;
    bool in_segment = false;
    for (char c : r.code) {
      if (c == '.' || c == ',') {
        if (in_segment) seg_end_.push_back(static_cast<uint32_t>(out - base));
        in_segment = false;
      } else if (!is_space(c)) {
        if (!in_segment && out > row_begin) *out++ = '.';
        *out++ = c;
        in_segment = true;
      }
    }
    if (in_segment) seg_end_.push_back(static_cast<uint32_t>(out - base));
  }
  text_.resize(static_cast<size_t>(out - base));
  row_seg_.push_back(static_cast<uint32_t>(seg_end_.size()));
}

std::string_view TableCodes::segment(size_t r, size_t k) const {
  const uint32_t i = row_seg_[r] + static_cast<uint32_t>(k);
  const uint32_t begin = k == 0 ? row_start_[r] : seg_end_[i - 1] + 1;  // after the '.'
  return std::string_view(text_).substr(begin, seg_end_[i] - begin);
}

std::string_view TableCodes::prefix(size_t r, size_t n) const {
  if (n == 0) return {};
  const uint32_t end = seg_end_[row_seg_[r] + n - 1];
  return std::string_view(text_).substr(row_start_[r], end - row_start_[r]);
}

bool TableCodes::is_proper_prefix(size_t a, size_t b) const {
  const size_t na = segments(a), nb = segments(b);
  if (na == 0 || na >= nb) return false;
  // Segments hold no '.', so equal joined text up to a's end means equal segments.
  return canonical(a) == prefix(b, na);
}

}  // namespace sakip
