package main

func main() {
	s := []int{1, 2, 3, 4}
	lo := -1
	println(len(s[lo:]))
}
