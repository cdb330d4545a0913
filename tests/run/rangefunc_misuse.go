package main

// An iterator that ignores yield's false.
func stubborn(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
		println("  yield returned")
	}
}

func main() {
	for x := range stubborn {
		println("x", x)
		if x == 1 {
			break
		}
	}
	println("not reached")
}
