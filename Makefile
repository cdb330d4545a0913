# The two commands of README.md. Each installs what it needs.
.PHONY: demo test

# Build wago, compile examples/primes to WebAssembly and run it; type-check
# examples/hello (which needs fmt, not compiled yet).
demo:
	scripts/with-go.sh cargo run --release --quiet -p wago -- build -C examples/primes -o primes.wasm .
	@ls -l examples/primes/primes.wasm
	scripts/with-go.sh cargo run --release --quiet -p wago -- run examples/primes/primes.wasm
	scripts/with-go.sh cargo run --release --quiet -p wago -- check -C examples/hello ./...
	scripts/with-go.sh cargo run --release --quiet -p wago -- run -C examples/hello .

# The whole test suite: formatting, lints, unit, integration and corpus tests.
test:
	cargo fmt --all --check
	scripts/with-go.sh cargo clippy --workspace --all-targets -- -D warnings
	scripts/with-go.sh scripts/with-wasmtime.sh cargo test --workspace --release

# Parse speed of wago's parser against go/parser over $GOROOT/src (bench/parse.sh).
.PHONY: bench
bench:
	scripts/with-go.sh bench/parse.sh

# Type-checking speed and memory: `wago check std` against go/types
# (bench/check.sh).
.PHONY: bench-check
bench-check:
	scripts/with-go.sh bench/check.sh

# Back end: build time, module sizes and run time against GOOS=wasip1 go
# (bench/build.sh).
.PHONY: bench-build
bench-build:
	scripts/with-go.sh bench/build.sh

# Back end: run time of compute-heavy programs, wago against GOOS=wasip1 go,
# both precompiled by the same wasmtime (bench/run.sh).
.PHONY: bench-run
bench-run:
	scripts/with-go.sh scripts/with-wasmtime.sh bench/run.sh
