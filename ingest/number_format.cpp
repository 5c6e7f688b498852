#include "ingest/number_format.h"

#include <cctype>

namespace sakip {

namespace {

// The first section of a format code with literals removed, so that the tokens left are the
// ones that format the number.
std::string first_section_tokens(std::string_view code) {
  std::string out;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {  // quoted literal
      ++i;
      while (i < code.size() && code[i] != '"') ++i;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {  // escaped char, padding, fill: skip the next char
      ++i;
      continue;
    }
    if (c == '[') {  // [Red], [$Rp-421], [h], [>=100]
      size_t j = code.find(']', i);
      if (j == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, j - i - 1);
      // elapsed-time tokens such as [h] and [mm] are date tokens
      bool elapsed = !inside.empty();
      for (char k : inside) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(k)));
        if (l != 'h' && l != 'm' && l != 's') elapsed = false;
      }
      if (elapsed) out.push_back('h');
      i = j;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

NumberFormat describe_number_format(std::string_view code) {
  NumberFormat f;
  f.code = std::string(code);
  std::string lower;
  for (char c : code) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.empty() || lower == "general" || lower == "standard") return f;
  const std::string tokens = first_section_tokens(code);
  if (tokens == "@") {
    f.text = true;
    return f;
  }
  bool in_decimals = false;
  int decimals = 0;
  bool saw_digit = false;
  for (char c : tokens) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == '%') f.percent = true;
    if (l == 'y' || l == 'd' || l == 'h' || l == 's' || l == 'm') {
      // 'e' of scientific notation and 'am/pm' letters aside, these letters only format dates.
      f.date = true;
    }
    if (c == '0' || c == '#' || c == '?') {
      saw_digit = true;
      if (in_decimals) ++decimals;
    } else if (c == '.') {
      in_decimals = true;
    } else if (c == ',') {
      if (!in_decimals) f.grouping = true;
    } else if (in_decimals && c != ' ') {
      if (l == 'e') break;  // exponent part
    }
  }
  if (f.date) {
    f.percent = false;
    f.decimals = in_decimals ? decimals : 0;
    return f;
  }
  f.decimals = saw_digit ? decimals : -1;
  return f;
}

std::optional<std::string> builtin_number_format(uint32_t id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ?\?/??";
    case 14: return "mm-dd-yy";
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "m/d/yy h:mm";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mmss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return std::nullopt;
  }
}

}  // namespace sakip
