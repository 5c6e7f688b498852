// The subcommands of `sakipcheck`. Each lives in its own file: cmd_<name>.cpp.
// A command gets its arguments after the subcommand name and returns the process exit code:
// 0 ok, 1 findings with errors, 2 usage error, 3 an input could not be read.
#pragma once
#include <string>
#include <vector>

namespace sakip::cli {

using Args = std::vector<std::string>;

int cmd_cells(const Args& args);
int cmd_tables(const Args& args);
int cmd_convert(const Args& args);
int cmd_check(const Args& args);
int cmd_rules(const Args& args);

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitUnreadable = 3;

}  // namespace sakip::cli
