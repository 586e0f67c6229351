#!/usr/bin/env bash
# Fuzzes the JSON API against its own OpenAPI document (the base in Sources/App/Core/HTTP/OpenAPIBase.swift and each feature's part, Features/*/*+APIDocument.swift) with schemathesis:
# builds the server, starts it on a free loopback port with a throw-away SQLite file (the demo data loads on
# first start), waits for /health, mints an API token for the demo admin with `reform user token`, runs every
# check with a fixed seed and a bounded number of examples (as that admin: `Authorization: Bearer …`), stops
# the server and exits with schemathesis's status. Settings: .ci/schemathesis.toml.
#
# Environment: SCHEMATHESIS_MAX_EXAMPLES (default 100), SCHEMATHESIS_SEED (default 20240501),
# SCHEMATHESIS_TIMEOUT seconds for the whole run (default 600), SCHEMATHESIS_REPORT_DIR (JUnit and HAR reports, off by default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ST_VERSION="4.32.5"
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-100}"
SEED="${SCHEMATHESIS_SEED:-20240501}"
TIMEOUT="${SCHEMATHESIS_TIMEOUT:-600}"

log() { printf '[schemathesis.sh] %s\n' "$*" >&2; }

# --- schemathesis (pinned: its generators and checks change between releases)
SCRIPTS="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
ST="$SCRIPTS/schemathesis"
if ! [ -x "$ST" ] || [ "$("$ST" --version 2>/dev/null || true)" != "schemathesis, version $ST_VERSION" ]; then
    log "installing schemathesis $ST_VERSION"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION" </dev/null
fi
"$ST" --version

# `--install-only`: install what this check needs, then stop (.ci/run installs first, then runs the checks side by side).
if [ "${1:-}" = "--install-only" ]; then exit 0; fi

# --- server
log "building the server"
swift build --product reform </dev/null
BIN="$(swift build --show-bin-path)/reform"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reform-schemathesis.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
log "starting the server on $BASE (log: $WORK/server.log)"
"$BIN" serve --hostname 127.0.0.1 --port "$PORT" --database-url "sqlite:$WORK/st.sqlite" --files-dir "$WORK/files" --log-level warning \
    </dev/null >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

ready=""
for _ in $(seq 1 240); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    if python3 - "$BASE/health" <<'PY' 2>/dev/null; then ready=1; break; fi
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if json.load(r).get("status") == "ok" else 1)
PY
    sleep 0.5
done
if [ -z "$ready" ]; then
    log "the server did not become healthy; its log:"
    cat "$WORK/server.log" >&2 || true
    exit 1
fi
log "server is up"

# --- credentials: the API needs a token; the demo's admin mints one (stored hashed, printed once)
TOKEN="$("$BIN" user token --username admin --name schemathesis --database-url "sqlite:$WORK/st.sqlite" </dev/null)"
case "$TOKEN" in rl_*) ;; *) log "could not mint an API token: $TOKEN"; exit 1 ;; esac

# --- run
REPORT_ARGS=()
if [ -n "${SCHEMATHESIS_REPORT_DIR:-}" ]; then
    REPORT_ARGS=(--report junit,har --report-dir "$SCHEMATHESIS_REPORT_DIR")
fi
log "schemathesis: seed $SEED, at most $MAX_EXAMPLES examples per operation and phase"
set +e
# From the temp dir, so nothing schemathesis writes lands in the work tree.
cd "$WORK"
timeout --kill-after=10 "$TIMEOUT" "$ST" --config-file "$ROOT/.ci/schemathesis.toml" run "$BASE/api/openapi.json" \
    --checks all \
    --seed "$SEED" \
    --max-examples "$MAX_EXAMPLES" \
    --workers 1 \
    --generation-database none \
    --request-timeout 30 \
    --header "Authorization: Bearer $TOKEN" \
    --no-color \
    "${REPORT_ARGS[@]}" </dev/null 2>&1 | tee "$WORK/schemathesis.out"
status=${PIPESTATUS[0]}
# The public API (issue 14) has its own document and no credentials: run without the token, so a route that asked for
# one would fail.
log "schemathesis: the public API's document"
timeout --kill-after=10 "$TIMEOUT" "$ST" --config-file "$ROOT/.ci/schemathesis.toml" run "$BASE/api/public/openapi.json" \
    --checks all \
    --seed "$SEED" \
    --max-examples "$MAX_EXAMPLES" \
    --workers 1 \
    --generation-database none \
    --request-timeout 30 \
    --no-color </dev/null 2>&1 | tee -a "$WORK/schemathesis.out"
public_status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then status=$public_status; fi
set -e
cd "$ROOT"
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    log "schemathesis did not finish within ${TIMEOUT}s"
fi
if [ "$status" -ne 0 ]; then
    log "schemathesis failed (exit $status); last lines of the server log:"
    tail -n 40 "$WORK/server.log" >&2 || true
fi
# One plain closing line for CI logs: test cases that passed and failures found (unique failures plus errors).
python3 - "$WORK/schemathesis.out" "$status" <<'PY' || true
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
status = int(sys.argv[2])
m = re.search(r"^\s*(\d+) generated, (.*)$", text, re.M)
if m:
    generated, rest = int(m.group(1)), m.group(2)
    failed = sum(int(n) for n in re.findall(r"(\d+) unique failures?", rest))
    failed += sum(int(n) for n in re.findall(r"^\s*🚫 [^:\n]*: (\d+)\s*$", text, re.M))
    if status != 0 and failed == 0:
        failed = 1
    passed = int(re.search(r"(\d+) passed", rest).group(1)) if re.search(r"(\d+) passed", rest) else max(0, generated - failed)
    print(f"schemathesis: {passed} passed, {failed} failed")
PY
exit "$status"
