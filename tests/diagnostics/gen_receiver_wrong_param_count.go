package main

type L[T any] []T

func (l L[T, U]) M() {}

func main() {}
