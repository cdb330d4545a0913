package main

// Function literals (with closures and range-over-func loops) in package
// variable initialisers.

func seq(yield func(int) bool) {
	for i := 1; i <= 4; i++ {
		if !yield(i) {
			return
		}
	}
}

var total = func() int {
	s := 0
	for x := range seq {
		s += x
	}
	return s
}()

var doubled = func() int {
	s := 1
	double := func() { s *= 2 }
	for range seq {
		double()
	}
	return s
}()

func main() {
	println(total, doubled)
}
