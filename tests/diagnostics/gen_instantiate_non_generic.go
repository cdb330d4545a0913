package main

var x int[string]

func main() { _ = x }
