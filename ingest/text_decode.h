// Text files (CSV, HTML) arrive in whatever encoding the exporting program used: UTF-8 with or
// without a BOM, UTF-16 LE/BE with a BOM or without one (Excel's "Unicode text"), or the
// Windows-1252 code page of an Indonesian Windows install. This decides which, and converts
// to UTF-8 with ICU's converters.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sakip {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
std::string_view to_string(TextEncoding e);  // "utf-8", "utf-16le", "utf-16be", "windows-1252"

struct EncodingGuess {
  TextEncoding encoding = TextEncoding::Utf8;
  size_t bom_bytes = 0;  // 0, 2 (UTF-16) or 3 (UTF-8)
};

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
// With `allow_truncated_tail`, an incomplete sequence in the last 3 bytes is accepted (for a
// sample cut from a longer file).
bool is_valid_utf8(std::string_view bytes, bool allow_truncated_tail = false);

// Decides the encoding, in this order: a BOM; UTF-16 without a BOM, recognised by the NUL
// bytes of ASCII characters falling on every other byte; valid UTF-8; otherwise Windows-1252.
// `sample_is_prefix`: `bytes` is only the head of the file (a truncated tail is not invalid).
EncodingGuess detect_encoding(std::string_view bytes, bool sample_is_prefix = false);

// Converts `bytes` (BOM included or not: it is skipped per `guess`) to UTF-8. Streams through
// ICU in chunks, so sizes beyond 2 GiB are fine. Malformed sequences become U+FFFD.
// Throws ReadError(Encoding) if ICU cannot open a converter.
std::string decode_to_utf8(std::string_view bytes, const EncodingGuess& guess);

struct DecodedText {
  std::string text;  // UTF-8, no BOM
  EncodingGuess guess;
};
DecodedText decode_text(std::string_view bytes);
// Same, but valid UTF-8 input is moved (its BOM erased in place) instead of copied.
DecodedText decode_owned_text(std::string&& bytes);

// Length of `utf8` without an incomplete character at its end (after a cut at a byte limit).
size_t utf8_complete_prefix(std::string_view utf8);

// Share of bytes in a UTF-8 text that are C0 control characters other than tab, LF, CR, FF,
// VT (NUL included). Text exports have none or a few stray ones; binary files have many.
double control_char_ratio(std::string_view utf8);

}  // namespace sakip
