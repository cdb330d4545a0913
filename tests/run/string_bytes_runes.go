package main

func main() {
	s := "héllo"
	b := []byte(s)
	println(len(b), cap(b) >= 6)
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	r[1] = 'e'
	println(len(r), string(r), s)
	var empty []byte
	println(string(empty) == "", len([]byte("")), len([]rune("")))
	bs := []byte{104, 105, 0xff, 0xc3}
	println(string(bs), len(string(bs)))
	for _, c := range string(bs) {
		print(c, " ")
	}
	println()
	x := []byte("abc")
	y := string(x)
	x[0] = 'z'
	println(y, string(x))
	rs := []rune{0x48, 0x20ac, -5, 0x1F600}
	t := string(rs)
	println(t, len(t))
	println(string(rune(65)), string(rune(0x4e16)), string(byte(66)))
	var i int = 0x263a
	println(string(rune(i)))
	runes := []rune("a\xffb")
	println(len(runes), runes[1])
}
