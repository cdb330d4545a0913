package main

type S struct{ x int }

func main() {
	var s S
	_ = s.y
}
