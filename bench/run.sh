#!/usr/bin/env bash
# Benchmark: times `report balances`, `check` and `log-time` on a generated ledger of
# 2,000 clients and 1,000,000 time rows, next to a bare CSV parse of the same files.
# Usage: bench/run.sh [RUNS]   (the ledger is generated once into target/bench-ledger)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
ledger=target/bench-ledger
cargo build --release --quiet --bin hourbank --example gen-ledger --example bare-parse
if [ ! -f "$ledger/timelog.csv" ]; then
  target/release/examples/gen-ledger "$ledger" --clients 2000 --rows 1000000
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$ledger" "$work/ledger"

measure() { # name, command...
  local name=$1; shift
  local best_wall=999999 best_rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r wall rss < "$work/t"
    if awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a<b)}'; then best_wall=$wall; best_rss=$rss; fi
  done
  printf '%-28s %8s s %8d MB\n' "$name" "$best_wall" "$((best_rss / 1024))"
}

echo "best of $runs runs, wall time and peak memory (RSS):"
measure "bare parse (csv crate)" target/release/examples/bare-parse "$work/ledger"
measure "report balances" target/release/hourbank --ledger "$work/ledger" report balances --as-of 2026-01-01
measure "check" target/release/hourbank --ledger "$work/ledger" check
HOURBANK_USER=bench measure "log-time" target/release/hourbank --ledger "$work/ledger" --quiet log-time c00042 1:30 --date 2025-12-31
