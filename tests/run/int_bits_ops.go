package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func rotl(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

func main() {
	println(popcount(0), popcount(0xff), popcount(18446744073709551615), popcount(0x5555))
	println(reverse(1), reverse(0x80000000), reverse(0x12345678))
	for k := uint(0); k < 33; k += 4 {
		print(rotl(0x12345678, k), " ")
	}
	println()
	var a int = -6
	println(a&3, a|3, a^3, a&^3, ^a)
	var b int16 = 0x7f0f
	println(b&^0x0f0f, b^-1, ^b)
	var c uint8 = 0b1010_1010
	println(c&0x0f, c|0x0f, c^0xff, c&^0xa0, ^c)
	x := uint64(0x0123456789abcdef)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	println(x)
}
