#!/bin/bash
# A public plan page under load (issue 14: >= 1,000 req/s at 50 connections on SQLite, with the cache headers honoured
# by the client; also the figure without them, and with nothing kept that applies).
#
#   bench/public-page.sh                       # starts .build/release/reform on a fresh demo database, port 18481
#   PORT=8080 bench/public-page.sh --no-start  # a server already running on the demo data
#
# Three wrk runs (2 threads, 50 connections, DURATION seconds each) on PAGE (default /public/plans/1): with
# If-None-Match set to the page's ETag (the server answers 304 after one stamp query); with no validator (the copy the
# server keeps under the same ETag); and a different query string each time (bench/public-miss.lua: every request
# renders the page). Prints the server's CPU time per request (from /proc/<pid>/stat) beside wrk's figures. Needs a
# release build: swift build -c release --product reform.
set -euo pipefail
PORT=${PORT:-18481}
DURATION=${DURATION:-20}
PAGE=${PAGE:-/public/plans/1}
BINARY=${BINARY:-.build/release/reform}
WORK=$(mktemp -d)
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
if [ "${1:-}" != "--no-start" ]; then
  "$BINARY" serve --port "$PORT" --database-url "sqlite:$WORK/demo.sqlite" --files-dir "$WORK/files" --log-level warning &
  PID=$!
  for _ in $(seq 180); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
fi
SERVER=${PID:-$(pgrep -f "reform serve.*--port $PORT" | head -1)}
URL="http://127.0.0.1:$PORT$PAGE"
ETAG=$(curl -s -D - -o /dev/null "$URL" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
[ -n "$ETAG" ] || { echo "no ETag on $URL" >&2; exit 1; }
cat >"$WORK/miss.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?n=" .. n)
end
LUA
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
run() {
  local label=$1; shift
  for _ in $(seq 20); do curl -s -o /dev/null "$URL"; done
  echo "== $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  local before after out requests
  before=$(cpu)
  out=$(wrk -t2 -c50 -d"${DURATION}s" --latency "$@" "$URL")
  after=$(cpu)
  echo "$out" | grep -E "Requests/sec|99%|50%|requests in|Non-2xx|timeout" || true
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "server cpu per request: $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms"
}
run "If-None-Match: the page's ETag (304)" -H "If-None-Match: $ETAG"
run "no validator (the kept copy)"
run "a new query string each time (rendered)" -s "$WORK/miss.lua"
