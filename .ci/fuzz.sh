#!/usr/bin/env bash
# Fuzzes the parsers that read untrusted input with libFuzzer (Fuzz/Sources): .xlsx, .docx, .csv, plan text and
# multipart bodies. Each target runs SECONDS (default 30) from the committed corpus (Fuzz/corpus/<target>); a crash,
# an AddressSanitizer report, a timeout or memory past the limit fails the run (leak reports are off: the Swift
# runtime's and Foundation's one-time caches read as leaks; growth shows as memory past -rss_limit_mb) and leaves the input in
# $ARTIFACTS (default /tmp/reform-fuzz-artifacts). New inputs found stay in a copy of the corpus; to keep them, run
# with KEEP_CORPUS=1 and commit Fuzz/corpus.
#   .ci/fuzz.sh            # the short run CI does: 30 s per target
#   .ci/fuzz.sh 3600       # the longer run (README: Fuzzing): an hour per target
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${1:-30}
ARTIFACTS=${ARTIFACTS:-/tmp/reform-fuzz-artifacts}
TARGETS=${TARGETS:-"xlsx docx csv plan multipart"}

REFORM_FUZZ=1 swift build --scratch-path .build-fuzz --product reform-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g 2>&1 | grep -v "warning: Cannot export local symbol" | tail -n 5
bin=$(REFORM_FUZZ=1 swift build --scratch-path .build-fuzz --product reform-fuzz --show-bin-path)/reform-fuzz

mkdir -p "$ARTIFACTS"
work=$(mktemp -d /tmp/reform-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
for target in $TARGETS; do
    corpus="Fuzz/corpus/$target"
    if [ "${KEEP_CORPUS:-0}" != 1 ]; then
        cp -r "$corpus" "$work/$target"
        corpus="$work/$target"
    fi
    echo "== fuzzing $target for $SECONDS_PER_TARGET s"
    # SWIFT_BACKTRACE off: on a Swift trap the runtime's own backtracer would run first, and under ASan it reads
    # memory ASan reports and can hang (a CI run waited an hour on it); libFuzzer's handler reports the crash instead.
    # The outer timeout is a last guard against any other hang: it counts as a failure.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 FUZZ_TARGET=$target \
        timeout --kill-after=15 $((SECONDS_PER_TARGET + 120)) "$bin" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -max_len=262144 \
        -artifact_prefix="$ARTIFACTS/$target-" -print_final_stats=1 "$corpus" 2>&1 | grep -E "^#|Done|stat::number_of_executed_units|ERROR|SUMMARY|crash|Test unit written" | tail -n 6
    status=${PIPESTATUS[0]}
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
        echo "fuzzing $target did not stop within $((SECONDS_PER_TARGET + 120)) s: a hang (status $status)" >&2
        exit 1
    fi
    if [ "$status" -ne 0 ]; then
        echo "fuzzing $target found a failure (status $status); inputs in $ARTIFACTS" >&2
        exit 1
    fi
done
echo "fuzzing: no crash in $(echo "$TARGETS" | wc -w) targets × $SECONDS_PER_TARGET s"
