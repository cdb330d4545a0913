package runtime

import "unsafe"

// Slices: make, append's growth and copy.

func makeslice(n, c int64, size int32) (unsafe.Pointer, int32, int32) {
	if n < 0 || n > 1<<31-1 {
		runtimeError("makeslice: len out of range")
	}
	if c < n || c > 1<<31-1 {
		runtimeError("makeslice: cap out of range")
	}
	return alloc(int32(c) * size), int32(n), int32(c)
}

// growslice appends m elements at q to the slice (p, n, c) of elements of
// the given size, reallocating when the capacity is short.
func growslice(p unsafe.Pointer, n, c int32, q unsafe.Pointer, m int32, size int32) (unsafe.Pointer, int32, int32) {
	need := n + m
	if need > c {
		nc := c * 2
		if c >= 256 {
			nc = c + (c+3*256)/4
		}
		if nc < need {
			nc = need
		}
		np := alloc(nc * size)
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
