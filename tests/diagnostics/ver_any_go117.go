package main

var x any

func main() { _ = x }
