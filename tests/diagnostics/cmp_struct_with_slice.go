package main

type S struct{ xs []int }

func main() {
	var a, b S
	_ = a == b
}
