package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func double(x int) int { return 2 * x }

func main() {
	c := counter()
	c()
	c()
	println(c())
	d := counter()
	println(d(), c())
	k := 10
	add := func(x int) int { return x + k }
	k = 20
	ys := apply([]int{1, 2, 3}, add)
	println(ys[0], ys[1], ys[2])
	h := compose(double, add)
	println(h(1))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	println(fib(3), rec(15))
	sum := 0
	func() {
		sum += 5
	}()
	println(sum)
	var nilf func()
	println(nilf == nil)
	g := double
	println(g(21))
}
