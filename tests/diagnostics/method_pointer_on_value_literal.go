package main

type S struct{}

func (*S) M() {}

func main() {
	S{}.M()
}
