// Runs f(0) .. f(n - 1) on the calling thread and one helper thread, each taking the next index
// as it finishes one (the indices differ in cost: a text column parses, a numeric one renders).
// For work whose items share nothing mutable; the result must not depend on which thread ran
// which item. An exception in either thread is rethrown here after both stopped taking items.
// Typing the 1.6 M cells of a 200,000-row sheet was the largest serial step of `check`
// (docs/benchmarks.md, check).
#pragma once
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>

namespace sakip {

// `f(index, worker)`: worker is 0 on the calling thread, 1 on the helper (per-worker scratch).
template <class F>
void for_each_on_two_threads(size_t n, F&& f) {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto work = [&](int worker, std::exception_ptr& error) {
    try {
      for (size_t i = next++; i < n && !failed; i = next++) f(i, worker);
    } catch (...) {
      error = std::current_exception();
      failed = true;
    }
  };
  std::exception_ptr helper_error, own_error;
  std::thread helper;
  try {
    helper = std::thread([&] { work(1, helper_error); });
  } catch (...) {
    work(0, own_error);  // no thread to be had: all on this one
    if (own_error) std::rethrow_exception(own_error);
    return;
  }
  work(0, own_error);
  helper.join();
  if (own_error) std::rethrow_exception(own_error);
  if (helper_error) std::rethrow_exception(helper_error);
}

}  // namespace sakip
