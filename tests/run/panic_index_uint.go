package main

func main() {
	s := []int{1, 2, 3}
	var i uint8 = 200
	println(s[i])
}
