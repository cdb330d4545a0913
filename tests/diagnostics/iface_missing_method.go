package main

type I interface{ M() }

type S struct{}

func main() {
	var i I = S{}
	_ = i
}
