// OOXML's escape for characters XML cannot carry (ST_Xstring): "_xHHHH_" stands for the UTF-16
// code unit HHHH (for example "_x000D_" is a carriage return), and "_x005F_" escapes the
// underscore itself, so "_x005F_x000D_" is the literal text "_x000D_". Used for shared and
// inline strings.
#pragma once
#include <string>
#include <string_view>

namespace sakip {

// True when `s` holds something that looks like an escape (a cheap pre-check).
inline bool has_ooxml_escape(std::string_view s) { return s.find("_x") != std::string_view::npos; }

// Appends `in` to `out` with every well-formed "_xHHHH_" replaced by its character (UTF-8).
// Surrogate pairs written as two escapes are joined; a lone surrogate or NUL becomes U+FFFD.
// Anything that is not exactly "_x" + 4 hex digits + "_" is copied unchanged.
void append_ooxml_unescaped(std::string_view in, std::string& out);

// Appends the code point `cp` to `out` as UTF-8.
void append_utf8(char32_t cp, std::string& out);

}  // namespace sakip
