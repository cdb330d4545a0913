package main

func sh8(x int8, s uint) (int8, int8)       { return x << s, x >> s }
func shu8(x uint8, s uint) (uint8, uint8)   { return x << s, x >> s }
func sh16(x int16, s uint) (int16, int16)   { return x << s, x >> s }
func shu16(x uint16, s uint) (uint16, uint16) { return x << s, x >> s }
func sh32(x int32, s uint) (int32, int32)   { return x << s, x >> s }
func shu32(x uint32, s uint) (uint32, uint32) { return x << s, x >> s }
func sh64(x int64, s uint) (int64, int64)   { return x << s, x >> s }
func shu64(x uint64, s uint) (uint64, uint64) { return x << s, x >> s }

func main() {
	counts := []uint{0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 200, 1 << 40}
	for _, s := range counts {
		a, b := sh8(-5, s)
		c, d := shu8(0xa5, s)
		e, f := sh16(-1234, s)
		g, h := shu16(0xbeef, s)
		println(s, a, b, c, d, e, f, g, h)
		i, j := sh32(-123456789, s)
		k, l := shu32(0xdeadbeef, s)
		m, n := sh64(-1234567890123, s)
		o, p := shu64(0xfedcba9876543210, s)
		println(s, i, j, k, l, m, n, o, p)
	}
}
