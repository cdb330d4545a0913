package main

type L[T any] []T

func (l L) Len() int { return len(l) }

func main() {}
