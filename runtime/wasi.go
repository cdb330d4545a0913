// Package runtime is wago's own runtime, compiled by wago into every
// program: memory allocation, printing, panics and the WASI imports they
// use. It replaces GOROOT's runtime, which is tied to gc.
//
// Functions declared without a body are either WebAssembly imports
// (//go:wasmimport) or intrinsics the compiler lowers inline
// (wasmMemorySize, wasmMemoryGrow, heapBase).
package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 fd_write
func fd_write(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func proc_exit(code int32)

// The memory's size in 64 KiB pages.
func wasmMemorySize() int32

// Grows the memory by delta pages; the old size, or -1.
func wasmMemoryGrow(delta int32) int32

// The first address after the program's static data.
func heapBase() unsafe.Pointer

// write's iovec and count: package variables, not locals (which would
// be heap cells), so that printing never allocates.
var (
	iov     [2]uint32
	written uint32
)

// write writes n bytes at p to the file descriptor fd, retrying short writes.
func write(fd int32, p unsafe.Pointer, n int32) {
	for n > 0 {
		iov[0] = uint32(uintptr(p))
		iov[1] = uint32(n)
		if fd_write(fd, unsafe.Pointer(&iov), 1, unsafe.Pointer(&written)) != 0 {
			return
		}
		p = unsafe.Add(p, written)
		n -= int32(written)
	}
}

func writeString(fd int32, s string) {
	write(fd, unsafe.Pointer(unsafe.StringData(s)), int32(len(s)))
}

// exit ends the program with the given status.
func exit(code int32) {
	proc_exit(code)
}

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func clock_time_get(clock int32, precision int64, time unsafe.Pointer) int32

// nanotime's result word (a package variable, so that asking never
// allocates).
var clockNow int64

// nanotime is the monotonic clock in nanoseconds (time's runtime clock,
// and internal/sync's).
//
//go:linkname nanotime time.runtimeNano
//go:linkname nanotime internal/sync.runtime_nanotime
func nanotime() int64 {
	const monotonic = 1
	clock_time_get(monotonic, 1, unsafe.Pointer(&clockNow))
	return clockNow
}
