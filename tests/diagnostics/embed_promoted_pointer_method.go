package main

type I interface{ M() }

type Inner struct{}

func (*Inner) M() {}

type Outer struct{ Inner }

func main() {
	var i I = Outer{}
	_ = i
}
