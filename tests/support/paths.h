// Where tests find the repository's fixtures, the shared real data and the built tool.
#pragma once
#include <string>
#include <vector>

namespace sakip::test {

std::string source_dir();                 // the repository root
std::string fixture(const std::string& rel);  // <root>/fixtures/<rel>
// ../shared/realdata next to the repository (or $SAKIP_REALDATA); empty when absent.
std::string realdata_dir();
std::vector<std::string> realdata_files(); // every data file there (not README.md), sorted
std::string sakipcheck_binary();          // <build>/sakipcheck
// Runs a command with /bin/sh, returns its exit code; stdout into `out` when given.
int run(const std::string& command, std::string* out = nullptr);

}  // namespace sakip::test
