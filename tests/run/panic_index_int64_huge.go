package main

func main() {
	s := []int{1, 2, 3}
	var i int64 = 1 << 40
	println(s[i])
}
