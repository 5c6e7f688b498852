#include "ingest/text_decode.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "ingest/read_error.h"

namespace sakip {

std::string_view to_string(TextEncoding e) {
  switch (e) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Utf16LE: return "utf-16le";
    case TextEncoding::Utf16BE: return "utf-16be";
    case TextEncoding::Windows1252: return "windows-1252";
  }
  return "utf-8";
}

bool is_valid_utf8(std::string_view bytes, bool allow_truncated_tail) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) {
      if (!allow_truncated_tail) return false;
      for (size_t k = i + 1; k < n; ++k)
        if ((s[k] & 0xC0) != 0x80) return false;
      return true;
    }
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

namespace {

// BOM-less UTF-16: text made mostly of ASCII has a NUL in every other byte. Requires enough
// pairs and a clear asymmetry, so binary files with scattered NULs do not qualify.
bool guess_bomless_utf16(std::string_view b, TextEncoding& out) {
  const size_t n = std::min<size_t>(b.size(), 8192) & ~size_t{1};
  if (n < 4) return false;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; i += 2) {
    if (b[i] == '\0') ++even_nul;
    if (b[i + 1] == '\0') ++odd_nul;
  }
  const size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 6 && even_nul * 20 <= pairs) { out = TextEncoding::Utf16LE; return true; }
  if (even_nul * 10 >= pairs * 6 && odd_nul * 20 <= pairs) { out = TextEncoding::Utf16BE; return true; }
  return false;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr open_converter(const char* name) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr c(ucnv_open(name, &err));
  if (U_FAILURE(err) || !c) throw ReadError(ReadErrorCode::Encoding, name);
  return c;
}

}  // namespace

EncodingGuess detect_encoding(std::string_view b, bool sample_is_prefix) {
  EncodingGuess g;
  if (b.size() >= 3 && b.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    g.encoding = TextEncoding::Utf8;
    g.bom_bytes = 3;
    return g;
  }
  if (b.size() >= 2 && b.compare(0, 2, "\xFF\xFE") == 0) {
    g.encoding = TextEncoding::Utf16LE;
    g.bom_bytes = 2;
    return g;
  }
  if (b.size() >= 2 && b.compare(0, 2, "\xFE\xFF") == 0) {
    g.encoding = TextEncoding::Utf16BE;
    g.bom_bytes = 2;
    return g;
  }
  TextEncoding e;
  if (guess_bomless_utf16(b, e)) {
    g.encoding = e;
    return g;
  }
  g.encoding = is_valid_utf8(b, sample_is_prefix) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
  return g;
}

std::string decode_to_utf8(std::string_view bytes, const EncodingGuess& guess) {
  std::string_view body = bytes.substr(std::min(guess.bom_bytes, bytes.size()));
  if (guess.encoding == TextEncoding::Utf8) {
    if (is_valid_utf8(body)) return std::string(body);
    // Callers decide UTF-8 only for valid text; still, never pass malformed UTF-8 on.
  }
  const char* from = "UTF-8";
  switch (guess.encoding) {
    case TextEncoding::Utf8: from = "UTF-8"; break;
    case TextEncoding::Utf16LE: from = "UTF-16LE"; break;
    case TextEncoding::Utf16BE: from = "UTF-16BE"; break;
    case TextEncoding::Windows1252: from = "windows-1252"; break;
  }
  ConverterPtr src = open_converter(from);
  ConverterPtr dst = open_converter("UTF-8");
  std::string out;
  out.reserve(body.size() + body.size() / 4);
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* s = body.data();
  const char* s_limit = body.data() + body.size();
  char buf[1 << 16];
  bool reset = true;
  for (;;) {
    char* t = buf;
    UErrorCode err = U_ZERO_ERROR;
    ucnv_convertEx(dst.get(), src.get(), &t, buf + sizeof buf, &s, s_limit, pivot, &pivot_source,
                   &pivot_target, pivot + 4096, reset, /*flush=*/true, &err);
    reset = false;
    out.append(buf, static_cast<size_t>(t - buf));
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) throw ReadError(ReadErrorCode::Encoding, std::string(from) + ": " + u_errorName(err));
    break;
  }
  return out;
}

DecodedText decode_text(std::string_view bytes) {
  DecodedText d;
  d.guess = detect_encoding(bytes);
  d.text = decode_to_utf8(bytes, d.guess);
  return d;
}

DecodedText decode_owned_text(std::string&& bytes) {
  DecodedText d;
  d.guess = detect_encoding(bytes);
  if (d.guess.encoding == TextEncoding::Utf8 &&
      is_valid_utf8(std::string_view(bytes).substr(d.guess.bom_bytes))) {
    bytes.erase(0, d.guess.bom_bytes);
    d.text = std::move(bytes);
  } else {
    d.text = decode_to_utf8(bytes, d.guess);
  }
  return d;
}

size_t utf8_complete_prefix(std::string_view s) {
  const size_t end = s.size();
  size_t k = end;
  while (k > 0 && end - k < 4 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return end;
  const auto lead = static_cast<unsigned char>(s[k - 1]);
  if (lead < 0xC0) return end;  // ASCII (or stray continuation bytes): nothing to cut
  const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  return end - (k - 1) < need ? k - 1 : end;
}

double control_char_ratio(std::string_view utf8) {
  if (utf8.empty()) return 0;
  size_t ctl = 0;
  for (char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++ctl;
  }
  return static_cast<double>(ctl) / static_cast<double>(utf8.size());
}

}  // namespace sakip
