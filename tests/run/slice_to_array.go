package main

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	println(a[0], s[0], a[2])
	p := (*[2]int)(s[3:])
	p[0] = 40
	println(s[3], len(p))
	var empty []int
	e := [0]int(empty)
	println(len(e))
}

func init() {
	s := []byte("abcdef")
	a := [4]byte(s[1:])
	s[1] = 'X'
	println(string(a[:]), string(s))
	pa := (*[4]byte)(s[1:])
	s[2] = 'Y'
	println(string(pa[:]))
	var nilS []int
	pn := (*[0]int)(nilS)
	println(pn == nil)
}
