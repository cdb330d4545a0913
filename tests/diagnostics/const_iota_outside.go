package main

var x = iota

func main() { _ = x }
