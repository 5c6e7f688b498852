#include "ingest/sdnum_format.h"

namespace sakip {

std::string sdnum_format_code(std::string_view sdnum) {
  const size_t a = sdnum.find(';');
  if (a == std::string_view::npos) return "";
  std::string_view rest = sdnum.substr(a + 1);
  const size_t b = rest.find(';');
  // "1033;0;CODE" -> CODE; "1033;" or "1033;0" -> no code
  std::string_view code;
  if (b != std::string_view::npos) {
    code = rest.substr(b + 1);
  } else if (rest.find_first_not_of("0123456789") != std::string_view::npos) {
    code = rest;  // "1033;0.00%": no format language given
  }
  if (code == "General" || code == "Standard" || code == "GENERAL" || code == "STANDARD") return "";
  return std::string(code);
}

}  // namespace sakip
