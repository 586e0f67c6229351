#!/usr/bin/env bash
# Accessibility check (GB/T 37668 asks government sites for WCAG 2.x AA): axe-core 4.10 runs in headless chromium on
# every page the demo users office, liaison and admin reach, in Chinese and in English, on a fresh server with the demo
# data (.ci/axe_check.py). Fails on any critical or serious violation and prints them all.
# Environment: AXE_CHECK_TIMEOUT seconds for the walk (default 900); AXE_SCREENSHOTS=dir keeps a screenshot of each page
# (AXE_SIZES=1366x768,390x844 for several window sizes); AXE_REPORT=file.json writes the violations as JSON.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log() { printf '[axe-check.sh] %s\n' "$*" >&2; }
pip_install() { PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check "$@" </dev/null; }

# --- chromium, chromedriver, CJK fonts (so the screenshots show Chinese), selenium, axe-core
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then
    log "installing chromium, chromium-driver and fonts-noto-cjk from Debian"
    apt-get update -qq </dev/null && apt-get install -y -qq chromium chromium-driver fonts-noto-cjk </dev/null >/dev/null
fi
if ! python3 -c 'import selenium' 2>/dev/null; then
    log "installing selenium"
    pip_install "selenium>=4.20"
fi
# axe-selenium-python 3.x bundles axe-core 4.10 (2.x bundles a 2018 axe). It declares Python >= 3.12 but is plain
# Python that runs on Debian 12's 3.11, so on an older Python it is installed without that check.
if ! python3 -c 'import axe_selenium_python, importlib.metadata as m, sys; sys.exit(int(m.version("axe-selenium-python").split(".")[0]) < 3)' 2>/dev/null; then
    log "installing axe-selenium-python>=3"
    pip_install "axe-selenium-python>=3" 2>/dev/null || pip_install --ignore-requires-python --no-deps "axe-selenium-python>=3"
fi

# `--install-only`: install what this check needs, then stop (.ci/run installs first, then runs the checks side by side).
if [ "${1:-}" = "--install-only" ]; then exit 0; fi

# --- server
log "building the server"
swift build --product reform </dev/null
BIN="$(swift build --show-bin-path)/reform"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reform-axe.XXXXXX")"
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
"$BIN" serve --hostname 127.0.0.1 --port "$PORT" --database-url "sqlite:$WORK/a.sqlite" --files-dir "$WORK/files" --log-level warning \
    </dev/null >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
    if curl -fs "$BASE/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then log "the server stopped; its log:"; cat "$WORK/server.log" >&2; exit 1; fi
    sleep 0.5
done
log "server is up on $BASE"

set +e
timeout --kill-after=10 "${AXE_CHECK_TIMEOUT:-900}" python3 .ci/axe_check.py "$BASE" </dev/null
status=$?
set -e
if [ "$status" -ne 0 ]; then
    log "the accessibility check failed (exit $status); last lines of the server log:"
    tail -n 40 "$WORK/server.log" >&2 || true
fi
exit "$status"
