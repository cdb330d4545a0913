package main

type Grid [3][3]int

func bump(a [4]int) [4]int {
	a[0] += 100
	return a
}

func bumpPtr(a *[4]int) { a[1] += 100 }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 9
	println(a[0], b[0])
	c := bump(a)
	println(a[0], c[0])
	bumpPtr(&a)
	println(a[1])
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = -1
	row := g[1]
	row[0] = 77
	println(g[1][1], h[1][1], g[1][0], row[0])
	p := &g[2]
	p[2] = 42
	println(g[2][2])
	arrs := [2][4]int{a, c}
	arrs[0][3] = 0
	println(a[3], arrs[0][3], arrs[1][0])
	var z [5]bool
	println(len(z), z[4])
	e := [...]string{"x", "y", 5: "z"}
	println(len(e), e[5], e[2] == "")
	for i, v := range a {
		a[3] = 1000
		print(i, v, " ")
	}
	println()
	for i := range len(a) {
		print(a[i], " ")
	}
	println()
}
