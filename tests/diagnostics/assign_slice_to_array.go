package main

func main() {
	var a [3]int = []int{1, 2, 3}
	_ = a
}
