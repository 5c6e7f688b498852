// Every real file in ../shared/realdata survives `sakipcheck check`: read, checked, reported
// (exit 0 or 1, never a crash or "unreadable"), and every finding names a cell on a sheet.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/paths.h"

namespace sakip::test {
namespace {

TEST(RealDataCheck, EveryFileIsCheckedAndEveryFindingNamesACell) {
  const auto files = realdata_files();
  if (files.empty()) GTEST_SKIP() << "no ../shared/realdata here";
  for (const auto& f : files) {
    std::string out;
    const int rc = run(sakipcheck_binary() + " check '" + f + "' --format json 2>/dev/null", &out);
    EXPECT_TRUE(rc == 0 || rc == 1) << f << " exit " << rc;
    const auto j = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << f;
    ASSERT_EQ(j["inputs"].size(), 1u);
    EXPECT_TRUE(j["inputs"][0]["error"].is_null()) << f;
    for (const auto& fd : j["findings"]) {
      if (fd["rule"].get<std::string>().rfind("read.", 0) == 0) continue;
      EXPECT_FALSE(fd["cell"].get<std::string>().empty()) << f << ": " << fd.dump();
      EXPECT_FALSE(fd["sheet"].get<std::string>().empty()) << f << ": " << fd.dump();
    }
  }
}

}  // namespace
}  // namespace sakip::test
