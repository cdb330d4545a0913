package main

func main() {
	x := [3]int{
		1, 2, 3,
	]
}
