//go:build go1.26

package main

type S struct{}

func (S) M[T any]() {}

func main() {}
