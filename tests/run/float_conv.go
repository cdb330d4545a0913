package main

func main() {
	fs := []float64{0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e9, -1e9, 123456.789, -98765.4321, 4294967295.9, 2147483647.5, 9.2e18, -9.2e18}
	for _, f := range fs {
		println(f, int64(f), int32(int64(f)), int(f), uint64(max(f, 0)), float32(f))
	}
	is := []int64{0, 1, -1, 1 << 53, 1<<53 + 1, -(1<<53 + 1), 9223372036854775807, -9223372036854775808, 16777217}
	for _, i := range is {
		println(i, float64(i), float32(i), float64(float32(i)))
	}
	us := []uint64{0, 1 << 63, 18446744073709551615, 1<<64 - 1025, 12345678901234567890}
	for _, u := range us {
		println(u, float64(u), float32(u))
	}
	var u32 uint32 = 4294967295
	println(float64(u32), float32(u32))
	var i8 int8 = -100
	println(float64(i8), float32(i8))
	var f float64 = 255.9
	println(uint8(f), int8(f-200), uint16(f*100), int16(-f*100))
	var g float32 = 1.0 / 3
	println(g, float64(g), float32(float64(g)))
}
