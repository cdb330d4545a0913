// internal/bytealg's functions that gc implements in assembly for wasm
// (or in its runtime), provided through //go:linkname like sync's hooks.

package runtime

import "unsafe"

//go:linkname bytealg_IndexByte internal/bytealg.IndexByte
func bytealg_IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

//go:linkname bytealg_IndexByteString internal/bytealg.IndexByteString
func bytealg_IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname bytealg_Compare internal/bytealg.Compare
func bytealg_Compare(a, b []byte) int {
	return cmpstring(unsafe.String(unsafe.SliceData(a), len(a)), unsafe.String(unsafe.SliceData(b), len(b)))
}

// MakeNoZero may leave the bytes unzeroed; the allocator zeroes anyway.
//
//go:linkname bytealg_MakeNoZero internal/bytealg.MakeNoZero
func bytealg_MakeNoZero(n int) []byte {
	return unsafe.Slice((*byte)(mallocgc(int32(n), nil)), n)
}
