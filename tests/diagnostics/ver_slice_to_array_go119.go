package main

func main() {
	s := []int{1, 2}
	_ = [2]int(s)
}
