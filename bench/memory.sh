#!/usr/bin/env bash
# The server's memory under concurrent large imports (README: Memory; BENCHMARKS.md: "Memory under parallel imports").
# Starts `reform serve` on a fresh SQLite file with the demo, signs in as the office, then uploads PARALLEL copies of a
# ROWS-row ledger workbook through the import page at once (a new plan for 深圳市, the office's city), sampling the server's resident memory every 0.2 s; then
# waits IDLE seconds and reads it again.
#   bench/memory.sh                   # 6 × 200,000 rows (about 1.8 million cells each, under the 2,000,000-cell limit)
#   PARALLEL=6 ROWS=100000 REFORM_BIN=.build/release/reform bench/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REFORM_BIN=${REFORM_BIN:-.build/release/reform}
PARALLEL=${PARALLEL:-6}
ROWS=${ROWS:-200000}
IDLE=${IDLE:-15}
PORT=${PORT:-18931}
[ -x "$REFORM_BIN" ] || { echo "build first: swift build -c release (or set REFORM_BIN)" >&2; exit 1; }

work=$(mktemp -d /tmp/reform-memory.XXXXXX)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$REFORM_BIN" import-bench --rows "$ROWS" --write-only "$work/ledger.xlsx"
echo "workbook: $ROWS rows, $(( $(stat -c %s "$work/ledger.xlsx") / 1024 )) KiB"

"$REFORM_BIN" serve --port "$PORT" --database-url "sqlite:$work/reform.sqlite" --files-dir "$work/files" --log-level warning \
    >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] && break
    sleep 0.5
done

rss() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$server/status"; }
echo "resident after start: $(rss) MiB"

jar="$work/cookies"
login_csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$login_csrf" --data-urlencode "username=office" \
    --data-urlencode "password=reform-demo-2026" "$base/login"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/imports/new" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || { echo "could not sign in" >&2; exit 1; }

peak=0
sample() {
    while kill -0 "$server" 2>/dev/null; do
        local now
        now=$(rss)
        [ "$now" -gt "$peak" ] && peak=$now && echo "$peak" >"$work/peak"
        sleep 0.2
    done
}
sample &
sampler=$!

started=$(date +%s.%N)
uploads=()
for i in $(seq 1 "$PARALLEL"); do
    curl -s -o /dev/null -w "upload $i: %{http_code} in %{time_total} s\n" -b "$jar" \
        -F "_csrf=$csrf" -F mode=newPlan -F jurisdictionId=3 -F "title=内存基准$i" -F "file=@$work/ledger.xlsx" "$base/imports" &
    uploads+=($!)
done
wait "${uploads[@]}"

elapsed=$(echo "$(date +%s.%N) - $started" | bc)
echo "all uploads answered in $elapsed s"
sleep "$IDLE"
kill "$sampler" 2>/dev/null || true
echo "peak resident during the uploads: $(cat "$work/peak" 2>/dev/null || echo 0) MiB"
echo "resident $IDLE s after the last upload: $(rss) MiB"
echo "drafts stored: $(grep -c . <(curl -s -b "$jar" "$base/imports" | grep -o 'href="/imports/[0-9]*"' | sort -u))"
