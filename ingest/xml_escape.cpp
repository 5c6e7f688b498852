#include "ingest/xml_escape.h"

namespace sakip {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads "_xHHHH_" at `i`; returns the code unit or -1.
long escape_at(std::string_view s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || (s[i + 1] != 'x' && s[i + 1] != 'X') || s[i + 6] != '_')
    return -1;
  long v = 0;
  for (size_t k = 2; k < 6; ++k) {
    const int h = hex_value(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

}  // namespace

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void append_ooxml_unescaped(std::string_view in, std::string& out) {
  size_t i = 0;
  while (i < in.size()) {
    const size_t u = in.find('_', i);
    if (u == std::string_view::npos) {
      out.append(in.substr(i));
      return;
    }
    out.append(in.substr(i, u - i));
    const long v = escape_at(in, u);
    if (v < 0) {
      out.push_back('_');
      i = u + 1;
      continue;
    }
    i = u + 7;
    if (v >= 0xD800 && v <= 0xDBFF) {
      const long lo = escape_at(in, i);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        append_utf8(static_cast<char32_t>(0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)), out);
        i += 7;
        continue;
      }
      append_utf8(0xFFFD, out);
      continue;
    }
    if ((v >= 0xDC00 && v <= 0xDFFF) || v == 0) {
      append_utf8(0xFFFD, out);
      continue;
    }
    append_utf8(static_cast<char32_t>(v), out);
  }
}

}  // namespace sakip
