#!/usr/bin/env bash
# Regenerates the expected diagnostics of crates/wago-syntax/tests/syntax_errors:
# for every NAME.go there, NAME.errors holds what go/parser reports for it
# (as gofmt -e shows it: sorted, first error per line), one "line:col: msg"
# line each, printed by tools/goparsedump -errors. Every case must be
# rejected: a case go/parser accepts is an error here.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOWORK=off GOTOOLCHAIN=local CGO_ENABLED=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd tools/goparsedump && ../../scripts/with-go.sh go build -o "$tmp/goparsedump" .)
status=0
for src in crates/wago-syntax/tests/syntax_errors/*.go; do
  expected="${src%.go}.errors"
  "$tmp/goparsedump" -errors "$src" >"$expected"
  if [ ! -s "$expected" ]; then
    echo "gen-syntax-errors: go/parser accepts $src; a case must hold one mistake" >&2
    rm -f "$expected"
    status=1
  fi
done
exit $status
