// Scheduling questions, answered for a WebAssembly module: one thread, and
// (until goroutines are compiled) one goroutine.

package runtime

// GOOS and GOARCH are the target wago compiles for.
const (
	GOOS   = "wasip1"
	GOARCH = "wasm"
)

// GOMAXPROCS reports 1, the number of threads a wasip1 module runs on;
// like Go's wasm port, it ignores requests to change it.
func GOMAXPROCS(n int) int {
	return 1
}

// NumCPU reports 1, as Go does on wasip1.
func NumCPU() int {
	return 1
}

// Gosched yields the processor; with one goroutine there is no one to
// yield to.
func Gosched() {}
