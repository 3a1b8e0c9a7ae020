#!/usr/bin/env bash
# Runs the named fuzz targets one after another for SECONDS each (default 600) and
# prints one summary line per target: executions, coverage, and whether it crashed.
# Usage: bash fuzz/run.sh [SECONDS] TARGET...   (from the repository root)
set -uo pipefail
cd "$(dirname "$0")"
seconds=600
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
mkdir -p logs
# Without cargo-fuzz every target would "crash" with cargo's unknown-command error.
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is not installed: cargo install cargo-fuzz --locked" >&2
    exit 2
fi
for target in "$@"; do
    # brief-tree runs the release binary; without LAGEBILD_BIN it is built from this tree.
    if [ "$target" = brief-tree ] && [ -z "${LAGEBILD_BIN:-}" ]; then
        (cd .. && cargo build --release -p lagebild-cli -q) || exit 2
    fi
    log="logs/$target.log"
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" \
        -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1
    status=$?
    done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    if [ $status -eq 0 ]; then result="no crash"; else result="CRASH (exit $status, see fuzz/$log)"; fi
    echo "$(date -u +%F) $target: ${done_line:-no summary} ${cov:+($cov)} $result"
done
