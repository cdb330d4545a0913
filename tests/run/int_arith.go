package main

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b, -a/b, -a%b)
	println(a&b, a|b, a^b, a&^b, ^a)
	var x int8 = 127
	x++
	println(x)
	var u uint8 = 0
	u--
	println(u)
	var i32 int32 = -2147483648
	println(i32/-1, i32%-1)
	var m int64 = -9223372036854775808
	var d int64 = -1
	println(m/d, m%d)
	var u16 uint16 = 65535
	u16 *= u16
	println(u16)
	println(uint32(1)<<31, uint64(1)<<63, int64(-1)>>70)
}
