// Placeholder until 'sakipcheck check' lands (being written in this session).
#include <iostream>

#include "tools/cli/commands.h"

namespace sakip::cli {
int cmd_check(const Args&) {
  std::cerr << "sakipcheck check: not built yet\n";
  return kExitUsage;
}
}  // namespace sakip::cli
