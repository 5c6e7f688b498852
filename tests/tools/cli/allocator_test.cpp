// The command-line tool's allocator (tools/cli/allocator.h): a Release build runs on jemalloc
// with transparent huge pages for all its memory -- the check benchmark's figures depend on it
// (docs/benchmarks.md), and a misspelt configuration symbol would silently fall back to
// jemalloc's defaults. Sanitizer builds keep the system allocator.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/paths.h"

namespace sakip::test {
namespace {

TEST(Allocator, VersionNamesTheAllocatorInUse) {
  std::string out;
  ASSERT_EQ(run(sakipcheck_binary() + " --version", &out), 0);
  EXPECT_EQ(out.rfind("sakipcheck ", 0), 0u) << out;
#if SAKIP_TEST_JEMALLOC
  EXPECT_NE(out.find("allocator: jemalloc "), std::string::npos) << out;
  // opt.thp as jemalloc parsed it from malloc_conf: "default" would mean the setting was lost.
  EXPECT_NE(out.find("(huge pages: always)"), std::string::npos) << out;
#else
  EXPECT_NE(out.find("allocator: system malloc"), std::string::npos) << out;
#endif
}

}  // namespace
}  // namespace sakip::test
