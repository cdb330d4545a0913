package main

func main() {
	s := make([]byte, 2, 4)
	lo, hi := 2, 1
	println(len(s[lo:hi:3]))
}
