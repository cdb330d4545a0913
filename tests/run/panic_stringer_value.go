package main

type S int

func (s S) String() string { return "S-value" }

func main() {
	panic(S(1))
}
