package main

type I interface{ M() }

type S struct{}

func (*S) M() {}

func main() {
	var i I = S{}
	_ = i
}
