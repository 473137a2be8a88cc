#!/usr/bin/env bash
# Benchmark: times hourbank on generated ledgers of 2,000 clients and 1,000,000 time
# rows, next to a bare CSV parse of the same files (examples/bare-parse.rs).
# Usage: bench/run.sh [RUNS] [SHAPE...]   (default: 5 runs, every shape)
# Shapes (examples/gen-ledger.rs): own seq uuid none spreadsheet notes. Each ledger is
# generated once into target/bench-ledger-SHAPE.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
shapes=${*:-own seq uuid none spreadsheet notes}
cargo build --release --quiet --bin hourbank --example gen-ledger --example bare-parse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best wall time (s) and its peak memory (MB) of $runs runs: "WALL MB"
measure() {
  local best_wall=999999 best_rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r wall rss < "$work/t"
    if awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a<b)}'; then best_wall=$wall; best_rss=$rss; fi
  done
  echo "$best_wall $((best_rss / 1024))"
}

row() { # label, bare "WALL MB", measured "WALL MB"
  read -r bw bm <<<"$2"; read -r w m <<<"$3"
  printf '| %-44s | %6s s | %5s MB | %6s s | %4s MB | %5sx |\n' "$1" "$w" "$m" "$bw" "$bm" \
    "$(awk -v a="$w" -v b="$bw" 'BEGIN{printf "%.2f", a/b}')"
}

echo "best of $runs runs; ratio = wall time / bare parse of the same files"
echo "| ledger shape: command | wall | memory | bare parse | memory | ratio |"
echo "|---|---|---|---|---|---|"
for shape in $shapes; do
  ledger=target/bench-ledger-$shape
  if [ ! -f "$ledger/timelog.csv" ]; then
    target/release/examples/gen-ledger "$ledger" --clients 2000 --rows 1000000 --shape "$shape" 2>/dev/null
  fi
  rm -rf "$work/ledger" && cp -r "$ledger" "$work/ledger"
  bare=$(measure target/release/examples/bare-parse "$work/ledger")
  hb=(target/release/hourbank --ledger "$work/ledger")
  row "$shape: report balances" "$bare" "$(measure "${hb[@]}" report balances --as-of 2026-01-01)"
  if [ "$shape" = own ]; then
    row "$shape: check" "$bare" "$(measure "${hb[@]}" check)"
    row "$shape: log-time" "$bare" "$(HOURBANK_USER=bench measure "${hb[@]}" --quiet log-time c00042 1:30 --date 2025-12-31)"
    row "$shape: notify-check --dry-run" "$bare" "$(measure "${hb[@]}" notify-check --dry-run --as-of 2026-01-01)"
    row "$shape: report history CLIENT" "$bare" "$(measure "${hb[@]}" report history c00042 --to 2026-01-01)"
    row "$shape: report usage --by person,project" "$bare" "$(measure "${hb[@]}" --format csv report usage --by person,project)"
    row "$shape: report usage --by month,client" "$bare" "$(measure "${hb[@]}" --format csv report usage --by month,client)"
  fi
done
