#include "ingest/two_threads.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace sakip {
namespace {

TEST(TwoThreads, RunsEveryIndexExactlyOnce) {
  for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{7}, size_t{1000}}) {
    std::vector<std::atomic<int>> runs(n);
    std::atomic<int> workers_seen[2] = {0, 0};
    for_each_on_two_threads(n, [&](size_t i, int worker) {
      ++runs[i];
      ++workers_seen[worker];
    });
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(runs[i].load(), 1) << "n " << n << " index " << i;
    EXPECT_EQ(workers_seen[0] + workers_seen[1], static_cast<int>(n));
  }
}

TEST(TwoThreads, AnExceptionInEitherThreadReachesTheCaller) {
  for (int thrower : {0, 1}) {
    std::atomic<bool> thrown{false};
    std::atomic<int> after{0};
    auto f = [&](size_t, int worker) {
      // Items take a millisecond, so both threads get some; the chosen worker's first throws.
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      if (worker == thrower && !thrown.exchange(true)) throw std::runtime_error("boom");
      if (thrown) ++after;
    };
    try {
      for_each_on_two_threads(200, f);
      ADD_FAILURE() << "no exception from worker " << thrower;
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "boom");
    }
    EXPECT_TRUE(thrown.load());
    EXPECT_LE(after.load(), 2) << "the other thread stops taking items after a failure";
  }
}

}  // namespace
}  // namespace sakip
