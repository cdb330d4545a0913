// What packages os, syscall and internal/poll ask of the runtime: the
// command line, exiting, SIGPIPE, the file descriptors' semaphores and the
// network poller (provided through //go:linkname, as gc's runtime does).
//
// There is no poller: with one goroutine nothing could run while a file
// waits, so every file is opened in blocking mode (internal/poll falls back
// to it when the poller refuses a descriptor).

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func args_sizes_get(argc unsafe.Pointer, bufLen unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_get
func args_get(argv unsafe.Pointer, buf unsafe.Pointer) int32

// argWords are args_sizes_get's results.
var argWords [2]uint32

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	if args_sizes_get(unsafe.Pointer(&argWords[0]), unsafe.Pointer(&argWords[1])) != 0 || argWords[0] == 0 {
		return []string{}
	}
	return wasiStrings(int(argWords[0]), int(argWords[1]), args_get)
}

// wasiStrings reads a WASI string list of count strings in size bytes
// with get (args_get or environ_get): pointers into a buffer of
// NUL-terminated strings.
func wasiStrings(count, size int, get func(ptrs unsafe.Pointer, buf unsafe.Pointer) int32) []string {
	ptrs := make([]uint32, count)
	buf := make([]byte, size)
	if get(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0])) != 0 {
		return []string{}
	}
	base := uint32(uintptr(unsafe.Pointer(&buf[0])))
	out := make([]string, count)
	for i, p := range ptrs {
		start := int(p - base)
		end := start
		for end < size && buf[end] != 0 {
			end++
		}
		out[i] = string(buf[start:end])
	}
	return out
}

// os.Exit tells the runtime first; there are no exit hooks to run.
//
//go:linkname os_beforeExit os.runtime_beforeExit
func os_beforeExit(exitCode int) {}

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) {
	exit(int32(code))
}

// A write to a closed pipe on standard output or error: gc's wasm port
// has no signals and says this.
//
//go:linkname os_sigpipe os.sigpipe
func os_sigpipe() {
	throw("too many writes on closed pipe")
}

//go:linkname syscall_now syscall.now
func syscall_now() (sec int64, nsec int32) {
	return walltime()
}

//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) {
	semacquire(addr, "semacquire")
}

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(addr *uint32) {
	*addr++
}

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() {}

// pollOpen refuses every descriptor (ENOSYS), which puts it in blocking
// mode; the other poller calls then never come with a descriptor.
//
//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) {
	const enosys = 52
	return 0, enosys
}

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(ctx uintptr) {}

//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(ctx uintptr, mode int) int {
	const pollNoError = 0
	return pollNoError
}

//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(ctx uintptr, mode int) int {
	const pollNoError = 0
	return pollNoError
}

//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(ctx uintptr) {}
