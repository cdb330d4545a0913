package main

func main() {
	n, c := 5, 3
	s := make([]int, n, c)
	println(len(s))
}
