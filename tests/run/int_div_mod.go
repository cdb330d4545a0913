package main

func main() {
	vals := []int{7, -7, 1, -1, 0, 100, -100, 9223372036854775807, -9223372036854775808}
	divs := []int{1, -1, 2, -2, 3, -3, 7, 10, -10}
	for _, v := range vals {
		for _, d := range divs {
			print(v/d, ":", v%d, " ")
		}
		println()
	}
	var a8 int8 = -128
	var m8 int8 = -1
	println(a8/m8, a8%m8)
	var a16 int16 = -32768
	var m16 int16 = -1
	println(a16/m16, a16%m16)
	var a32 int32 = -2147483648
	var m32 int32 = -1
	println(a32/m32, a32%m32)
	var a64 int64 = -9223372036854775808
	var m64 int64 = -1
	println(a64/m64, a64%m64)
	var u8 uint8 = 250
	var d8 uint8 = 7
	println(u8/d8, u8%d8)
	var u32 uint32 = 4000000000
	var d32 uint32 = 3
	println(u32/d32, u32%d32)
	var u64 uint64 = 18000000000000000000
	var d64 uint64 = 7
	println(u64/d64, u64%d64)
	x := -17
	x /= 4
	println(x)
	x = -17
	x %= 4
	println(x)
}
