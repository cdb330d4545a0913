package main

type S struct{}

func (S) Foo() {}

func main() {
	var s S
	s.foo()
}
