#!/usr/bin/env bash
# Regenerates the expected diagnostics of tests/diagnostics: for every
# NAME.go there, NAME.out holds what real `go build` (gc) reports for it,
# built for GOOS=wasip1 GOARCH=wasm with -gcflags=-e (all errors) as the only
# file of a temporary module whose go.mod says `go 1.27` (or, when a
# NAME.mod sits next to the case, that file as go.mod). The lines are
# normalised to `NAME.go:LINE:COL: message`: the `# pkg` header is dropped
# and `./NAME.go` becomes `NAME.go` wherever it appears (gc also names
# positions inside messages, as in "declared at ./NAME.go:5:8").
# Every case must be rejected: a case go build accepts is an error here.
#
# Usage: scripts/gen-diagnostics.sh [NAME ...]   (default: every case)
set -euo pipefail
cd "$(dirname "$0")/.."
with_go=$PWD/scripts/with-go.sh
export GOWORK=off GOTOOLCHAIN=local CGO_ENABLED=0 GOOS=wasip1 GOARCH=wasm GOFLAGS=-mod=mod
dir=tests/diagnostics
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for src in "$dir"/*.go; do
    names+=("$(basename "$src" .go)")
  done
fi

status=0
for name in "${names[@]}"; do
  src="$dir/$name.go"
  mod="$tmp/$name"
  mkdir -p "$mod"
  if [ -f "$dir/$name.mod" ]; then
    cp "$dir/$name.mod" "$mod/go.mod"
  else
    printf 'module diag\n\ngo 1.27\n' >"$mod/go.mod"
  fi
  cp "$src" "$mod/$name.go"
  if (cd "$mod" && "$with_go" go build -gcflags=-e -o /dev/null . >"$mod/stdout" 2>"$mod/stderr") 2>/dev/null; then
    echo "gen-diagnostics: go build accepts $src; a case must hold one mistake" >&2
    rm -f "$dir/$name.out"
    status=1
    continue
  fi
  grep -v '^# ' "$mod/stderr" \
    | sed -e "s#$mod/##g" -e "s#\./$name\.go#$name.go#g" >"$dir/$name.out"
done
exit $status
