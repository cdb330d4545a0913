package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	println(fib(20))
	q, r := divmod(47, 6)
	println(q, r)
	println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	println(sum(xs...))
	a, b := swap("x", "y")
	println(a, b)
}
