package main

func main() {
	s := []int{1, 2}
	println(len(s))
	a := [4]int(s)
	println(a[0])
}
