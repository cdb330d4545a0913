package main

func main() {
	var a [2]int
	_ = append(a, 1)
}
