#!/usr/bin/env bash
# Converts xlsx fixtures to .xls (BIFF8), .ods and per-sheet .csv with LibreOffice, so the
# xls/ods readers are tested against files written by an independent program. The results are
# committed: CI never needs LibreOffice (install it by hand: apt-get install libreoffice-calc-nogui).
#
# Usage: tools/convert_fixtures.sh [build-dir]
#   1. builds fixtures/crossformat/source.xlsx with <build-dir>/make_crossformat_fixture
#      (default build dir: ./build), when that program exists;
#   2. converts it into fixtures/crossformat/source.{xls,ods} and source-<Sheet>.csv;
#   3. converts each fixtures/xlsx/*.xlsx (when present) into fixtures/xls/ and fixtures/ods/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
command -v soffice >/dev/null || { echo "convert_fixtures: soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 2; }

# A private LibreOffice profile: no interference with a running instance, reproducible settings.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation=file://"$profile" --headless --norestore "$@" >/dev/null 2>&1; }

cf=$root/fixtures/crossformat
mkdir -p "$cf"
if [ -x "$build/make_crossformat_fixture" ]; then
  "$build/make_crossformat_fixture" "$cf/source.xlsx"
fi
lo --convert-to xls:"MS Excel 97" --outdir "$cf" "$cf/source.xlsx"
lo --convert-to ods --outdir "$cf" "$cf/source.xlsx"
# CSV filter options: separator ',' (44), quote '"' (34), UTF-8 (76), first line 1, "save as
# shown" off (token 9), -1 = every sheet, each into <name>-<Sheet>.csv. LibreOffice 7.4 still
# writes percent and date cells as displayed ("64.42%", "12/31/2023").
lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
   --outdir "$cf" "$cf/source.xlsx"

if compgen -G "$root/fixtures/xlsx/*.xlsx" >/dev/null; then
  mkdir -p "$root/fixtures/xls" "$root/fixtures/ods"
  for f in "$root"/fixtures/xlsx/*.xlsx; do
    lo --convert-to xls:"MS Excel 97" --outdir "$root/fixtures/xls" "$f"
    lo --convert-to ods --outdir "$root/fixtures/ods" "$f"
  done
fi
echo "convert_fixtures: done"
