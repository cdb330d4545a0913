package main

type S struct{ X int }

func (S) X() {}

func main() {}
