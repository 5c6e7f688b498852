#!/usr/bin/env bash
# The demo: sakipcheck on fixtures shipped in the repository.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/sakipcheck}
for f in fixtures/demo/*; do
  [ -f "$f" ] || continue
  echo "== sakipcheck cells $f"
  "$bin" cells "$f" | head -40
done
exit 0
