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

// KeepAlive marks its argument as reachable up to this call. The
// collector here runs only inside allocations and has no finalizers, so
// nothing can observe an object dying early: there is nothing to do.
func KeepAlive(x any) {}

// GOROOT returns the root of the Go tree the program was built with. wago
// does not write the build machine's paths into modules, so it is "".
// (Deprecated upstream too.)
func GOROOT() string {
	return ""
}
