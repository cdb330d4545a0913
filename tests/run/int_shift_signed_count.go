package main

func main() {
	x := 1
	for _, s := range []int{0, 1, 5, 62, 63, 64, 100} {
		println(x<<s, -1000>>s, uint32(0xffffffff)>>s)
	}
	var s8 int8 = 3
	var s16 int16 = 9
	var s32 int32 = 31
	var s64 int64 = 40
	var u8 uint8 = 250
	println(1<<s8, 1<<s16, int64(1)<<s32, int64(1)<<s64, int64(1)<<u8)
	var v int32 = -7
	println(v>>s8, v<<s16, v>>s64)
	const c = 1 << 10
	println(c>>3, c<<40)
	var y uint16 = 1
	y <<= 15
	println(y)
	y <<= 1
	println(y)
	var z int16 = -1
	z >>= 20
	println(z)
	z <<= 15
	println(z)
}
