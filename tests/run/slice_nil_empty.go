package main

func describe(s []int) {
	println(s == nil, len(s), cap(s) >= len(s))
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[0:0]
	describe(a)
	describe(b)
	describe(c)
	describe(d)
	describe(e)
	a = append(a, 1)
	describe(a)
	var f []int
	f = append(f)
	describe(f)
	f = append(f, []int{}...)
	describe(f)
	for range f {
		println("never")
	}
	g := a[1:]
	describe(g)
	var s string
	bs := []byte(s)
	println(bs == nil, len(bs))
	var nn []string
	println(len(nn), nn == nil)
	nn = nil
	println(len(nn[:0]))
	var m [][]int
	m = append(m, nil)
	println(len(m), m[0] == nil)
}
