#!/bin/sh
# xlsx reader benchmark (issue 2): reading a 200,000-row DPA-like workbook against the bare
# cost of inflating the same parts, measured in the same run.
#   tools/bench_xlsx.sh [BUILD_DIR=build] [ROWS=200000] [RUNS=5]
# Needs: BUILD_DIR/xlsx_bench_gen, BUILD_DIR/sakipcheck, BUILD_DIR/xlsx_read_once, unzip, hyperfine (else /usr/bin/time).
# Prints wall and CPU (user+sys) means, the ratios against `unzip -p`, and peak RSS.
set -eu
BUILD=${1:-build}
ROWS=${2:-200000}
RUNS=${3:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
F="$TMP/dpa.xlsx"
"$BUILD/xlsx_bench_gen" "$F" "$ROWS"
echo "file: $(stat -c %s "$F") bytes; parts: $(unzip -l "$F" | awk '/sheet1.xml|sharedStrings.xml/ {printf "%s %s B; ", $4, $1}')"
REF="unzip -p $F xl/worksheets/sheet1.xml xl/sharedStrings.xml > /dev/null"
COUNT="$BUILD/sakipcheck cells --count $F > /dev/null"
TEXT="$BUILD/sakipcheck cells $F > /dev/null"
# the reader alone, worksheets through the hand-written scanner vs expat only (the reference)
SCAN="$BUILD/xlsx_read_once $F > /dev/null"
EXPAT="$BUILD/xlsx_read_once $F --reference > /dev/null"
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$TMP/h.json" \
    -n unzip "sh -c '$REF'" -n count "sh -c '$COUNT'" -n text "sh -c '$TEXT'" \
    -n scan "sh -c '$SCAN'" -n expat "sh -c '$EXPAT'" > "$TMP/h.txt" 2>&1 || cat "$TMP/h.txt"
  /usr/bin/python3 - "$TMP/h.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
u = r["unzip"]
for name in ("unzip", "count", "text", "scan", "expat"):
    x = r[name]
    cpu = x["user"] + x["system"]
    print("%-6s wall mean %.3f s (min %.3f)  cpu %.3f s  wall ratio %.2f  cpu ratio %.2f" % (
        name, x["mean"], x["min"], cpu, x["mean"] / u["mean"], cpu / (u["user"] + u["system"])))
PY
else
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "unzip %e s wall %U+%S s cpu" sh -c "$REF"
    /usr/bin/time -f "count %e s wall %U+%S s cpu" sh -c "$COUNT"
  done
fi
for name in count text; do
  eval "cmd=\$$(echo $name | tr a-z A-Z)"
  /usr/bin/time -f "$name peak RSS %M KiB" sh -c "$cmd" 2>&1 | tail -1
done
