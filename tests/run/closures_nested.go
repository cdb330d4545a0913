package main

func makeAdder(base int) func(int) func() int {
	return func(x int) func() int {
		return func() int {
			base++
			return base + x
		}
	}
}

func memo(f func(int) int) func(int) int {
	cache := make(map[int]int)
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type op func(a, b int) int

func fold(xs []int, init int, f op) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	mk := makeAdder(100)
	a := mk(1)
	b := mk(10)
	println(a(), b(), a())
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	println(fib(80), calls)
	xs := []int{1, 2, 3, 4, 5}
	println(fold(xs, 0, func(a, b int) int { return a + b }), fold(xs, 1, func(a, b int) int { return a * b }))
	var mul op = func(a, b int) int { return a * b }
	println(mul(6, 7))
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	println(counter())
	x := 1
	f := func() func() {
		return func() { x *= 3 }
	}
	f()()
	f()()
	println(x)
	s := []func(){}
	total := 0
	for i := range 4 {
		s = append(s, func() { total += i })
	}
	for _, g := range s {
		g()
	}
	println(total)
}
