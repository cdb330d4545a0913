package main

type L[T any] []T

var l L

func main() { _ = l }
