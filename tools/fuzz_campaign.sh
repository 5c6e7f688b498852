#!/usr/bin/env bash
# One libFuzzer campaign on a scratch COPY of a committed seed corpus (the committed corpus
# stays small; add back only minimised crashers / interesting inputs by hand).
#   tools/fuzz_campaign.sh BUILD_DIR TARGET [SECONDS] [RUNS]
# BUILD_DIR is a clang build with -DSAKIP_FUZZ=ON -DSAKIP_SANITIZE=ON (see docs/robustness.md).
# Runs at nice 19: the machine is shared. Prints the work dir (corpus, artifacts, log).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
target=$2
secs=${3:-600}
runs=${4:-5000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/sakip_campaign_${target}.XXXX")
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "fuzz/corpus/$target/." "$work/corpus/"
echo "work dir: $work"
set +e
nice -n 19 "$build/${target}_fuzz" "$work/corpus" -max_total_time="$secs" -runs="$runs" \
  -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  >"$work/log" 2>&1
rc=$?
set -e
grep -E "^#[0-9]+ +(DONE|INITED)|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb|ERROR|SUMMARY" "$work/log" | tail -12
ls "$work/artifacts"
echo "exit $rc"
