#include "ingest/formula_shift.h"

#include "ingest/cell_ref.h"

namespace sakip {

namespace {

bool is_upper(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident(char c) {
  return is_upper(c) || is_digit(c) || c == '_' || c == '.' || c == '\\' ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct Part {
  bool abs = false;
  uint64_t value = 0;  // column 0-based or row 0-based
  size_t end = 0;
  bool ok = false;
};

Part read_col(std::string_view s, size_t i) {
  Part p;
  if (i < s.size() && s[i] == '$') { p.abs = true; ++i; }
  size_t n = 0;
  uint64_t v = 0;
  while (i < s.size() && is_upper(s[i]) && n < 4) {
    v = v * 26 + static_cast<uint64_t>((s[i] | 0x20) - 'a' + 1);
    ++i;
    ++n;
  }
  if (n == 0 || n > 3 || v == 0 || v > kMaxCols) return p;
  p.value = v - 1;
  p.end = i;
  p.ok = true;
  return p;
}

Part read_row(std::string_view s, size_t i) {
  Part p;
  if (i < s.size() && s[i] == '$') { p.abs = true; ++i; }
  size_t n = 0;
  uint64_t v = 0;
  while (i < s.size() && is_digit(s[i]) && n < 8) {
    v = v * 10 + static_cast<uint64_t>(s[i] - '0');
    ++i;
    ++n;
  }
  if (n == 0 || n > 7 || v == 0 || v > kMaxRows) return p;
  p.value = v - 1;
  p.end = i;
  p.ok = true;
  return p;
}

bool moved(const Part& p, int64_t d, uint64_t limit, uint64_t& out) {
  if (p.abs) { out = p.value; return true; }
  const int64_t v = static_cast<int64_t>(p.value) + d;
  if (v < 0 || static_cast<uint64_t>(v) >= limit) return false;
  out = static_cast<uint64_t>(v);
  return true;
}

void put_col(const Part& p, uint64_t v, std::string& out) {
  if (p.abs) out.push_back('$');
  out += column_letters(static_cast<uint32_t>(v));
}
void put_row(const Part& p, uint64_t v, std::string& out) {
  if (p.abs) out.push_back('$');
  out += std::to_string(v + 1);
}

bool ends_token(std::string_view s, size_t i) {
  return i >= s.size() || !(is_ident(s[i]) || s[i] == '(' || s[i] == '!' || s[i] == '[');
}

}  // namespace

void shift_formula(std::string_view s, int64_t dr, int64_t dc, std::string& out) {
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"' || c == '\'') {  // string literal or quoted sheet name: copied as is
      const size_t start = i++;
      while (i < s.size()) {
        if (s[i] == c) {
          if (i + 1 < s.size() && s[i + 1] == c) { i += 2; continue; }
          ++i;
          break;
        }
        ++i;
      }
      out.append(s.substr(start, i - start));
      continue;
    }
    if (c == '[') {  // structured reference or external book index
      const size_t start = i;
      int depth = 0;
      while (i < s.size()) {
        if (s[i] == '[') ++depth;
        else if (s[i] == ']' && --depth == 0) { ++i; break; }
        ++i;
      }
      out.append(s.substr(start, i - start));
      continue;
    }
    const bool boundary = i == 0 || !is_ident(s[i - 1]);
    if (boundary && (c == '$' || is_upper(c) || is_digit(c))) {
      // A1 cell reference
      Part col = read_col(s, i);
      if (col.ok) {
        Part row = read_row(s, col.end);
        if (row.ok && ends_token(s, row.end)) {
          uint64_t r = 0, k = 0;
          if (moved(col, dc, kMaxCols, k) && moved(row, dr, kMaxRows, r)) {
            put_col(col, k, out);
            put_row(row, r, out);
          } else {
            out += "#REF!";
          }
          i = row.end;
          continue;
        }
        // column range A:C
        if (col.end < s.size() && s[col.end] == ':') {
          Part col2 = read_col(s, col.end + 1);
          if (col2.ok && ends_token(s, col2.end)) {
            uint64_t a = 0, b = 0;
            if (moved(col, dc, kMaxCols, a) && moved(col2, dc, kMaxCols, b)) {
              put_col(col, a, out);
              out.push_back(':');
              put_col(col2, b, out);
            } else {
              out += "#REF!";
            }
            i = col2.end;
            continue;
          }
        }
      }
      // row range 3:5
      Part row = read_row(s, i);
      if (row.ok && row.end < s.size() && s[row.end] == ':') {
        Part row2 = read_row(s, row.end + 1);
        if (row2.ok && ends_token(s, row2.end)) {
          uint64_t a = 0, b = 0;
          if (moved(row, dr, kMaxRows, a) && moved(row2, dr, kMaxRows, b)) {
            put_row(row, a, out);
            out.push_back(':');
            put_row(row2, b, out);
          } else {
            out += "#REF!";
          }
          i = row2.end;
          continue;
        }
      }
      // an identifier or number that is not a reference: copy it whole
      const size_t start = i;
      if (c == '$') ++i;
      while (i < s.size() && is_ident(s[i])) ++i;
      out.append(s.substr(start, i - start));
      continue;
    }
    out.push_back(c);
    ++i;
  }
}

}  // namespace sakip
