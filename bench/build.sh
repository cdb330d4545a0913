#!/usr/bin/env bash
# Back-end benchmark, wago against `GOOS=wasip1 GOARCH=wasm go`, in the same
# run:
#  1. build time of every program in tests/run/ (go with a cold build cache,
#     as a first build of the program would be), and the ratio;
#  2. module sizes: hello world, the corpus total, and per program (the
#     largest ten, or all with SIZES=all);
#  3. run time of compute-heavy corpus programs, both modules run by
#     `wago run` (the same wasmtime), best of RUNS (default 3), and ratios.
# Needs `go` on PATH (make bench-build provides it).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
runs=${RUNS:-3}
cargo build --release --quiet -p wago
wago="$target/release/wago"
# Both read GOROOT from the environment: no `go env` subprocess is timed.
GOROOT=$(go env GOROOT)
export GOROOT
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }

cases=(tests/run/*.go)
start=$(now)
for src in "${cases[@]}"; do
  "$wago" build -o "$tmp/$(basename "$src" .go).wago.wasm" "$src"
done
wago_s=$(awk -v s="$start" -v e="$(now)" 'BEGIN { print e - s }')
export GOCACHE="$tmp/gocache" GOOS=wasip1 GOARCH=wasm
start=$(now)
for src in "${cases[@]}"; do
  (cd "$(dirname "$src")" && go build -o "$tmp/$(basename "$src" .go).go.wasm" "$(basename "$src")")
done
go_s=$(awk -v s="$start" -v e="$(now)" 'BEGIN { print e - s }')
unset GOOS GOARCH
awk -v n="${#cases[@]}" -v w="$wago_s" -v g="$go_s" \
  'BEGIN { printf "build %d programs: wago %.2f s, go %.2f s (cold cache): go/wago = %.1f×\n", n, w, g, g / w }'

size() { stat -c %s "$1"; }
printf "hello world: wago %d bytes, go %d bytes\n" "$(size "$tmp/hello.wago.wasm")" "$(size "$tmp/hello.go.wasm")"
wt=0; gt=0
for src in "${cases[@]}"; do
  b=$(basename "$src" .go)
  wt=$((wt + $(size "$tmp/$b.wago.wasm"))); gt=$((gt + $(size "$tmp/$b.go.wasm")))
done
printf "corpus total: wago %d bytes, go %d bytes (%d programs)\n" "$wt" "$gt" "${#cases[@]}"
# Every program's size (SIZES=all), else the largest ten.
for src in "${cases[@]}"; do
  b=$(basename "$src" .go)
  printf "%s %d %d\n" "$b" "$(size "$tmp/$b.wago.wasm")" "$(size "$tmp/$b.go.wasm")"
done | sort -k2,2nr | { [ "${SIZES:-}" = all ] && cat || head -10; } |
  awk 'BEGIN { print "  program                          wago bytes   go bytes" } { printf "  %-32s %10d %10d\n", $1, $2, $3 }'

# best FILE: the fastest of $runs runs of `wago run FILE`, in seconds.
best() {
  local b="" s e t
  for _ in $(seq "$runs"); do
    s=$(now); "$wago" run "$1" >/dev/null 2>&1 || true; e=$(now)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')
    b=$(awk -v b="$b" -v t="$t" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$b"
}
for name in ${BENCH_PROGRAMS:-sieve sorting float_print_random map_grow}; do
  [ -f "$tmp/$name.wago.wasm" ] || continue
  w=$(best "$tmp/$name.wago.wasm"); g=$(best "$tmp/$name.go.wasm")
  awk -v n="$name" -v w="$w" -v g="$g" \
    'BEGIN { printf "run %-20s wago %.3f s, go %.3f s: go/wago = %.2f×\n", n, w, g, g / w }'
done
