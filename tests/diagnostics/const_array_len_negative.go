package main

var a [-1]int

func main() { _ = a }
