package main

import "math/bits"

// math/bits compiled from GOROOT.
func main() {
	for _, x := range []uint64{0, 1, 0x80, 0xF0F0, 1 << 63, 0xFFFFFFFFFFFFFFFF, 0x123456789ABCDEF0} {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
		println(bits.RotateLeft64(x, 7), bits.RotateLeft64(x, -3), bits.Reverse64(x), bits.ReverseBytes64(x))
	}
	for _, x := range []uint32{0, 1, 0xDEADBEEF} {
		println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Reverse32(x))
	}
	println(bits.LeadingZeros8(3), bits.LeadingZeros16(3), bits.OnesCount8(0xAA), bits.Len8(9), bits.Len(255))
	println(bits.UintSize, bits.Reverse8(1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304))
	sum, carry := bits.Add64(0xFFFFFFFFFFFFFFFF, 2, 0)
	println(sum, carry)
	diff, borrow := bits.Sub64(1, 2, 0)
	println(diff, borrow)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	println(hi, lo)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 3)
	println(h32, l32)
}
