#!/usr/bin/env bash
# Checks ReformSpreadsheet's files with readers that are not ours: installs python3's openpyxl (PyPI) and
# LibreOffice Calc (Debian's libreoffice-calc-nogui) when missing, then runs the ReformSpreadsheetTests suites
# with both tools required, so the openpyxl and LibreOffice tests fail rather than skip. Then it checks real
# ledger exports: `reform export` of the demo database (one sheet, one sheet per field, English, CSV) read by
# openpyxl (.ci/check-ledger-export.py) and converted to CSV by LibreOffice headless.
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

# `--install-only`: install what this check needs, then stop (.ci/run installs first, then runs the checks side by side).
if [ "${1:-}" = "--install-only" ]; then exit 0; fi

REFORM_REQUIRE_OPENPYXL=1 REFORM_REQUIRE_LIBREOFFICE=1 swift test --filter ReformSpreadsheetTests

echo "checking ledger exports of the demo database"
work=$(mktemp -d /tmp/reform-export-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
swift build --product reform
reform=$(swift build --show-bin-path)/reform
db="sqlite:$work/demo.sqlite"
"$reform" demo --database-url "$db"
"$reform" export --format xlsx --out "$work/ledger.xlsx" --database-url "$db"
"$reform" export --format xlsx --per-field --out "$work/ledger-by-field.xlsx" --database-url "$db"
"$reform" export --format xlsx --lang en --out "$work/ledger-en.xlsx" --database-url "$db"
"$reform" export --format csv --out "$work/ledger.csv" --database-url "$db"
python3 .ci/check-ledger-export.py "$work/ledger.xlsx" "$work/ledger-by-field.xlsx" "$work/ledger-en.xlsx" "$work/ledger.csv"

# LibreOffice converts the workbooks (each sheet of the per-field one) to UTF-8 CSV (filter option 76) without
# error, with its own profile so a desktop session or a parallel run is not disturbed.
office=$(command -v soffice || command -v libreoffice)
for book in ledger ledger-by-field; do
    mkdir -p "$work/lo-$book"
    "$office" -env:UserInstallation="file://$work/lo-profile" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$work/lo-$book" "$work/$book.xlsx" >"$work/lo-$book.log" 2>&1 || { cat "$work/lo-$book.log"; exit 1; }
    converted=$(ls "$work/lo-$book"/*.csv 2>/dev/null | wc -l)
    if [ "$converted" -eq 0 ]; then cat "$work/lo-$book.log"; echo "LibreOffice wrote no CSV for $book.xlsx" >&2; exit 1; fi
    if ! grep -q "牵头单位" "$work/lo-$book"/*.csv; then echo "LibreOffice's CSV of $book.xlsx lacks the Chinese header" >&2; exit 1; fi
    echo "LibreOffice converted $book.xlsx to $converted CSV file(s)"
done
