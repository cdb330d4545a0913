#!/bin/sh
# Writes tests/cases/NAME.out from real Go: the output of `go run NAME.go`.
set -e
cd "$(dirname "$0")/cases"
for g in *.go; do
  go run "$g" > "${g%.go}.out"
done
