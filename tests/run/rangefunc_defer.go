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

func deferred() {
	defer println("first defer")
	for x := range count(3) {
		defer println("deferred in body", x)
		println("body", x)
	}
	println("after loop")
}

func nested() (r int) {
	defer func() { println("nested returns", r) }()
	for x := range count(2) {
		for y := range count(2) {
			defer func() { r += 10 * (x + 1) * (y + 1) }()
		}
	}
	return 1
}

func deferThenPanic() {
	defer func() { println("recovered", recover().(string)) }()
	for x := range count(3) {
		defer println("deferred before panic", x)
		if x == 1 {
			panic("stop")
		}
	}
}

func deferThenReturn() int {
	for x := range count(5) {
		defer println("deferred, x =", x)
		if x == 1 {
			return 42
		}
	}
	return 0
}

func main() {
	deferred()
	println(nested())
	deferThenPanic()
	println(deferThenReturn())
}
