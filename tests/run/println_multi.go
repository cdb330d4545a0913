package main

func two() (int, string) { return 1, "two" }

func three() (bool, float64, []int) { return true, 2.5, nil }

func main() {
	println(two())
	print(two())
	println()
	println(three())
}
