package main

type I interface{ Close() }

type S struct{}

func (S) close() {}

func main() {
	var i I = S{}
	_ = i
}
