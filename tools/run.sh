#!/usr/bin/env bash
# The two README commands.
#   tools/run.sh demo   install what is missing, build, run sakipcheck on the demo submission
#   tools/run.sh test   install what is missing, build (Release and ASan+UBSan), run every test
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-demo}
jobs=$(nproc)
case "$what" in
  demo)
    bash tools/setup.sh build
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j"$jobs" >/dev/null
    bash tools/demo.sh build/sakipcheck
    ;;
  test)
    bash tools/setup.sh test
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j"$jobs"
    ctest --test-dir build --output-on-failure -j"$jobs"
    if [ "${SAKIP_SKIP_ASAN:-0}" != 1 ]; then
      cmake --preset asan >/dev/null
      cmake --build build-asan -j"$jobs"
      ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j"$jobs"
    fi
    ;;
  *)
    echo "usage: tools/run.sh demo|test" >&2
    exit 2
    ;;
esac
