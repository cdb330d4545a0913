package main

type S struct{}

func (*S) M() {}

func main() {
	_ = S.M
}
