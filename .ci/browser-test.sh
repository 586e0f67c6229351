#!/usr/bin/env bash
# Browser test of the reporting loop: chromium driven by selenium (Debian's chromium and chromium-driver, PyPI's
# selenium) walks the office assigning a task, the liaison signing for it and filing a report with a PDF, the unit
# head approving it and the office accepting it, on a fresh server with the demo data (.ci/browser_test.py); then
# supervision: one matter through its eight steps and one finding from the inspection to 销号 (.ci/browser_supervision.py);
# then the cascade: one task from the province to a district and back (.ci/browser_cascade.py).
# Environment: BROWSER_TEST_TIMEOUT seconds for the walk (default 300); BROWSER_TEST_SCREENSHOTS=dir keeps a
# screenshot of each step.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log() { printf '[browser-test.sh] %s\n' "$*" >&2; }

# --- chromium, chromedriver, selenium
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing chromium and chromium-driver from Debian"
    apt-get update -qq </dev/null && apt-get install -y -qq chromium chromium-driver </dev/null >/dev/null
fi
if ! python3 -c 'import selenium' 2>/dev/null; then
    log "installing selenium"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check "selenium>=4.20" </dev/null
fi

# `--install-only`: install what this check needs, then stop (.ci/run installs first, then runs the checks side by side).
if [ "${1:-}" = "--install-only" ]; then exit 0; fi

# --- server
log "building the server"
swift build --product reform </dev/null
BIN="$(swift build --show-bin-path)/reform"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reform-browser.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
"$BIN" serve --hostname 127.0.0.1 --port "$PORT" --database-url "sqlite:$WORK/b.sqlite" --files-dir "$WORK/files" --log-level warning \
    </dev/null >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
    if curl -fs "$BASE/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then log "the server stopped; its log:"; cat "$WORK/server.log" >&2; exit 1; fi
    sleep 0.5
done
log "server is up on $BASE"

set +e
timeout --kill-after=10 "${BROWSER_TEST_TIMEOUT:-300}" python3 .ci/browser_test.py "$BASE" "$WORK" </dev/null
status=$?
if [ "$status" -eq 0 ]; then
    # Supervision: a matter through its eight steps and a finding to 销号 (.ci/browser_supervision.py), same server.
    timeout --kill-after=10 "${BROWSER_TEST_TIMEOUT:-300}" python3 .ci/browser_supervision.py "$BASE" "$WORK" </dev/null
    status=$?
fi
if [ "$status" -eq 0 ]; then
    # The cascade: one task from the province to a district and its progress back up (.ci/browser_cascade.py).
    timeout --kill-after=10 "${BROWSER_TEST_TIMEOUT:-300}" python3 .ci/browser_cascade.py "$BASE" "$WORK" </dev/null
    status=$?
fi
set -e
if [ "$status" -ne 0 ]; then
    log "the browser test failed (exit $status); last lines of the server log:"
    tail -n 40 "$WORK/server.log" >&2 || true
fi
exit "$status"
