#!/usr/bin/env bash
# Benchmark: times hourbank on generated ledgers of 2,000 clients and 1,000,000 time
# rows, next to a bare CSV parse of the same files (examples/bare-parse.rs).
# Usage: bench/run.sh [RUNS] [SHAPE...]   (default: 5 runs, every shape)
# Shapes (examples/gen-ledger.rs): own seq uuid none spreadsheet notes, and flex (ids
# in the tool's form, and 200 people with a weekly flex bank each doing all the work);
# own10m is the own shape at ten times the size (5,000 clients, 10,000,000 rows).
# Each ledger is generated once into target/bench-ledger-SHAPE.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
shapes=${*:-own seq uuid none spreadsheet notes flex own10m}
cargo build --release --quiet --bin hourbank --example gen-ledger --example bare-parse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command once: sets wall (seconds, to the millisecond: /usr/bin/time's own
# figure has only hundredths) and rss (its peak memory in KB).
timed() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", (b - a) / 1e9}')
  read -r rss < "$work/t"
}

# Runs the bare parse and a command alternately, $runs times each, so that both see
# the same state of a noisy machine; prints "BARE_WALL BARE_MB WALL MB" (the best run
# of each, with its peak memory).
measure_pair() {
  local bw=999999 bm=0 w=999999 m=0 wall rss
  for _ in $(seq "$runs"); do
    timed target/release/examples/bare-parse "$work/ledger"
    if awk -v a="$wall" -v b="$bw" 'BEGIN{exit !(a<b)}'; then bw=$wall; bm=$rss; fi
    timed "$@"
    if awk -v a="$wall" -v b="$w" 'BEGIN{exit !(a<b)}'; then w=$wall; m=$rss; fi
  done
  echo "$bw $((bm / 1024)) $w $((m / 1024))"
}

row() { # label, command...
  local label=$1; shift
  read -r bw bm w m <<<"$(measure_pair "$@")"
  printf '| %-44s | %6s s | %5s MB | %6s s | %4s MB | %5sx |\n' "$label" "$w" "$m" "$bw" "$bm" \
    "$(awk -v a="$w" -v b="$bw" 'BEGIN{printf "%.2f", a/b}')"
}

