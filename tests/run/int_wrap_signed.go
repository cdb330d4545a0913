package main

func main() {
	var a int8 = 127
	a++
	println(a)
	a = -128
	a--
	println(a)
	var b int16 = 32767
	b += 10
	println(b)
	b = -32768
	b -= 1
	println(b)
	var c int32 = 2147483647
	c++
	println(c)
	c = -2147483648
	c--
	println(c)
	var d int64 = 9223372036854775807
	d++
	println(d)
	d = -9223372036854775808
	d--
	println(d)
	var e int = 9223372036854775807
	e += 2
	println(e)
	var m8 int8 = 100
	println(m8*3, m8*m8)
	var m16 int16 = 300
	println(m16*m16, m16*200)
	var m32 int32 = 100000
	println(m32*m32, m32*-30000)
	var m64 int64 = 3037000500
	println(m64*m64, m64*m64*m64)
	var n8 int8 = -128
	println(-n8, n8*-1)
	var n16 int16 = -32768
	println(-n16)
	var n32 int32 = -2147483648
	println(-n32)
	var n64 int64 = -9223372036854775808
	println(-n64)
}
