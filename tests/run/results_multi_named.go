package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap3(a, b, c string) (string, string, string) { return c, a, b }

func named() (x int, s string, ok bool) {
	x = 5
	if x > 3 {
		s = "big"
		return x * 2, s, true
	}
	return
}

func early(n int) (res int) {
	for i := 0; ; i++ {
		res += i
		if res > n {
			return
		}
	}
}

func pass() (int, int)       { return divmod(17, 5) }
func sum2(a, b int) int       { return a + b }
func zeroes() (a int, b [3]int, c []int, d string, e float64) { return }

func main() {
	q, r := divmod(17, -5)
	println(q, r)
	a, b, c := swap3("a", "b", "c")
	println(a, b, c)
	x, s, ok := named()
	println(x, s, ok)
	println(early(10))
	println(sum2(pass()))
	_, r2 := pass()
	println(r2)
	z1, z2, z3, z4, z5 := zeroes()
	println(z1, z2[2], z3 == nil, z4 == "", z5)
	var m, n int
	m, n = n+1, m+2
	println(m, n)
	m, n = n, m
	println(m, n)
}
