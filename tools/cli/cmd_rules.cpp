// Placeholder until 'sakipcheck rules' lands (being written in this session).
#include <iostream>

#include "tools/cli/commands.h"

namespace sakip::cli {
int cmd_rules(const Args&) {
  std::cerr << "sakipcheck rules: not built yet\n";
  return kExitUsage;
}
}  // namespace sakip::cli
