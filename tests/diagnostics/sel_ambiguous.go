package main

type A struct{ X int }
type B struct{ X int }
type S struct {
	A
	B
}

func main() {
	var s S
	_ = s.X
}
