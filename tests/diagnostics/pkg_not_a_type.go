package main

var v = 1

var w v

func main() {}
