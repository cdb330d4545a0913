// What package time and syscall ask of the runtime: the clocks, sleeping
// and the environment, over WASI preview 1 (provided through
// //go:linkname, as gc's runtime does). Timers that deliver on channels
// (time.NewTimer, After, Ticker) need goroutines and are not provided.

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 poll_oneoff
func poll_oneoff(in unsafe.Pointer, out unsafe.Pointer, n int32, nevents unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environ_sizes_get(count unsafe.Pointer, bufLen unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environ_get(environ unsafe.Pointer, buf unsafe.Pointer) int32

// walltime is the real-time clock: seconds and nanoseconds since 1970.
func walltime() (sec int64, nsec int32) {
	const realtime = 0
	clock_time_get(realtime, 1, unsafe.Pointer(&clockNow))
	return clockNow / 1e9, int32(clockNow % 1e9)
}

//go:linkname time_runtimeNow time.runtimeNow
func time_runtimeNow() (sec int64, nsec int32, mono int64) {
	sec, nsec = walltime()
	return sec, nsec, nanotime()
}

// No goroutine is in a testing/synctest bubble (see sync.go).
//
//go:linkname time_runtimeIsBubbled time.runtimeIsBubbled
func time_runtimeIsBubbled() bool {
	return false
}

// poll_oneoff's subscription (48 bytes: userdata, event type, then the
// clock: id, timeout, precision, flags) and event (32 bytes) buffers.
var (
	sleepSub    [6]uint64
	sleepEvent  [4]uint64
	sleepEvents uint32
)

// Sleep pauses the program for at least ns nanoseconds: with one
// goroutine, nothing else can run meanwhile.
//
//go:linkname timeSleep time.Sleep
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	const monotonic = 1
	sleepSub = [6]uint64{}
	sleepSub[2] = monotonic // the clock (after userdata and the tag, clock = 0)
	sleepSub[3] = uint64(ns)
	sleepSub[4] = 1000 // precision, ns
	poll_oneoff(unsafe.Pointer(&sleepSub), unsafe.Pointer(&sleepEvent), 1, unsafe.Pointer(&sleepEvents))
}

// envWords are environ_sizes_get's results.
var envWords [2]uint32

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	if environ_sizes_get(unsafe.Pointer(&envWords[0]), unsafe.Pointer(&envWords[1])) != 0 || envWords[0] == 0 {
		return []string{}
	}
	return wasiStrings(int(envWords[0]), int(envWords[1]), environ_get)
}
