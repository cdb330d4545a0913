#!/usr/bin/env bash
# Regenerates crates/wago-loader/tests/cases/*/expected with the real go
# command: never write those files by hand.
#
# A case is a directory holding `cmd` (one line: optional GOOS=/GOARCH=
# settings, optional -tags=..., then the patterns), `mod/` (the directory
# go runs in) and optionally `modcache/` (a fake GOMODCACHE; then go runs
# with -mod=mod and no network). The expected file lists every non-standard
# package `go list -e -deps` reports, with $CASE and $GOROOT in place of
# those directories. wago's model of GOEXPERIMENT is `none`. The go command
# caches an index of module-cache directories (assumed immutable); goindex=0
# keeps an edited fake cache from going stale. The go command's warnings
# (a wildcard matching nothing) follow the packages as `warning: ...` lines.
set -euo pipefail
cd "$(dirname "$0")/../crates/wago-loader/tests/cases"
goroot=$(go env GOROOT)
format='{{if not .Standard}}{{.ImportPath}} name={{.Name}} dir={{.Dir}} files={{join .GoFiles ","}} imports={{join .Imports ","}}{{with .Error}} error={{.Pos}}|{{printf "%q" .Err}}{{end}}{{"\n"}}{{end}}'
for case in */; do
  case=${case%/}
  dir=$PWD/$case
  read -r -a words < "$case/cmd"
  goos=wasip1 goarch=wasm tags=() patterns=()
  for w in "${words[@]}"; do
    case $w in
      GOOS=*) goos=${w#GOOS=} ;;
      GOARCH=*) goarch=${w#GOARCH=} ;;
      -tags=*) tags=("$w") ;;
      *) patterns+=("$w") ;;
    esac
  done
  modenv=(GOMODCACHE="$dir/modcache" GOFLAGS= GOPROXY=off GOSUMDB=off)
  if [ -d "$dir/modcache" ]; then modenv+=(GOFLAGS=-mod=mod); fi
  # go list exits 1 when a package has an error; the errors are the point.
  stderr=$(mktemp)
  (cd "$dir/mod" && env "${modenv[@]}" GOWORK= GODEBUG=goindex=0 GOEXPERIMENT=none GOOS="$goos" GOARCH="$goarch" \
      go list -e -deps "${tags[@]}" -f "$format" "${patterns[@]}") 2>"$stderr" \
    | sed -e "s#$dir#\$CASE#g" -e "s#$goroot#\$GOROOT#g" > "$dir/expected" || true
  sed -n -e 's/^go: warning: /warning: /p' "$stderr" >> "$dir/expected"
  rm -f "$stderr"
  rm -f "$dir/mod/go.sum"
  echo "$case: $(wc -l < "$dir/expected") packages"
done
