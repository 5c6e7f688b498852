// Placeholder until 'sakipcheck convert' lands (being written in this session).
#include <iostream>

#include "tools/cli/commands.h"

namespace sakip::cli {
int cmd_convert(const Args&) {
  std::cerr << "sakipcheck convert: not built yet\n";
  return kExitUsage;
}
}  // namespace sakip::cli
