package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator exits")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(n, want int) (int, bool) {
	for x := range count(n) {
		if x == want {
			return x * 100, true
		}
	}
	return -1, false
}

func named(n int) (res int, err string) {
	res = 7
	for x := range count(n) {
		if x == 2 {
			err = "two"
			return
		}
		res += x
	}
	return res, "none"
}

type point struct{ x, y int }

func structResult() (p point, s string) {
	for x := range count(5) {
		for y := range count(5) {
			if x+y == 5 {
				return point{x, y}, "found"
			}
		}
	}
	return point{}, "no"
}

func noResults(n int) {
	for x := range count(n) {
		if x == 1 {
			println("returning")
			return
		}
	}
	println("fell off")
}

func deferSeesResult() (r int) {
	defer func() { println("deferred sees", r) }()
	for x := range count(4) {
		if x == 3 {
			return x + 1
		}
	}
	return 0
}

func inLiteral() int {
	f := func() int {
		for x := range count(9) {
			if x == 4 {
				return x
			}
		}
		return -1
	}
	return f() * 2
}

func main() {
	println(find(5, 3))
	println(find(2, 3))
	println(named(5))
	println(named(2))
	p, s := structResult()
	println(p.x, p.y, s)
	noResults(3)
	noResults(1)
	println(deferSeesResult())
	println(inLiteral())
}
