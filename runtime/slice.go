package runtime

import "unsafe"

// Slices: make, append's growth and copy.

// The shape arguments are the element's GC shape (nil: no pointers).

func makeslice(n, c int64, size int32, shape unsafe.Pointer) (unsafe.Pointer, int32, int32) {
	if n < 0 || n > 1<<31-1 {
		runtimeError("makeslice: len out of range")
	}
	if c < n || c > 1<<31-1 {
		runtimeError("makeslice: cap out of range")
	}
	return mallocgc(int32(c)*size, shape), int32(n), int32(c)
}

// growslice appends m elements at q to the slice (p, n, c) of elements of
// the given size, reallocating when the capacity is short.
func growslice(p unsafe.Pointer, n, c int32, q unsafe.Pointer, m int32, size int32, shape unsafe.Pointer) (unsafe.Pointer, int32, int32) {
	need := n + m
	if need > c {
		nc := nextslicecap(need, c)
		if size > 0 {
			nc = int32(roundupsize(uintptr(nc)*uintptr(size)) / uintptr(size))
		}
		np := mallocgc(nc*size, shape)
		memmove(np, p, n*size)
		p = np
		c = nc
	}
	memmove(unsafe.Add(p, n*size), q, m*size)
	return p, need, c
}

func slicecopy(dp unsafe.Pointer, dn int32, sp unsafe.Pointer, sn int32, size int32) int {
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 {
		memmove(dp, sp, n*size)
	}
	return int(n)
}

// nextslicecap is gc's growth rule: double small slices, grow large ones
// by about 1.25x plus a constant, and never below what is needed.
func nextslicecap(newLen, oldCap int32) int32 {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint32(newcap) >= uint32(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// gc's allocation size classes up to 32 KiB: append rounds a new backing
// array up to one, so capacities grow exactly as with gc.
var sizeClasses = [...]uint16{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
	2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
	12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

func roundupsize(size uintptr) uintptr {
	if size <= 32768 {
		for _, c := range sizeClasses {
			if uintptr(c) >= size {
				return uintptr(c)
			}
		}
	}
	const page = 8192
	return (size + page - 1) &^ (page - 1)
}
