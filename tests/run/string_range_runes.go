package main

func main() {
	s := "aé€😀\xffb\xe2\x82c\xf0\x9f\x98"
	for i, r := range s {
		println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	println(n)
	for i := range "héllo" {
		print(i, " ")
	}
	println()
	rs := []rune(s)
	println(len(rs), len(s))
	for _, r := range rs {
		print(r, " ")
	}
	println()
	println(string(rs))
	println(string(rune(0x10FFFF)), string(rune(0x110000)) == "\uFFFD", string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
}
