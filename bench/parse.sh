#!/usr/bin/env bash
# Parse-speed benchmark: wago's parser against go/parser over every .go file
# of $GOROOT/src, in the same run, both on every core. Prints one line per
# parser, their ratio, and then the end-to-end time of `wago check -syntax std`
# when the wago binary exists. Needs `go` on PATH (make bench provides it).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")

cargo build --release --quiet -p wago-syntax --example parse_bench
gobench="$target/release/goparsebench"
(cd tools/goparsebench && go build -o "$gobench" .)

root="$(go env GOROOT)/src"
wago_line=$("$target/release/examples/parse_bench" "$root")
go_line=$("$gobench" "$root")
echo "$wago_line"
echo "$go_line"
mbps() { sed -E 's/.* ([0-9.]+) MB\/s$/\1/' <<<"$1"; }
awk -v w="$(mbps "$wago_line")" -v g="$(mbps "$go_line")" 'BEGIN { printf "ratio: wago/go = %.2f×\n", w / g }'

if [ -x "$target/release/wago" ]; then
  start=$(date +%s.%N)
  status=0
  "$target/release/wago" check -syntax std >/dev/null 2>&1 || status=$?
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v st="$status" \
    'BEGIN { printf "wago check -syntax std: %.3f s (exit status %d)\n", e - s, st }'
else
  echo "wago check -syntax std: skipped, $target/release/wago is not built (cargo build --release -p wago)"
fi
