package main

func main() {
	var b uint8
	steps := 0
	for b = 250; b != 4; b++ {
		steps++
	}
	println(steps, b)
	var i8 int8
	n := 0
	for i8 = 120; i8 > 0; i8 += 3 {
		n++
	}
	println(n, i8)
	var h uint16 = 1
	for i := 0; i < 20; i++ {
		h = h*3 + 7
	}
	println(h)
	var acc int16
	for i := int16(0); i < 300; i++ {
		acc += i * i
	}
	println(acc)
	var u32 uint32 = 1
	for i := 0; i < 40; i++ {
		u32 *= 5
	}
	println(u32)
	var s32 int32 = 1
	for i := 0; i < 40; i++ {
		s32 = s32*7 - 3
	}
	println(s32)
	var diff uint = 3
	diff -= 5
	println(diff > 100, diff+10)
	var c uint8 = 'z'
	c += 10
	println(c)
	var hash uint32 = 2166136261
	for _, ch := range []byte("wago") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	println(hash)
}
