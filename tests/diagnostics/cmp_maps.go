package main

func main() {
	a, b := map[int]int{}, map[int]int{}
	_ = a == b
}
