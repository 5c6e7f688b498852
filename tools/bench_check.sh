#!/bin/sh
# check benchmark (issue 6): `sakipcheck check` with all rules on the 200,000-row DPA-like
# workbook from tools/xlsx_bench_gen.cpp, against the bare cost of inflating its parts
# (`unzip -p` of the sheet and shared strings), measured in the same run.
#   tools/bench_check.sh [BUILD_DIR=build] [ROWS=200000] [RUNS=5]
# Needs: BUILD_DIR/xlsx_bench_gen, BUILD_DIR/sakipcheck, unzip, hyperfine.
set -eu
BUILD=${1:-build}
ROWS=${2:-200000}
RUNS=${3:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
F="$TMP/dpa.xlsx"
"$BUILD/xlsx_bench_gen" "$F" "$ROWS"
echo "file: $(stat -c %s "$F") bytes"
"$BUILD/sakipcheck" --version | sed -n 2p   # the allocator the figures were taken with
REF="unzip -p $F xl/worksheets/sheet1.xml xl/sharedStrings.xml > /dev/null"
CHECK="$BUILD/sakipcheck check $F > /dev/null; test \$? -le 1"
JSON="$BUILD/sakipcheck check $F --format json > /dev/null; test \$? -le 1"
"$BUILD/sakipcheck" check "$F" --format json > "$TMP/r.json" || true
/usr/bin/python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print('tables', j['inputs'][0]['tables'], 'findings', j['summary'])" "$TMP/r.json"
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$TMP/h.json" \
  -n unzip "sh -c '$REF'" -n check "sh -c '$CHECK'" -n check_json "sh -c '$JSON'" > "$TMP/h.txt" 2>&1 || cat "$TMP/h.txt"
/usr/bin/python3 - "$TMP/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
u = r["unzip"]
for name in ("unzip", "check", "check_json"):
    x = r[name]
    cpu = x["user"] + x["system"]
    print("%-10s wall mean %.3f s (min %.3f)  cpu %.3f s  wall ratio %.2f  cpu ratio %.2f" % (
        name, x["mean"], x["min"], cpu, x["mean"] / u["mean"], cpu / (u["user"] + u["system"])))
PY
/usr/bin/time -f "check peak RSS %M KiB" sh -c "$CHECK" 2>&1 | tail -1
