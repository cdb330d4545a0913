package main

func main() {
	s := make([]int, 2, 4)
	lo, hi, max := 1, 3, 2
	println(len(s[lo:2:3]))
	println(len(s[lo:hi:max]))
}
