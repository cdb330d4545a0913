package main

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func dump() {
	for _, s := range trace {
		print(s, " ")
	}
	println()
	trace = trace[:0]
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	println(i, a[0], a[1])
	a[i], i = 7, 2
	println(i, a[1])
	x, y := 1, 2
	x, y = y, x+y
	println(x, y)
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	dump()
	arr := [3]int{}
	arr[t("idx", 1)] = t("val", 5)
	dump()
	f := func(p, q, r int) int { return p + q + r }
	println(f(t("p", 1), t("q", 2), t("r", 3)))
	dump()
	s := []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	dump()
	s[t("l", 0)], s[t("m", 1)] = s[t("r1", 1)], s[t("r0", 0)]
	dump()
	println(s[0], s[1])
	j := 0
	j += t("inc", 5)
	dump()
	b := [2]int{1, 2}
	b[0], b[1] = b[1], b[0]
	println(b[0], b[1])
	p := &b
	p[0], p[1] = p[1]*10, p[0]*10
	println(b[0], b[1])
}
