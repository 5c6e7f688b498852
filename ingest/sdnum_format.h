// LibreOffice's HTML export keeps a cell's number format in the attribute
// sdnum="<language>;<format language>;<format code>" (e.g. "1033;0;#,##0", "1057;1033;0%",
// "1033;" for the default). This extracts the format code ("" for the default / "General" /
// "Standard").
#pragma once
#include <string>
#include <string_view>

namespace sakip {

std::string sdnum_format_code(std::string_view sdnum);

}  // namespace sakip
