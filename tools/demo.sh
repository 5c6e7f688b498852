#!/usr/bin/env bash
# The demo: the whole job on a submission shipped in the repository. sakipcheck checks four
# appendix sheets of a real LKIP (Kecamatan Gumukmas 2025, numbers as printed, errors included),
# prints what contradicts what, and writes the HTML and JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/sakipcheck}
mkdir -p out
echo "\$ sakipcheck tables fixtures/demo/gumukmas_lkip_2025.xlsx   (what the tool recognised)"
"$bin" tables fixtures/demo/gumukmas_lkip_2025.xlsx | grep -E '^## ' || true
echo
echo "\$ sakipcheck check fixtures/demo/gumukmas_lkip_2025.xlsx --html out/demo-report.html --json out/demo-report.json"
"$bin" check fixtures/demo/gumukmas_lkip_2025.xlsx --html out/demo-report.html --json out/demo-report.json
rc=$?
echo
echo "Laporan HTML / HTML report: $(pwd)/out/demo-report.html"
echo "Laporan JSON / JSON report: $(pwd)/out/demo-report.json"
echo "(exit code $rc: 1 = the submission has errors, as this one does; see fixtures/demo/README.md)"
# 0 and 1 are the tool doing its job; 2 (usage) and 3 (unreadable input) are demo failures.
[ "$rc" -le 1 ]
