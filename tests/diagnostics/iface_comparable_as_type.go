package main

var c comparable

func main() { _ = c }
