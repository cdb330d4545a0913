package main

import "fmt"

type T struct{}

func show(s fmt.Stringer) {}

func main() {
	show(T{})
}