echo "best of $runs runs, alternating with the bare parse; ratio = wall time / bare parse of the same files"
echo "| ledger shape: command | wall | memory | bare parse | memory | ratio |"
echo "|---|---|---|---|---|---|"
for shape in $shapes; do
  ledger=target/bench-ledger-$shape
  if [ ! -f "$ledger/timelog.csv" ]; then
    if [ "$shape" = flex ]; then
      target/release/examples/gen-ledger "$ledger" --clients 2000 --rows 1000000 --people 200 2>/dev/null
    elif [ "$shape" = own10m ]; then
      target/release/examples/gen-ledger "$ledger" --clients 5000 --rows 10000000 --shape own 2>/dev/null
    else
      target/release/examples/gen-ledger "$ledger" --clients 2000 --rows 1000000 --shape "$shape" 2>/dev/null
    fi
  fi
  rm -rf "$work/ledger" && cp -r "$ledger" "$work/ledger"
  hb=(target/release/hourbank --ledger "$work/ledger")
  row "$shape: report balances" "${hb[@]}" report balances --as-of 2026-01-01
  if [ "$shape" = own ]; then
    row "$shape: check" "${hb[@]}" check
    HOURBANK_USER=bench row "$shape: log-time" "${hb[@]}" --quiet log-time c00042 1:30 --date 2025-12-31
    row "$shape: notify-check --dry-run" "${hb[@]}" notify-check --dry-run --as-of 2026-01-01
    row "$shape: report history CLIENT" "${hb[@]}" report history c00042 --to 2026-01-01
    row "$shape: report usage --by person,project" "${hb[@]}" --format csv report usage --by person,project
    row "$shape: report usage --by month,client" "${hb[@]}" --format csv report usage --by month,client
    # A timer running for one person, and the prompt line of `status` with a client named.
    HOURBANK_USER=bench HOURBANK_NOW=2026-01-01T09:00 "${hb[@]}" --quiet start c00042
    HOURBANK_USER=bench HOURBANK_NOW=2026-01-01T10:15 row "$shape: status CLIENT (a timer running)" "${hb[@]}" status c00042
  fi
  if [ "$shape" = own ]; then
    # Importing 100,000 Toggl entries (50 clients mapped) into this ledger: each run
    # into a fresh copy made before the clock starts (a second import adds nothing).
    awk 'BEGIN{print "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()"; for(i=0;i<100000;i++){d=1+i%28; m=1+int(i/28)%12; y=2020+int(i/336)%5; printf "Ann,ann@example.com,Client %d,Project %d,,Entry %d with a note,Yes,%d-%02d-%02d,09:%02d:00,%d-%02d-%02d,10:00:00,00:%02d:%02d,,\n", i%50, i%50, i, y,m,d, i%60, y,m,d, 1+i%59, i%60}}' > "$work/toggl.csv"
    awk 'BEGIN{print "[clients]"; for(i=0;i<50;i++) printf "\"Client %d\" = \"c%05d\"\n", i, i+1}' > "$work/map.toml"
    bw=999999; bm=0; w=999999; m=0
    for r in $(seq "$runs"); do
      rm -rf "$work/import" && cp -r "$ledger" "$work/import"
      timed target/release/examples/bare-parse "$work/ledger"
      if awk -v a="$wall" -v b="$bw" 'BEGIN{exit !(a<b)}'; then bw=$wall; bm=$rss; fi
      timed target/release/hourbank --ledger "$work/import" --quiet import toggl "$work/toggl.csv" --map "$work/map.toml" --person bench --force
      if awk -v a="$wall" -v b="$w" 'BEGIN{exit !(a<b)}'; then w=$wall; m=$rss; fi
    done
    printf '| %-44s | %6s s | %5s MB | %6s s | %4s MB | %5sx |\n' "own: import toggl (100,000 entries)" "$w" "$((m / 1024))" "$bw" "$((bm / 1024))" \
      "$(awk -v a="$w" -v b="$bw" 'BEGIN{printf "%.2f", a/b}')"
  fi
  if [ "$shape" = own ]; then
    # git's merge driver on two versions of the 1,000,000-row time log: ours edits a
    # row, removes one and appends 1,000; theirs appends 1,000 others. The driver
    # writes into ours, so each run gets a fresh copy before the clock starts.
    base="$ledger/timelog.csv"
    awk -F, -v OFS=, 'NR==2{$5="2:00"} NR==3{next} {print} END{while((getline l < FILENAME) > 0 && n < 1001) if (n++ > 0) {split(l, f, ","); sub(/^[^,]*/, "t-ours-" n, l); print l}}' "$base" > "$work/ours.csv"
    awk '{print} END{while((getline l < FILENAME) > 0 && n < 1001) if (n++ > 0) {sub(/^[^,]*/, "t-theirs-" n, l); print l}}' "$base" > "$work/theirs.csv"
    bw=999999; bm=0; w=999999; m=0
    for r in $(seq "$runs"); do
      cp "$work/ours.csv" "$work/merged.csv"
      timed target/release/examples/bare-parse "$work/ledger"
      if awk -v a="$wall" -v b="$bw" 'BEGIN{exit !(a<b)}'; then bw=$wall; bm=$rss; fi
      timed target/release/hourbank merge-driver "$base" "$work/merged.csv" "$work/theirs.csv" timelog.csv
      if awk -v a="$wall" -v b="$w" 'BEGIN{exit !(a<b)}'; then w=$wall; m=$rss; fi
    done
    printf '| %-44s | %6s s | %5s MB | %6s s | %4s MB | %5sx |\n' "own: merge-driver of two 1,000,000-row time logs" "$w" "$((m / 1024))" "$bw" "$((bm / 1024))" \
      "$(awk -v a="$w" -v b="$bw" 'BEGIN{printf "%.2f", a/b}')"
    test "$(wc -l < "$work/merged.csv")" -eq $(($(wc -l < "$base") + 1999)) || { echo "merge-driver lost rows" >&2; exit 1; }
  fi
  if [ "$shape" = own10m ]; then
    row "$shape: check" "${hb[@]}" check
    row "$shape: notify-check --dry-run" "${hb[@]}" notify-check --dry-run --as-of 2026-01-01
    row "$shape: report usage --by month,client" "${hb[@]}" --format csv report usage --by month,client
  fi
  if [ "$shape" = flex ]; then
    row "$shape: report flex (200 people, 5 years)" "${hb[@]}" report flex --as-of 2026-01-01
    row "$shape: report history PERSON --bank flex" "${hb[@]}" report history s0042 --bank flex --to 2026-01-01
  fi
done
