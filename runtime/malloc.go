package runtime

import "unsafe"

// The heap: a bump allocator over the memory after the static data,
// growing the memory as needed. Fresh WebAssembly memory is zero, so
// every allocation starts zeroed. Nothing is freed yet: the collector
// (mark-sweep from shadow-stack roots) comes with the GC-root pass.
var heapPtr uintptr
var heapEnd uintptr

const pageSize = 64 << 10

// alloc returns size zeroed bytes, 8-byte aligned.
func alloc(size int32) unsafe.Pointer {
	if heapPtr == 0 {
		heapPtr = (uintptr(heapBase()) + 7) &^ 7
		heapEnd = uintptr(wasmMemorySize()) * pageSize
	}
	n := (uintptr(size) + 7) &^ 7
	if n > heapEnd-heapPtr {
		grow(n - (heapEnd - heapPtr))
	}
	p := heapPtr
	heapPtr += n
	return unsafe.Pointer(p)
}

// grow adds at least need bytes of memory, doubling the heap when that is more.
func grow(need uintptr) {
	pages := (need + pageSize - 1) / pageSize
	if cur := heapEnd / pageSize; pages < cur {
		pages = cur
	}
	if wasmMemoryGrow(int32(pages)) < 0 {
		writeString(2, "fatal error: out of memory\n")
		exit(2)
	}
	heapEnd += pages * pageSize
}
