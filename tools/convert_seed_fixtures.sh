#!/bin/sh
# Converts some generated seed fixtures (fixtures/workbooks/*.xlsx, written by
# tools/make_seed_fixtures.cpp) into .xls, .ods and .csv with LibreOffice, so the readers of
# those formats are exercised on the same tables and the same golden findings apply
# (fixtures/expected/<converted file>.json is written by the maker).
#
# LibreOffice keeps the cached values of formulas on import (it does not recalculate xlsx
# written by libxlsxwriter), so the seed errors carried as cached formula values survive;
# checked when these files were generated (e.g. the SUM in seed001_anggaran_formula 'Lampiran
# PK' keeps 4667506655 in the .ods, while recalculating would give 4669506655).
#
# Run once by a person (not in CI; CI must not need LibreOffice) and commit the results:
#   apt-get install -y libreoffice-calc-nogui   # or libreoffice-calc
#   tools/convert_seed_fixtures.sh [source.xlsx ...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
wb="$root/fixtures/workbooks"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
only="${*:-}"  # optional: convert only these sources (e.g. seed002_lkip.xlsx)
convert() {  # <source.xlsx> <target extension> <filter>
  case " $only " in "  ") ;; *" $1 "*) ;; *) return 0 ;; esac
  soffice -env:UserInstallation=file://"$tmp/profile" --headless --convert-to "$3" --outdir "$tmp" "$wb/$1" >/dev/null 2>&1
  out="$tmp/${1%.xlsx}.$2"
  [ -s "$out" ] || { echo "conversion of $1 to $2 failed" >&2; exit 1; }
  mv "$out" "$wb/"
  echo "fixtures/workbooks/${1%.xlsx}.$2"
}
convert seed000_lkip.xlsx ods ods
convert seed000_lkip.xlsx xls 'xls:MS Excel 97'
convert seed001_lkip.xlsx ods ods
convert seed001_anggaran_formula.xlsx ods ods
convert seed002_lkip.xlsx xls 'xls:MS Excel 97'
# CSV holds one sheet: seed000_realisasi.xlsx has only 'Tabel 3.10' (UTF-8, comma-separated)
convert seed000_realisasi.xlsx csv 'csv:Text - txt - csv (StarCalc):44,34,76,1'
