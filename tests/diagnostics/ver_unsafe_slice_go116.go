package main

import "unsafe"

func main() {
	var x int
	_ = unsafe.Slice(&x, 1)
}
