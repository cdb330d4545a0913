package main

type I interface{ M() }

type S struct {
	*I
}

func main() {}
