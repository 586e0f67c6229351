#!/usr/bin/env bash
# Checks ReformSpreadsheet's files with readers that are not ours: installs python3's openpyxl (PyPI) and
# LibreOffice Calc (Debian's libreoffice-calc-nogui) when missing, then runs the ReformSpreadsheetTests suites
# with both tools required, so the openpyxl and LibreOffice tests fail rather than skip.
# Call it from .ci/run (after or instead of a plain `swift test` of these suites). Runs as root on Debian.
set -euo pipefail

cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if ! python3 -c 'import openpyxl' >/dev/null 2>&1; then
    echo "installing openpyxl"
    python3 -m pip install --quiet openpyxl
fi

if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
    echo "installing LibreOffice Calc"
    apt-get update
    apt-get install -y --no-install-recommends libreoffice-calc-nogui
fi

python3 -c 'import openpyxl; print("openpyxl", openpyxl.__version__)'
(soffice --version || libreoffice --version) 2>/dev/null | head -n 1

REFORM_REQUIRE_OPENPYXL=1 REFORM_REQUIRE_LIBREOFFICE=1 swift test --filter ReformSpreadsheetTests
