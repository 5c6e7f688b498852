#!/usr/bin/env bash
# Installs the Debian packages sakipcheck needs, only those missing (idempotent, quiet).
# Usage: tools/setup.sh [build|test]   ("test" adds what the test suite needs: openpyxl, chromium)
set -euo pipefail
flavour=${1:-build}
pkgs=(build-essential cmake pkg-config libicu-dev libboost-program-options-dev
      libgtest-dev libgmock-dev libbenchmark-dev zlib1g-dev libexpat1-dev libzip-dev
      libfreexl-dev libxml2-dev nlohmann-json3-dev libxlsxwriter-dev libjemalloc-dev unzip)
if [ "$flavour" = test ]; then
  pkgs+=(python3 python3-openpyxl python3-xlrd chromium python3-jsonschema)
fi
missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
