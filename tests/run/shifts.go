package main

func main() {
	var s uint = 70
	x := 1
	println(x<<s, x<<63, -8>>1, int8(-128)>>s)
	var n int = 3
	println(1<<n, uint8(200)<<n, int16(1000)<<n)
	var big uint64 = 1 << 40
	println(big>>33, uint32(1)<<s)
	for i := 0; i < 66; i += 13 {
		println(i, uint64(1)<<i, int32(-1)<<i)
	}
}
