package main


func main() {
	var a int8 = -1
	var b uint8 = 255
	println(a < 0, b > 0, uint8(a) == b, int8(b) == a)
	vals := []int32{-2147483648, -1, 0, 1, 2147483647}
	for _, x := range vals {
		for _, y := range vals {
			print(x < y, x <= y, x == y, x != y, x >= y, x > y, uint32(x) < uint32(y), " ")
		}
		println()
	}
	u := []uint64{0, 1, 1 << 63, 18446744073709551615}
	for _, x := range u {
		for _, y := range u {
			print(x < y, int64(x) < int64(y), " ")
		}
		println()
	}
	println(min(3, -2, 7), max(3, -2, 7), min(uint8(3), 250), max(int8(-3), -128))
}
