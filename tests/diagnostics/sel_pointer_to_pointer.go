package main

type S struct{ x int }

func main() {
	var p **S
	_ = p.x
}
