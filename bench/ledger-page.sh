#!/bin/bash
# The HTML ledger page under load (issue 10: >= 300 req/s with p99 <= 300 ms at 50 connections on the demo data).
#
#   bench/ledger-page.sh                       # starts .build/release/reform on a fresh demo database, port 18480
#   PORT=8080 bench/ledger-page.sh --no-start  # a server already running with the demo users
#
# Signs in as the demo's office user, then runs wrk (Debian: apt-get install wrk) on /ledger and on the same rows as
# JSON (/api/v1/ledger), 2 threads, 50 connections, DURATION seconds each; prints the server's CPU time per request
# (from /proc/<pid>/stat) beside wrk's figures. Needs a release build: swift build -c release --product reform.
set -euo pipefail
PORT=${PORT:-18480}
DURATION=${DURATION:-30}
BINARY=${BINARY:-.build/release/reform}
WORK=$(mktemp -d)
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
if [ "${1:-}" != "--no-start" ]; then
  "$BINARY" serve --port "$PORT" --database-url "sqlite:$WORK/demo.sqlite" --files-dir "$WORK/files" --log-level warning &
  PID=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
fi
SERVER=${PID:-$(pgrep -f "reform serve.*--port $PORT" | head -1)}
JAR="$WORK/cookies"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*' | head -1 | sed 's/.*value="//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode username=office --data-urlencode password=reform-demo-2026 \
  --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT/login"
COOKIE=$(awk '$0 ~ /reform_session/ {print $6"="$7}' "$JAR")
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
for path in /ledger /api/v1/ledger; do
  for _ in $(seq 20); do curl -s -o /dev/null -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path"; done
  echo "== $path (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(cpu)
  out=$(wrk -t2 -c50 -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path")
  after=$(cpu)
  echo "$out" | grep -E "Requests/sec|99%|50%|requests in|Non-2xx|timeout"
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "server cpu per request: $(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms"
done
