#!/usr/bin/env bash
# Writes the expected result of every program in tests/run/ (or of the
# programs named) from real Go: NAME.golden holds the exit status, the
# stdout and the stderr, up to and including the first "panic: " or
# "fatal error: " line (what follows is a goroutine trace that differs by
# platform). Each program is built natively and for GOOS=wasip1
# GOARCH=wasm; the wasm build is run by wago's embedded runtime
# (`wago run`), and the two results must agree before a golden is written.
# A program with a NAME.run file gets what it lists, one per line:
# `arg VALUE` (a command-line argument) and `env KEY=VALUE` (the whole
# environment is then these variables only), and `fs`: the program runs
# in a fresh empty directory and, as wasip1, sees the host's file system
# as Go's own wasip1 runner shows it (/ preopened, PWD set). A NAME.stdin
# file is its standard input (else it reads from /dev/null).
# A module case is a folder tests/run/NAME/ with a go.mod: its main.go is
# built there (imports resolve through the go.mod) and main.golden written.
# Usage: scripts/gen-run-cases.sh [tests/run/NAME.go tests/run/NAME/main.go ...]
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
cargo build --release --quiet -p wago
wago="$target/release/wago"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints the normalised result of running "$@".
result() {
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" <"$stdin" || status=$?
  echo "exit $status"
  echo "-- stdout --"
  cat "$tmp/out"
  echo "-- stderr --"
  awk '{ print } /^(panic: |fatal error: )/ { exit }' "$tmp/err"
}

cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(tests/run/*.go tests/run/*/main.go)
failed=0
for src in "${cases[@]}"; do
  name=${src%.go}
  args=(); prefix=(); fs=0
  stdin=$(realpath /dev/null)
  [ -f "$name.stdin" ] && stdin=$(realpath "$name.stdin")
  if [ -f "$name.run" ]; then
    prefix=(env -i)
    while IFS= read -r line; do
      case $line in
        "arg "*) args+=("${line#arg }") ;;
        "env "*) prefix+=("${line#env }") ;;
        fs) fs=1 ;;
      esac
    done <"$name.run"
  fi
  (cd "$(dirname "$src")" && go build -o "$tmp/native" "$(basename "$src")")
  (cd "$(dirname "$src")" && GOOS=wasip1 GOARCH=wasm go build -o "$tmp/prog.wasm" "$(basename "$src")")
  if [ $fs = 1 ]; then
    native_dir=$(mktemp -d) wasm_dir=$(mktemp -d)
    (cd "$native_dir" && result "${prefix[@]}" "$tmp/native" "${args[@]}") >"$tmp/native.golden"
    (cd "$wasm_dir" && result "${prefix[@]}" PWD="$wasm_dir" "$wago" run -dir /::/ "$tmp/prog.wasm" "${args[@]}") >"$tmp/wasm.golden"
    rm -rf "$native_dir" "$wasm_dir"
  else
    result "${prefix[@]}" "$tmp/native" "${args[@]}" >"$tmp/native.golden"
    result "${prefix[@]}" "$wago" run "$tmp/prog.wasm" "${args[@]}" >"$tmp/wasm.golden"
  fi
  if ! cmp -s "$tmp/native.golden" "$tmp/wasm.golden"; then
    echo "$src: native and wasip1 results differ:" >&2
    diff "$tmp/native.golden" "$tmp/wasm.golden" >&2 || true
    failed=1
    continue
  fi
  cp "$tmp/native.golden" "$name.golden"
done
exit $failed
