package main

type I interface{ M(string) }

type S struct{}

func (S) M(int) {}

func main() {
	var i I = S{}
	_ = i
}
