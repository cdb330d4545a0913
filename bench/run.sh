#!/usr/bin/env bash
# Run-time benchmark, wago against `GOOS=wasip1 GOARCH=wasm go`, in the
# same run and under the same wasmtime (the standalone CLI, 48.x): each
# compute-heavy corpus program is built by both, each module is compiled
# ahead of time by `wasmtime compile` (go's ~1.9 MB modules cost wasmtime
# far more compile time than wago's, which is not the program's speed),
# and the precompiled modules are run with `--allow-precompiled`, best of
# RUNS (default 5). Prints compile and run times per program and the
# run-time ratio go/wago (above 1: wago is faster).
# Needs `go` and the wasmtime CLI (make bench-run provides both).
# Usage: bench/run.sh [tests/run/NAME.go ...]
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
runs=${RUNS:-5}
cargo build --release --quiet -p wago
wago="$target/release/wago"
wasmtime=${WAGO_WASMTIME:-wasmtime}
flags=(-W max-wasm-stack=268435456)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { print e - s }'; }

# best CWASM: the fastest of $runs runs, in seconds.
best() {
  local b="" s t
  for _ in $(seq "$runs"); do
    s=$(now)
    "$wasmtime" run "${flags[@]}" --allow-precompiled "$1" >/dev/null 2>&1 || true
    t=$(elapsed "$s")
    b=$(awk -v b="$b" -v t="$t" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$b"
}

# aot WASM CWASM: compiles ahead of time; prints the seconds it took.
aot() {
  local s
  s=$(now)
  "$wasmtime" compile "${flags[@]}" -o "$2" "$1"
  elapsed "$s"
}

cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(tests/run/bench_nbody.go tests/run/bench_spectral_norm.go tests/run/bench_fannkuch.go)
printf "%-20s %12s %12s %10s %10s %9s\n" program "aot wago" "aot go" "run wago" "run go" "go/wago"
for src in "${cases[@]}"; do
  name=$(basename "$src" .go)
  "$wago" build -o "$tmp/$name.wago.wasm" "$src"
  (cd "$(dirname "$src")" && GOOS=wasip1 GOARCH=wasm go build -o "$tmp/$name.go.wasm" "$(basename "$src")")
  cw=$(aot "$tmp/$name.wago.wasm" "$tmp/$name.wago.cwasm")
  cg=$(aot "$tmp/$name.go.wasm" "$tmp/$name.go.cwasm")
  # Same output, or the comparison means nothing.
  "$wasmtime" run "${flags[@]}" --allow-precompiled "$tmp/$name.wago.cwasm" >"$tmp/w.out" 2>&1 || true
  "$wasmtime" run "${flags[@]}" --allow-precompiled "$tmp/$name.go.cwasm" >"$tmp/g.out" 2>&1 || true
  if ! cmp -s "$tmp/w.out" "$tmp/g.out"; then
    echo "$name: wago's and go's outputs differ" >&2
    exit 1
  fi
  w=$(best "$tmp/$name.wago.cwasm")
  g=$(best "$tmp/$name.go.cwasm")
  awk -v n="$name" -v cw="$cw" -v cg="$cg" -v w="$w" -v g="$g" \
    'BEGIN { printf "%-20s %10.3f s %10.3f s %8.3f s %8.3f s %8.2f×\n", n, cw, cg, w, g, g / w }'
done
