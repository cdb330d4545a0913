package main

type S struct{}

func (s S[T]) M() {}

func main() {}
