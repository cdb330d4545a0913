package main

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769,
		2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 9223372036854775807, -9223372036854775808,
		0x123456789abcdef0, -0x123456789abcdef0}
	for _, v := range vals {
		println(v, int8(v), int16(v), int32(v), int(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v))
	}
	var a int8 = -3
	println(uint8(a), uint16(a), uint32(a), uint64(a), int16(a), int64(a))
	var b uint8 = 200
	println(int8(b), int16(b), int32(b), int64(b), uint64(b))
	var c uint32 = 0x80000001
	println(int32(c), int64(c), int8(c), int16(c), uint16(c))
	var d int32 = -0x7ffffff0
	println(uint32(d), uint64(d), uint8(d), int8(d))
	var e uint64 = 0xffffffff00000080
	println(int8(e), uint8(e), int32(e), uint32(e), int64(e))
	var r rune = 'é'
	var by byte = byte(r)
	println(r, by, int8(by))
}
