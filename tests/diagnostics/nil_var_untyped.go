package main

var x = nil

func main() {}
