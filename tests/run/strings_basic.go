package main

func main() {
	s := "héllo, 世界"
	println(len(s), s[0], s[1])
	t := s + "!"
	println(t, len(t))
	println(s[7:], s[:2] == "h\xc3")
	for i, r := range "aé世" {
		println(i, r)
	}
	println("abc" < "abd", "abc" == "abc", "b" > "abc", "" < "a")
	b := []byte("go")
	b = append(b, '!')
	println(string(b), len(b))
	rs := []rune("日本")
	println(len(rs), rs[1], string(rs))
	println(string(rune(65)), string(rune(0x4e16)))
	var e string
	e += "x"
	e += "yz"
	println(e)
}
