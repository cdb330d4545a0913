package main

const (
	a uint8 = iota * 100
	b
	c
	d
)

func main() {}
