package main

type Grid [3][3]int

func sum(a [5]int) int {
	a[0] = 1000 // a copy: the caller's array is unchanged
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[0] = 10
	println(a[0], b[0], sum(a), a[0])
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = -1
	println(g[1][1], h[1][1], len(g), len(g[0]))
	p := &a
	p[4] = 50
	println(a[4], len(p))
	for i, v := range p {
		if i == 4 {
			println(v)
		}
	}
	c := [...]string{2: "two", 0: "zero"}
	println(len(c), c[0], c[1] == "", c[2])
	var bs [4]byte
	bs[3] = 255
	bs[3]++
	println(bs[3])
	idx := 2
	arr := [3]int{7, 8, 9}
	arr[idx] += 100
	println(arr[2])
}
