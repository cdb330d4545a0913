package main

type S struct{}

func (S) M() {}
func (S) M() {}

func main() {}
