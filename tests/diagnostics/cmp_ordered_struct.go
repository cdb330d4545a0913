package main

type P struct{ x int }

func main() {
	var a, b P
	_ = a < b
}
