package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

var p Pair[string]

func main() { _ = p }
