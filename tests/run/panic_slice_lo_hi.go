package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	println(len(s[1:3]))
	println(len(s[lo:hi]))
}
