package main

func main() {
	_ = []int{0: 1, 0: 2}
}
