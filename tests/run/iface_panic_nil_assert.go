package main

type I interface{ M() }

func main() {
	var x any
	_ = x.(I)
}
