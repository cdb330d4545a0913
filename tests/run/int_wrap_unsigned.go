package main

func main() {
	var a uint8 = 255
	a++
	println(a)
	a = 0
	a--
	println(a)
	var b uint16 = 65535
	b += 3
	println(b)
	b = 1
	b -= 2
	println(b)
	var c uint32 = 4294967295
	c++
	println(c)
	c = 0
	c--
	println(c)
	var d uint64 = 18446744073709551615
	d++
	println(d)
	d = 0
	d--
	println(d)
	var e uint = 0
	e--
	println(e)
	var m8 uint8 = 200
	println(m8*m8, m8+m8, -m8)
	var m16 uint16 = 60000
	println(m16*m16, m16+m16, -m16)
	var m32 uint32 = 4000000000
	println(m32*m32, m32+m32, -m32)
	var m64 uint64 = 18000000000000000000
	println(m64*m64, m64+m64, -m64)
	var x uint8 = 0x0f
	println(^x, x&^0x3, x|0xf0, x^0xff)
	var y uint32 = 0xdeadbeef
	println(^y, y>>16, y<<8)
	var z uint64 = 1
	for i := 0; i < 70; i += 7 {
		z = z*31 + uint64(i)
		print(z, " ")
	}
	println()
}
