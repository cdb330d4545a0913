package main

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		total += i
		println("step", i, total)
	}
	if total > 5 {
		panic("total too large")
	}
	println("unreachable")
}
