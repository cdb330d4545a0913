#!/usr/bin/env bash
# Type-checking benchmark: `wago check std` (release build) against
# go/types checking the same packages from source (tools/gotypesbench), in
# the same run, for GOOS/GOARCH from the environment (default wasip1/wasm).
# Both are cold processes that find, read, parse and check everything; each
# runs RUNS times (default 5) and the fastest wall time counts. Prints both
# times, the ratio (the goal: wago at least 3x faster) and the peak
# resident memory of both (from /usr/bin/time -v). Needs `go` on PATH
# (make bench-check provides it) and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
runs=${RUNS:-5}

if [ ! -x /usr/bin/time ]; then
  echo "bench/check.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 1
fi

cargo build --release --quiet -p wago
gobench="$target/release/gotypesbench"
(cd tools/gotypesbench && go build -o "$gobench" .)
# Both read GOROOT from the environment: no `go env` subprocess is timed.
GOROOT=$(go env GOROOT)
export GOROOT

# best CMD...: runs CMD $runs times; prints "<best wall s> <best cpu s> <peak RSS KB>"
# (cpu = user + system time, which other load on the machine disturbs less).
best() {
  local out best_s="" best_cpu="" peak=0 s u y kb
  out=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || {
      echo "bench/check.sh: $* failed:" >&2
      "$@" >&2 || true
      exit 1
    }
    read -r s u y kb <"$out"
    local cpu
    cpu=$(awk -v u="$u" -v y="$y" 'BEGIN { print u + y }')
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then best_s=$s; fi
    if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then best_cpu=$cpu; fi
    if [ "$kb" -gt "$peak" ]; then peak=$kb; fi
  done
  rm -f "$out"
  echo "$best_s $best_cpu $peak"
}

read -r wago_s wago_cpu wago_kb < <(best "$target/release/wago" check std)
read -r go_s go_cpu go_kb < <(best "$gobench")
pkgs=$("$gobench" | sed -E 's/go\/types: ([0-9]+) packages.*/\1/')

printf 'target: %s/%s, %s std packages, best of %s runs, %s cores\n' \
  "${GOOS:-wasip1}" "${GOARCH:-wasm}" "$pkgs" "$runs" "$(nproc)"
printf '%-24s %6.3f s wall  %6.3f s cpu  peak RSS %4d MB\n' "wago check std:" "$wago_s" "$wago_cpu" $((wago_kb / 1024))
printf '%-24s %6.3f s wall  %6.3f s cpu  peak RSS %4d MB\n' "go/types (gotypesbench):" "$go_s" "$go_cpu" $((go_kb / 1024))
awk -v w="$wago_s" -v g="$go_s" -v wc="$wago_cpu" -v gc="$go_cpu" \
  'BEGIN { printf "ratio go/types / wago: %.2fx wall, %.2fx cpu (goal: 3x)\n", g / w, gc / wc }'
