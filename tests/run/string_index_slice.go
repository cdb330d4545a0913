package main

func main() {
	s := "hello, wörld"
	println(len(s), s[0], s[7], s[8], s[9])
	println(s[:5], s[7:], s[3:9], s[:0] == "", s[len(s):])
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	t := s[2:10]
	println(t, len(t), t[1:3])
	u := s
	u = u[1:]
	println(s, u)
	b := s[4]
	println(b == 'o', string(b))
	var e string
	println(len(e), e == "", e+"x")
}
