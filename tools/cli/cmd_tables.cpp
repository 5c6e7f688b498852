// Placeholder until 'sakipcheck tables' lands (being written in this session).
#include <iostream>

#include "tools/cli/commands.h"

namespace sakip::cli {
int cmd_tables(const Args&) {
  std::cerr << "sakipcheck tables: not built yet\n";
  return kExitUsage;
}
}  // namespace sakip::cli
