package main

type T struct{}

func (T) m() int { return v }

var v = T{}.m()

func main() {}
