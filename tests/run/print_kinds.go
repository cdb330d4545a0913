package main

type MyInt int
type MyStr string

func main() {
	println(true, false)
	println(0, -1, 127, -128, 9223372036854775807, -9223372036854775808)
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	println(int8(-5), int16(-300), int32(-70000), int64(-1)<<40)
	println(1.0, -2.5, 0.1, 1e100, 1e-100, 3.0e-5, 123456789.125)
	println(float32(1.5), float32(-0.1), float32(3.4e38))
	println(complex(1, -1), complex64(complex(2.5, 0)))
	println("str", "", "with space", "tab\tand\nnewline")
	println(MyInt(42), MyStr("named"))
	println('a', 'é', '\n')
	var f32 float32 = 1e-45
	println(f32)
	print("no", "spaces", 1, 2, true, "\n")
	print(1.5, "\n")
	println()
	var e []int
	println(len(e), e == nil)
	println(0.0, -0.0, 100.0, 1e6, 1e7, 1e20, 1e21, 12345.678e10)
}
