#!/usr/bin/env bash
# One libFuzzer campaign on a scratch COPY of a committed seed corpus (the committed corpus
# stays small; add back only minimised crashers / interesting inputs by hand).
#   tools/fuzz_campaign.sh BUILD_DIR TARGET [SECONDS=600] [RUNS=5000000]
# BUILD_DIR is a clang build with -DSAKIP_FUZZ=ON -DSAKIP_SANITIZE=ON (`cmake --preset fuzz`).
# The campaign ends after SECONDS of *running* time or RUNS executions, whichever comes first
# (the issue's "10 minutes or 5 million executions").
# The machine may be shared: the fuzzer runs at nice 19, and if the file named by
# SAKIP_FUZZ_PAUSE_FILE exists (e.g. while a benchmark is timed) the fuzzer is stopped
# (SIGSTOP) until it is removed; paused time does not count towards SECONDS.
# Prints the work dir (corpus, artifacts, log) and libFuzzer's summary lines.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
target=$2
secs=${3:-600}
runs=${4:-5000000}
pause_file=${SAKIP_FUZZ_PAUSE_FILE:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/sakip_campaign_${target}.XXXX")
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "fuzz/corpus/$target/." "$work/corpus/"
echo "work dir: $work"
echo "start $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) target $target secs $secs runs $runs"
# libFuzzer's own clock is wall time, so it gets a generous limit; this script enforces the
# running-time limit and interrupts it (SIGINT: libFuzzer prints its final stats and exits).
nice -n 19 "$build/${target}_fuzz" "$work/corpus" -max_total_time=$((secs * 4)) -runs="$runs" \
  -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  >"$work/log" 2>&1 &
pid=$!
active=0
paused=0
while kill -0 "$pid" 2> /dev/null; do
  if [ -n "$pause_file" ] && [ -e "$pause_file" ]; then
    [ "$paused" = 1 ] || { kill -STOP "$pid" 2> /dev/null || true; paused=1; }
  else
    [ "$paused" = 0 ] || { kill -CONT "$pid" 2> /dev/null || true; paused=0; }
    active=$((active + 1))
    if [ "$active" -ge "$secs" ]; then kill -INT "$pid" 2> /dev/null || true; break; fi
  fi
  sleep 1
done
set +e
wait "$pid"
rc=$?
set -e
echo "end $(date -u +%FT%TZ) running seconds $active"
grep -E "^#[0-9]+[[:space:]]+(DONE|INITED)|run interrupted|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb|ERROR|SUMMARY" "$work/log" | tail -12
# coverage at the end: the last status line carries cov/ft/corp
grep -E "^#[0-9]+[[:space:]]" "$work/log" | tail -1
ls "$work/artifacts"
echo "exit $rc"
