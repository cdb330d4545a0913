package main

func show(s []int) {
	for _, x := range s {
		print(x, " ")
	}
	println()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	println(n)
	show(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	println(n)
	show(s)
	s = []int{0, 1, 2, 3}
	n = copy(s, []int{9, 9, 9, 9, 9, 9})
	println(n)
	show(s)
	n = copy(s[1:2], s[2:])
	println(n)
	show(s)
	b := make([]byte, 5)
	n = copy(b, "hello world")
	println(n, string(b))
	n = copy(b[2:], "XY")
	println(n, string(b))
	var empty []int
	println(copy(empty, s), copy(s, empty))
	bs := []byte("abcdefgh")
	copy(bs[1:], bs)
	println(string(bs))
	copy(bs, bs[4:])
	println(string(bs))
}
